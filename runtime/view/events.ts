// User interactions in the DOM become WeChat's touch events for the logic thread. A pointer going
// down, moving and going up is `touchstart`, `touchmove`, `touchend` (or `touchcancel`), all aimed
// at the node it went down on; held for 350 ms without moving away it is also `longpress` (and the
// older `longtap`); a click (a tap on a touch screen ends in one) is `tap`, with the touch point as
// its detail. After the `tap` is sent, the built-in components under the pointer get the tap
// (a switch toggles, a button submits its form), and nodes with a `hover-class` show it.
import type { Touch, ViewEvent } from '../../bridge/protocol.js';
import { HoverState } from './hover.js';
import type { View } from './view.js';

/** How long a touch must be held to be a long press (WeChat's figure). */
const LONG_PRESS_MS = 350;
/** How far a touch may move and still be a long press or keep its hover state, in px. */
const SLOP = 10;

/** The nearest node the logic thread created, from a DOM event's target upwards. */
function logicNode(view: View, from: EventTarget | null): number | undefined {
  for (let n = from as Node | null; n !== null && n !== view.container; n = n.parentNode) {
    const id = view.idOf(n);
    if (id !== undefined) return id;
  }
  return undefined;
}

function touchOf(e: MouseEvent, identifier = 0): Touch {
  return { identifier, pageX: e.pageX ?? 0, pageY: e.pageY ?? 0, clientX: e.clientX ?? 0, clientY: e.clientY ?? 0 };
}

/** Listens for interactions in the view's container; returns the function that stops listening. */
export function captureEvents(view: View, send: (event: ViewEvent) => void): () => void {
  const container = view.container;
  const hover = new HoverState(view);
  /** The touch in progress: the node it started on and where. */
  let touch: { node: number; target: EventTarget | null; start: Touch; last: Touch; cancelLongPress: () => void } | null = null;

  const sendTouch = (type: string, node: number, point: Touch, touches: Touch[]) => {
    const page = view.currentPage;
    if (page === undefined) return;
    send({ node, type, timeStamp: Math.round(view.now() - page.shownAt), detail: { x: point.pageX, y: point.pageY }, touches, changedTouches: [point] });
  };

  const onDown = (e: Event) => {
    const pointer = e as PointerEvent;
    if (pointer.button !== undefined && pointer.button > 0) return;
    const node = logicNode(view, e.target);
    if (node === undefined) return;
    touch?.cancelLongPress();
    const point = touchOf(pointer, pointer.pointerId ?? 0);
    const current = { node, target: e.target, start: point, last: point, cancelLongPress: () => {} };
    touch = current;
    current.cancelLongPress = view.host.later(() => {
      if (touch !== current) return;
      sendTouch('longpress', node, current.last, [current.last]);
      sendTouch('longtap', node, current.last, [current.last]);
    }, LONG_PRESS_MS);
    hover.start(e.target);
    sendTouch('touchstart', node, point, [point]);
  };
  const onMove = (e: Event) => {
    if (touch === null) return;
    const point = touchOf(e as MouseEvent, touch.start.identifier);
    touch.last = point;
    if (Math.abs(point.pageX - touch.start.pageX) > SLOP || Math.abs(point.pageY - touch.start.pageY) > SLOP) {
      touch.cancelLongPress();
      hover.cancel();
    }
    sendTouch('touchmove', touch.node, point, [point]);
  };
  const onUp = (type: 'touchend' | 'touchcancel') => (e: Event) => {
    if (touch === null) return;
    const current = touch;
    touch = null;
    current.cancelLongPress();
    hover.end();
    const point = e.type === 'pointerup' ? touchOf(e as MouseEvent, current.start.identifier) : current.last;
    sendTouch(type, current.node, point, []);
  };
  const onClick = (e: Event) => {
    const mouse = e as MouseEvent;
    const node = logicNode(view, e.target);
    if (node !== undefined) {
      const point = touchOf(mouse);
      const page = view.currentPage;
      if (page !== undefined) {
        send({ node, type: 'tap', timeStamp: Math.round(view.now() - page.shownAt), detail: { x: point.pageX, y: point.pageY }, touches: [point], changedTouches: [point] });
      }
    }
    // The built-in components under the pointer act on the tap, the nearest first.
    for (let n = e.target as Node | null; n !== null && n !== container; n = n.parentNode) {
      if (n.nodeType !== 1) continue;
      const builtin = view.builtinOf(n as Element);
      if (builtin !== undefined && builtin.activate(mouse)) break;
    }
  };
  const onCancel = onUp('touchcancel');
  const onEnd = onUp('touchend');
  // A touch that started in the container is followed wherever the pointer goes.
  const document = container.ownerDocument;
  container.addEventListener('pointerdown', onDown);
  document.addEventListener('pointermove', onMove);
  document.addEventListener('pointerup', onEnd);
  document.addEventListener('pointercancel', onCancel);
  container.addEventListener('click', onClick);
  return () => {
    touch?.cancelLongPress();
    hover.cancel();
    container.removeEventListener('pointerdown', onDown);
    document.removeEventListener('pointermove', onMove);
    document.removeEventListener('pointerup', onEnd);
    document.removeEventListener('pointercancel', onCancel);
    container.removeEventListener('click', onClick);
  };
}
