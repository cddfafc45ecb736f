// Reading the devtools' messages from the framework (`inspected`, `setData`). Mini-program code can
// post through `__host` too, so what arrives is checked and copied field by field: the devtools
// render it as text, and a message of another shape is refused before it reaches them.
import type { InspectedComponent, InspectedNode, Inspection, JsonObject, JsonValue, SetDataRecord } from '../../bridge/protocol.js';
import { MalformedMessage } from './malformed_message.js';

/** The most nodes, components and pages one inspection may hold (the framework stays well within). */
const MAX_NODES = 50000;
const MAX_COMPONENTS = 20000;
const MAX_PAGES = 64;
/** Deepest tree accepted. */
const MAX_DEPTH = 1024;
const MAX_RECORDS = 1000;
const MAX_PATHS = 1024;

function bad(reason: string): never {
  throw new MalformedMessage(`__host.post: ${reason}`);
}

const KINDS = new Set(['element', 'component', 'slot', 'text']);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A JSON object as parsed: its values are JSON already (it came from JSON.parse). */
function jsonObject(v: unknown, what: string): JsonObject {
  if (!isObject(v)) bad(`${what} is an object`);
  return v as JsonObject;
}

function stringRecord(v: unknown, what: string): Record<string, string> {
  const record = jsonObject(v, what);
  for (const key of Object.keys(record)) if (typeof record[key] !== 'string') bad(`${what} maps names to strings`);
  return record as Record<string, string>;
}

class Reader {
  private nodes = 0;

  node(v: unknown, depth: number): InspectedNode {
    if (++this.nodes > MAX_NODES || depth > MAX_DEPTH) bad('an inspection is too large');
    if (!isObject(v) || !isCount(v.id) || !KINDS.has(v.kind as string) || !isText(v.tag, 256) || !isCount(v.owner)) bad('an inspected node has an id, a kind, a tag and an owner');
    const node: InspectedNode = { id: v.id, kind: v.kind as InspectedNode['kind'], tag: v.tag, owner: v.owner };
    if (v.text !== undefined) {
      if (!isText(v.text, 4096)) bad('a text node\'s text is a string');
      node.text = v.text;
    }
    if (v.attrs !== undefined) node.attrs = jsonObject(v.attrs, 'a node\'s attrs') as Record<string, JsonValue>;
    if (v.events !== undefined) node.events = stringRecord(v.events, 'a node\'s events');
    if (v.component !== undefined) {
      if (!isCount(v.component)) bad('a node\'s component is an id');
      node.component = v.component;
    }
    if (v.virtual === true) node.virtual = true;
    if (v.children !== undefined) {
      if (!Array.isArray(v.children)) bad('a node\'s children are a list');
      node.children = v.children.map((child) => this.node(child, depth + 1));
    }
    return node;
  }
}

function component(v: unknown): InspectedComponent {
  if (!isObject(v) || !isCount(v.id) || !isText(v.is, 1024) || typeof v.page !== 'boolean' || !isText(v.elementId, 1024)) bad('an inspected component has an id, a path, page and elementId');
  return {
    id: v.id,
    is: v.is,
    page: v.page,
    elementId: v.elementId,
    data: jsonObject(v.data, 'a component\'s data'),
    properties: stringRecord(v.properties, 'a component\'s properties'),
    externalClasses: stringRecord(v.externalClasses, 'a component\'s externalClasses'),
  };
}

/** Checks an `inspected` answer's inspection. */
export function parseInspection(v: unknown): Inspection {
  if (!isObject(v) || !Array.isArray(v.pages) || v.pages.length > MAX_PAGES || !Array.isArray(v.components) || v.components.length > MAX_COMPONENTS) {
    bad('an inspection has pages and components');
  }
  const reader = new Reader();
  const pages = v.pages.map((page: unknown) => {
    if (!isObject(page) || !isText(page.route, 1024)) bad('an inspected page has a route and a root');
    return { route: page.route, root: reader.node(page.root, 0) };
  });
  const inspection: Inspection = { pages, components: v.components.map(component) };
  if (v.truncated === true) inspection.truncated = true;
  return inspection;
}

/** Checks the records of a `setData` log. */
export function parseSetDataRecords(v: unknown): SetDataRecord[] {
  if (!Array.isArray(v) || v.length > MAX_RECORDS) bad('a setData log is a list of records');
  return v.map((r: unknown) => {
    if (!isObject(r) || !isText(r.component, 1024) || typeof r.size !== 'number' || !Array.isArray(r.paths) || r.paths.length > MAX_PATHS || !r.paths.every((p) => isText(p, 1024))) {
      bad('a setData record has a component, its paths and a size');
    }
    return { component: r.component, paths: r.paths as string[], size: r.size };
  });
}
