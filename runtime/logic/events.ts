// Dispatching a view event in the logic thread: WeChat's capture and bubble phases over the
// element tree, bind / catch / mut-bind / capture-* handlers, and the event object they receive.
import type { ViewEvent } from '../../bridge/protocol.js';
import { EventFlags } from '../../spec/bundle.js';
import { logicConsole } from './console.js';
import { callUser } from './report.js';
import { evaluate, toText } from './template/context.js';
import type { ElementFragment } from './template/element.js';
import { elementById } from './template/elements.js';

/** Events that bubble (WeChat's list); all others reach only their target. */
const BUBBLING = new Set([
  'touchstart', 'touchmove', 'touchcancel', 'touchend', 'tap', 'longpress', 'longtap',
  'transitionend', 'animationstart', 'animationiteration', 'animationend', 'touchforcechange',
]);

/** `data-element-type` → `elementType`; upper case letters become lower case, as in WeChat. */
export function datasetKey(attribute: string): string {
  return attribute.slice(5).toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function describe(element: ElementFragment): { id: string; dataset: Record<string, unknown> } {
  const dataset: Record<string, unknown> = {};
  const values = element.values;
  for (const name in values) if (name.startsWith('data-')) dataset[datasetKey(name)] = values[name];
  return { id: toText(values.id), dataset };
}

/** Marks (`mark:name`) of the target and its ancestors; the nearer one wins. */
function collectMarks(path: ElementFragment[]): Record<string, unknown> {
  const mark: Record<string, unknown> = {};
  for (let i = path.length - 1; i >= 0; i--) {
    const values = path[i].values;
    for (const name in values) if (name.startsWith('mark:')) mark[name.slice(5)] = values[name];
  }
  return mark;
}

/** Runs the handlers of one element for one phase; returns true when a catch stopped the event. */
function runHandlers(
  element: ElementFragment,
  event: ViewEvent,
  capture: boolean,
  target: { id: string; dataset: Record<string, unknown> },
  mark: Record<string, unknown>,
  state: { mutDone: boolean },
): boolean {
  const bindings = element.node.e;
  if (bindings === undefined) return false;
  let stopped = false;
  for (let i = 0; i < bindings.length; i++) {
    const [type, flags, handler] = bindings[i];
    if (type !== event.type || ((flags & EventFlags.Capture) !== 0) !== capture) continue;
    if ((flags & EventFlags.Mut) !== 0) {
      if (state.mutDone) continue;
      state.mutDone = true;
    }
    if ((flags & EventFlags.Catch) !== 0) stopped = true;
    const name = typeof handler === 'string' ? handler : toText(evaluate(handler, element.ctx, element.scope));
    if (name === '') continue;
    const owner = element.ctx.owner as unknown as Record<string, unknown>;
    const method = owner[name];
    if (typeof method !== 'function') {
      logicConsole.warn(`Component "${element.ctx.owner.is}" does not have a method "${name}" to handle event "${event.type}".`);
      continue;
    }
    const payload = {
      type: event.type,
      timeStamp: event.timeStamp,
      target,
      currentTarget: describe(element),
      mark,
      detail: event.detail,
      touches: event.touches ?? [],
      changedTouches: event.changedTouches ?? [],
    };
    callUser(method as (e: unknown) => unknown, owner, [payload], element.ctx.owner.is, name);
  }
  return stopped;
}

/** Delivers an event from the view to the handlers on its path. */
export function dispatchViewEvent(event: ViewEvent): void {
  const targetElement = elementById(event.node);
  if (targetElement === undefined) return;
  const path: ElementFragment[] = [];
  for (let el: ElementFragment | null = targetElement; el !== null; el = el.parentEl) path.push(el);
  const target = describe(targetElement);
  const mark = collectMarks(path);
  const state = { mutDone: false };
  for (let i = path.length - 1; i >= 0; i--) {
    if (runHandlers(path[i], event, true, target, mark, state)) return;
  }
  const bubbles = BUBBLING.has(event.type);
  for (let i = 0; i < path.length; i++) {
    if (runHandlers(path[i], event, false, target, mark, state)) return;
    if (!bubbles) return;
  }
}
