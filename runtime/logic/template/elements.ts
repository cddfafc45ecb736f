// Mounted elements by node id, so that an event from the view finds its element. An element of a
// list item built by a stamp is found through its item, which makes its fragments then.
import type { ElementFragment } from './element.js';
import type { WalkAs } from './fragment.js';

/** A stamped item (stamped_item.ts), known here by what this file calls. */
interface Stamped {
  readonly walkAs?: WalkAs;
  materialize(): unknown;
}

const byId: (ElementFragment | Stamped | undefined)[] = [];

export function registerElement(element: ElementFragment): void {
  byId[element.el] = element;
}

/** Element `id` belongs to a stamped item that has no fragments yet. */
export function registerStamped(id: number, item: Stamped): void {
  byId[id] = item;
}

export function unregisterElement(id: number): void {
  byId[id] = undefined;
}

export function elementById(id: number): ElementFragment | undefined {
  const found = byId[id];
  if (found === undefined || found.walkAs === 'element') return found as ElementFragment | undefined;
  found.materialize();
  return byId[id] as ElementFragment | undefined;
}
