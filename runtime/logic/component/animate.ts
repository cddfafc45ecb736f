// `this.animate(selector, keyframes, duration, callback)`, `this.clearAnimation(selector, options,
// callback)` and Skyline's `this.applyAnimatedStyle(selector, updater)`: styles set on the elements
// of a component's template from the logic thread. The elements take the last keyframe's style (or
// the updater's) after their own `style`, once, without the frames in between, and the callback
// runs when the animation would have ended. A later change of the element's `style` binding
// replaces what was set, as `clearAnimation` does.
import { setAttribute } from '../ops.js';
import { callUser } from '../report.js';
import { toText } from '../template/context.js';
import type { ElementFragment } from '../template/element.js';
import { setTimeout } from '../timers.js';
import type { ComponentInstance } from './instance.js';
import { selectElements } from './select.js';

const TRANSFORMS = new Set([
  'matrix', 'matrix3d', 'rotate', 'rotate3d', 'rotateX', 'rotateY', 'rotateZ', 'scale', 'scale3d', 'scaleX', 'scaleY', 'scaleZ',
  'skew', 'skewX', 'skewY', 'translate', 'translate3d', 'translateX', 'translateY', 'translateZ',
]);
/** Keyframe fields that say how, not what. */
const TIMING = new Set(['offset', 'ease', 'composite']);
const LENGTHS = new Set(['width', 'height', 'top', 'left', 'right', 'bottom']);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function transformPart(name: string, value: unknown): string {
  const args = Array.isArray(value) ? value : [value];
  const unit = name.startsWith('rotate') || name.startsWith('skew') ? 'deg' : name.startsWith('translate') ? 'px' : '';
  // rotate3d(x, y, z, angle): only the angle has a unit.
  const withUnit = (a: unknown, i: number) => (typeof a === 'number' && unit !== '' && (name !== 'rotate3d' || i === 3) ? `${a}${unit}` : String(a));
  return `${name}(${args.map(withUnit).join(', ')})`;
}

/** A keyframe or an animated style (`{ opacity: 0, translateY: 10 }`, `{ transform: '…' }`) as CSS. */
export function styleText(style: Record<string, unknown>): string {
  const parts: string[] = [];
  const transforms: string[] = [];
  for (const [name, value] of Object.entries(style)) {
    if (TIMING.has(name) || value === undefined || value === null) continue;
    if (TRANSFORMS.has(name)) transforms.push(transformPart(name, value));
    else parts.push(`${kebab(name)}:${typeof value === 'number' && LENGTHS.has(name) ? `${value}px` : String(value)}`);
  }
  if (transforms.length > 0) parts.push(`transform:${transforms.join(' ')}`);
  return parts.join(';');
}

function applyStyle(elements: ElementFragment[], css: string): void {
  for (const el of elements) {
    const own = toText(el.values.style);
    setAttribute(el.el, 'style', own === '' ? css : `${own};${css}`);
  }
}

function later(inst: ComponentInstance, ms: number, callback: unknown, where: string): void {
  if (typeof callback !== 'function') return;
  setTimeout(() => callUser(callback as () => void, inst, [], inst.__page.is, where), ms);
}

export function animate(inst: ComponentInstance, selector: string, keyframes: unknown, duration: unknown, callback?: unknown): void {
  const elements = selectElements(inst, selector) ?? [];
  const frames = Array.isArray(keyframes) ? keyframes.filter((k): k is Record<string, unknown> => k !== null && typeof k === 'object') : [];
  // Every field a keyframe sets, the last value of each.
  const end: Record<string, unknown> = {};
  for (const frame of frames) Object.assign(end, frame);
  applyStyle(elements, styleText(end));
  later(inst, typeof duration === 'number' ? duration : 0, callback, 'animate callback');
}

export function clearAnimation(inst: ComponentInstance, selector: string, options?: unknown, callback?: unknown): void {
  const elements = selectElements(inst, selector) ?? [];
  for (const el of elements) setAttribute(el.el, 'style', toText(el.values.style));
  later(inst, 0, typeof options === 'function' ? options : callback, 'clearAnimation callback');
}

export function applyAnimatedStyle(inst: ComponentInstance, selector: string, updater: unknown, _config?: unknown, callback?: unknown): void {
  if (typeof updater !== 'function') return;
  const style = callUser(updater as () => unknown, inst, [], inst.__page.is, 'applyAnimatedStyle updater');
  if (style !== null && typeof style === 'object') applyStyle(selectElements(inst, selector) ?? [], styleText(style as Record<string, unknown>));
  later(inst, 0, callback, 'applyAnimatedStyle callback');
}
