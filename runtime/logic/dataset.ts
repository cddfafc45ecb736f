// The dataset and marks of an element: its `data-*` and `mark:` attributes, by WeChat's key names.
// Apart from events.ts, which imports the component instances, so that selector queries (which
// those instances make) need not import the events.
import type { ElementNode } from '../../spec/bundle.js';

/** `data-element-type` → `elementType`; upper case letters become lower case, as in WeChat. */
export function datasetKey(attribute: string): string {
  return attribute.slice(5).toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** An element's attribute values by name; the names are those of its node's attributes it owns. */
interface Attributed {
  readonly node: ElementNode;
  readonly values: Record<string, unknown>;
}

/** A node's attributes of one kind, in source order, and the key each has in the event's object. */
interface Named {
  names: string[];
  keys: string[];
}

const NONE: Named = { names: [], keys: [] };

function named(node: ElementNode, prefix: string, key: (name: string) => string): Named {
  const attrs = node.a;
  if (attrs === undefined) return NONE;
  let out: Named | null = null;
  for (let i = 0; i < attrs.length; i++) {
    const name = attrs[i][0];
    if (!name.startsWith(prefix)) continue;
    out ??= { names: [], keys: [] };
    out.names.push(name);
    out.keys.push(key(name));
  }
  return out ?? NONE;
}

// Listed once per template node: a tap reads them on every element of its path, and walking an
// element's values with `for…in` costs QuickJS an enumeration each time.
const datasetNames = new WeakMap<ElementNode, Named>();
const markNames = new WeakMap<ElementNode, Named>();

function lookup(cache: WeakMap<ElementNode, Named>, node: ElementNode, prefix: string, key: (name: string) => string): Named {
  let found = cache.get(node);
  if (found === undefined) {
    found = named(node, prefix, key);
    cache.set(node, found);
  }
  return found;
}

function copyInto(element: Attributed, attributes: Named, into: Record<string, unknown>): Record<string, unknown> {
  const values = element.values;
  const names = attributes.names;
  for (let i = 0; i < names.length; i++) if (names[i] in values) into[attributes.keys[i]] = values[names[i]];
  return into;
}

/** The element's `dataset`: `data-item-id="{{ 3 }}"` → `{ itemId: 3 }`. */
export function datasetOf(element: Attributed): Record<string, unknown> {
  return copyInto(element, lookup(datasetNames, element.node, 'data-', datasetKey), {});
}

/** Adds the element's marks (`mark:name`) to `into`, over those already there. */
export function addMarks(element: Attributed, into: Record<string, unknown>): Record<string, unknown> {
  return copyInto(element, lookup(markNames, element.node, 'mark:', markKey), into);
}

function markKey(attribute: string): string {
  return attribute.slice(5);
}
