// Mounted elements by node id, so that an event from the view finds its element. An element of a
// list item built by a stamp is found through its item, which makes its fragments then: the items
// are kept by the id of their first node (one entry an item rather than one an element).
import type { ElementFragment } from './element.js';

/** A stamped item (stamped_item.ts) that has no fragments yet, known here by what this file calls. */
interface Stamped {
  /** Whether node `id` is one of its elements. */
  holds(id: number): boolean;
  materialize(): unknown;
}

/** A Map rather than an array indexed by id: ids have gaps, and QuickJS keeps a sparse array's entries as an object's properties, slower to write. */
const byId = new Map<number, ElementFragment>();

/** Stamped items without fragments, by the id of their first node: ids only grow, so in order. */
const stampedFirst: number[] = [];
const stamped: (Stamped | null)[] = [];
/** Entries of items that made their fragments or were destroyed, dropped now and then. */
let gone = 0;

export function registerElement(element: ElementFragment): void {
  byId.set(element.el, element);
}

export function unregisterElement(id: number): void {
  byId.delete(id);
}

/** A stamped item whose first node is `first` (the newest node id so far). */
export function registerStamped(first: number, item: Stamped): void {
  stampedFirst.push(first);
  stamped.push(item);
}

/** The stamped item whose first node is `first` made its fragments or was destroyed. */
export function unregisterStamped(first: number): void {
  const k = lastAtOrBefore(first);
  if (k < 0 || stampedFirst[k] !== first || stamped[k] === null) return;
  stamped[k] = null;
  if (++gone > 256 && gone * 2 > stamped.length) dropGone();
}

/** The index of the last item whose first node is at or before `id`, or -1. */
function lastAtOrBefore(id: number): number {
  let low = 0;
  let high = stampedFirst.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (stampedFirst[mid] <= id) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

function dropGone(): void {
  let kept = 0;
  for (let k = 0; k < stamped.length; k++) {
    if (stamped[k] === null) continue;
    stampedFirst[kept] = stampedFirst[k];
    stamped[kept] = stamped[k];
    kept++;
  }
  stampedFirst.length = kept;
  stamped.length = kept;
  gone = 0;
}

export function elementById(id: number): ElementFragment | undefined {
  const found = byId.get(id);
  if (found !== undefined) return found;
  const k = lastAtOrBefore(id);
  const item = k < 0 ? null : stamped[k];
  if (item === null || !item.holds(id)) return undefined;
  item.materialize();
  return byId.get(id);
}
