// Dispatching events in the logic thread, WeChat's way. A user interaction from the view travels
// the composed tree (through components' templates): capture handlers from the root down, then
// bind / catch / mut-bind handlers from the target up (only WeChat's bubbling events go past their
// target). A component's own event (triggerEvent) starts at its node and, only when it bubbles,
// goes up the tree it is written in, or the composed tree when it is `composed`. A handler sees
// `target` as the node of its own tree the event came from (a component seen from outside is its
// node).
import type { ViewEvent } from '../../bridge/protocol.js';
import { EventFlags } from '../../spec/bundle.js';
import { updateInstance } from './component/instance.js';
import { logicConsole } from './console.js';
import { copyData } from './data_path.js';
import { addMarks, datasetOf } from './dataset.js';
import { callUser } from './report.js';
import { evaluate, toText } from './template/context.js';
import type { ElementFragment } from './template/element.js';
import { elementById } from './template/elements.js';
import { submitDetail } from './form.js';
import { setAttribute } from './ops.js';

/** Events that bubble (WeChat's list); all others reach only their target. */
const BUBBLING = new Set([
  'touchstart', 'touchmove', 'touchcancel', 'touchend', 'tap', 'longpress', 'longtap',
  'transitionend', 'animationstart', 'animationiteration', 'animationend', 'touchforcechange',
]);

function describe(element: ElementFragment): { id: string; dataset: Record<string, unknown> } {
  return { id: toText(element.values.id), dataset: datasetOf(element) };
}

/** The node of `current`'s tree the event came from: the origin, or the component node it is inside. */
function retarget(origin: ElementFragment, current: ElementFragment): ElementFragment {
  const owner = current.ctx.owner;
  for (let el: ElementFragment | null = origin; el !== null; el = el.composedParent) if (el.ctx.owner === owner) return el;
  return origin;
}

/** Marks (`mark:name`) along the path; the nearer one wins. */
function collectMarks(path: ElementFragment[]): Record<string, unknown> {
  const mark: Record<string, unknown> = {};
  for (let i = path.length - 1; i >= 0; i--) addMarks(path[i], mark);
  return mark;
}

interface EventInit {
  type: string;
  timeStamp: number;
  detail: unknown;
  touches?: unknown[];
  changedTouches?: unknown[];
}

/** What happened while one event was dispatched. */
interface DispatchState {
  mutDone: boolean;
  /** Some handler ran. */
  handled: boolean;
  /** What the last handler that returned something returned (an `input` handler may replace the value). */
  returned: unknown;
}

/** Runs the handlers of one element for one phase; returns true when a catch stopped the event. */
function runHandlers(element: ElementFragment, origin: ElementFragment, init: EventInit, capture: boolean, mark: Record<string, unknown>, state: DispatchState): boolean {
  const bindings = element.node.e;
  if (bindings === undefined) return false;
  let stopped = false;
  for (let i = 0; i < bindings.length; i++) {
    const binding = bindings[i];
    const type = binding[0];
    const flags = binding[1];
    const handler = binding[2];
    if (type !== init.type || ((flags & EventFlags.Capture) !== 0) !== capture) continue;
    if ((flags & EventFlags.Mut) !== 0) {
      if (state.mutDone) continue;
      state.mutDone = true;
    }
    if ((flags & EventFlags.Catch) !== 0) stopped = true;
    const name = typeof handler === 'string' ? handler : toText(evaluate(handler, element.ctx, element.scope));
    if (name === '') continue;
    const owner = element.ctx.owner;
    const method = (owner as unknown as Record<string, unknown>)[name];
    if (typeof method !== 'function') {
      logicConsole.warn(`Component "${owner.is}" does not have a method "${name}" to handle event "${init.type}".`);
      continue;
    }
    const event: Record<string, unknown> = {
      type: init.type,
      timeStamp: init.timeStamp,
      target: describe(retarget(origin, element)),
      currentTarget: describe(element),
      mark,
      detail: init.detail,
    };
    if (init.touches !== undefined) {
      event.touches = init.touches;
      event.changedTouches = init.changedTouches;
    }
    state.handled = true;
    const returned = callUser(method as (e: unknown) => unknown, owner, [event], owner.__page.is, name);
    if (returned !== undefined) state.returned = returned;
  }
  return stopped;
}

function dispatch(path: ElementFragment[], init: EventInit, capture: boolean, bubbles: boolean): DispatchState {
  const origin = path[0];
  const mark = collectMarks(path);
  const state: DispatchState = { mutDone: false, handled: false, returned: undefined };
  if (capture) for (let i = path.length - 1; i >= 0; i--) if (runHandlers(path[i], origin, init, true, mark, state)) return state;
  for (let i = 0; i < path.length; i++) {
    if (runHandlers(path[i], origin, init, false, mark, state)) return state;
    if (!bubbles) return state;
  }
  return state;
}

function composedPath(from: ElementFragment): ElementFragment[] {
  const path: ElementFragment[] = [];
  for (let el: ElementFragment | null = from; el !== null; el = el.composedParent) path.push(el);
  return path;
}

/** `model:` bindings of a built-in component write the value an input or change event carries back to the owner's data. */
function writeModels(target: ElementFragment, event: ViewEvent): void {
  const models = target.node.m;
  if (models === undefined || (event.type !== 'input' && event.type !== 'change')) return;
  const detail = event.detail as Record<string, unknown> | null;
  if (detail === null || typeof detail !== 'object') return;
  for (const [attribute, path] of models) {
    const value = attribute in detail ? detail[attribute] : detail.value;
    if (value !== undefined) updateInstance(target.ctx.owner, [{ path: path.slice(), value: copyData(value) }], false);
  }
}

/** A longpress that some handler took: the tap that ends the same touch is not sent (WeChat's rule). */
let longPressTaken = false;

/** `bindinput` may return the text the field shows instead (a string, or `{ value }`). */
function replaceInput(target: ElementFragment, returned: unknown): void {
  const value = typeof returned === 'string' ? returned : returned !== null && typeof returned === 'object' ? (returned as { value?: unknown }).value : undefined;
  if (typeof value === 'string' || typeof value === 'number') setAttribute(target.el, 'value', String(value));
}

/** `<button open-type="share">`: the page's onShareAppMessage is asked what to share (this host has no share sheet to show it in). */
function share(target: ElementFragment): void {
  const page = target.ctx.owner.__page as unknown as Record<string, unknown>;
  const onShare = page.onShareAppMessage;
  if (typeof onShare === 'function') callUser(onShare as (o: unknown) => unknown, page, [{ from: 'button', target: describe(target) }], target.ctx.owner.__page.is, 'onShareAppMessage');
}

/** Delivers an event from the view to the handlers on its path. */
export function dispatchViewEvent(event: ViewEvent): void {
  const target = elementById(event.node);
  if (target === undefined) return;
  if (event.type === 'touchstart') longPressTaken = false;
  if (event.type === 'tap' && longPressTaken) {
    longPressTaken = false;
    return;
  }
  let detail: unknown = event.detail;
  if (event.type === 'submit' && target.node.t === 'form') {
    detail = submitDetail(target, event.detail);
    if (detail === null) return;
  }
  writeModels(target, event);
  const init: EventInit = { type: event.type, timeStamp: event.timeStamp, detail, touches: event.touches ?? [], changedTouches: event.changedTouches ?? [] };
  const state = dispatch(composedPath(target), init, true, BUBBLING.has(event.type));
  if (event.type === 'longpress' && state.handled) longPressTaken = true;
  const tag = target.node.t;
  if (event.type === 'input' && (tag === 'input' || tag === 'textarea') && state.returned !== undefined) replaceInput(target, state.returned);
  if (event.type === 'tap') {
    for (let el: ElementFragment | null = target; el !== null; el = el.composedParent) {
      if (el.node.t !== 'button' || el.component !== null) continue;
      if (String(el.values['open-type'] ?? '').split('|').includes('share') && !el.values.disabled && !el.values.loading) share(el);
      break;
    }
  }
}

/** `triggerEvent(name, detail, { bubbles, composed, capturePhase })` of the component whose node is `host`. */
export function dispatchComponentEvent(host: ElementFragment, name: string, detail: unknown, options: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }): void {
  let path: ElementFragment[] = [host];
  if (options.bubbles) {
    if (options.composed) path = composedPath(host);
    else for (let el = host.shadowParent; el !== null; el = el.shadowParent) path.push(el);
  }
  dispatch(path, { type: name, timeStamp: Date.now(), detail }, options.capturePhase === true, options.bubbles === true);
}
