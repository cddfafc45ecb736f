// User interactions in the DOM become WeChat events for the logic thread. A click (a tap on a
// touch screen ends in one) is WeChat's `tap`, with the touch point as its detail.
import type { Touch, ViewEvent } from '../../bridge/protocol.js';
import type { View } from './view.js';

/** The nearest node the logic thread created, from a DOM event's target upwards. */
function logicNode(view: View, from: EventTarget | null): number | undefined {
  for (let n = from as Node | null; n !== null && n !== view.container; n = n.parentNode) {
    const id = view.idOf(n);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Listens for taps in the view's container; returns the function that stops listening. */
export function captureTaps(view: View, send: (event: ViewEvent) => void): () => void {
  const onClick = (e: Event) => {
    const node = logicNode(view, e.target);
    const page = view.currentPage;
    if (node === undefined || page === undefined) return;
    const mouse = e as MouseEvent;
    const touch: Touch = {
      identifier: 0,
      pageX: mouse.pageX ?? 0,
      pageY: mouse.pageY ?? 0,
      clientX: mouse.clientX ?? 0,
      clientY: mouse.clientY ?? 0,
    };
    send({
      node,
      type: 'tap',
      timeStamp: Math.round(view.now() - page.shownAt),
      detail: { x: touch.pageX, y: touch.pageY },
      touches: [touch],
      changedTouches: [touch],
    });
  };
  view.container.addEventListener('click', onClick);
  return () => view.container.removeEventListener('click', onClick);
}
