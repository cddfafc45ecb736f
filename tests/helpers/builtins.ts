// Driving the built-in components of the `builtins` fixture in happy-dom, as a user would: taps,
// pointer drags, typing, scrolling; and reading the events the page's handlers received (#log).
import type { TestApp } from './app.js';

export interface LoggedEvent {
  type: string;
  id: string;
  detail: unknown;
}

/** Every event the page logged so far. */
export function logged(t: TestApp): LoggedEvent[] {
  return JSON.parse(t.text('#log')) as LoggedEvent[];
}

/** Runs `action`, waits for the app to settle (and `wait` ms for the view's own timers) and returns the events it logged. */
export async function eventsOf(t: TestApp, action: () => void | Promise<void>, wait = 0): Promise<LoggedEvent[]> {
  const before = logged(t).length;
  await action();
  if (wait > 0) await sleep(wait);
  await t.app.settled();
  return logged(t).slice(before);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function element(t: TestApp, selector: string): HTMLElement {
  const found = t.query(selector) ?? t.app.view.ui.root.querySelector(selector);
  if (found === null) throw new Error(`no element matches ${selector}`);
  return found as HTMLElement;
}

/** A pointer event at a place, as a finger or mouse sends it. */
export function pointer(t: TestApp, target: Element, type: string, clientX = 0, clientY = 0): void {
  target.dispatchEvent(new t.window.PointerEvent(type, { bubbles: true, clientX, clientY, pointerId: 1 }) as unknown as Event);
}

export function click(t: TestApp, target: Element): void {
  target.dispatchEvent(new t.window.MouseEvent('click', { bubbles: true }) as unknown as Event);
}

/** Gives an element the box a browser would lay it out in (happy-dom lays nothing out). */
export function layOut(target: Element, box: { left?: number; top?: number; width: number; height: number }): void {
  const left = box.left ?? 0;
  const top = box.top ?? 0;
  const rect = { left, top, right: left + box.width, bottom: top + box.height, width: box.width, height: box.height, x: left, y: top, toJSON() {} };
  Object.defineProperty(target, 'getBoundingClientRect', { value: () => rect, configurable: true });
  for (const [name, value] of [['clientWidth', box.width], ['clientHeight', box.height], ['offsetWidth', box.width], ['offsetHeight', box.height]] as const) {
    Object.defineProperty(target, name, { value, configurable: true });
  }
}

/** Types into the native control of an `<input>` or `<textarea>`: its new text, then the input event. */
export function type(t: TestApp, field: Element, text: string): void {
  const control = field.querySelector('input, textarea') as HTMLInputElement;
  control.value = text;
  control.dispatchEvent(new t.window.Event('input', { bubbles: true }) as unknown as Event);
}
