// Mounted elements by node id, so that an event from the view finds its element.
import type { ElementFragment } from './element.js';

const byId: (ElementFragment | undefined)[] = [];

export function registerElement(element: ElementFragment): void {
  byId[element.el] = element;
}

export function unregisterElement(id: number): void {
  byId[id] = undefined;
}

export function elementById(id: number): ElementFragment | undefined {
  return byId[id];
}
