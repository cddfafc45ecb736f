// createSelectorQuery(): selects nodes of a component's tree (or the viewport) and asks the render
// layer for their layout. The logic thread adds what it knows (id, dataset, mark, component
// properties); the answer arrives as a later task and goes to the callbacks.
import type { LayoutRequest, LayoutResult } from '../../../bridge/protocol.js';
import { nodeOf } from '../canvas/canvas.js';
import { addMarks, datasetOf } from '../dataset.js';
import { post } from '../host.js';
import { callUser } from '../report.js';
import { toText } from '../template/context.js';
import type { ElementFragment } from '../template/element.js';
import type { ComponentInstance } from './instance.js';
import { selectElements } from './select.js';

type Callback = (result: unknown) => void;

interface Fields {
  id?: boolean;
  dataset?: boolean;
  mark?: boolean;
  rect?: boolean;
  size?: boolean;
  scrollOffset?: boolean;
  properties?: string[];
  computedStyle?: string[];
  /**
   * `node()`: a `<canvas type="2d">`'s Canvas, null for any other element (WeChat answers a null
   * node where it cannot make one: its own demo checks `if (!canvas)`). `context()`: null, there
   * being no ScrollViewContext, VideoContext or CanvasContext objects here.
   */
  node?: boolean;
  context?: boolean;
}

interface Request {
  selector: string | null;
  single: boolean;
  fields: Fields;
  callback: Callback | undefined;
}

interface Resolved {
  request: Request;
  elements: ElementFragment[] | null;
}

const waiting = new Map<number, { resolved: Resolved[]; callback: Callback | undefined; page: string }>();
let lastId = 0;

function logicFields(el: ElementFragment, fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fields.id) out.id = toText(el.values.id);
  if (fields.dataset) out.dataset = datasetOf(el);
  if (fields.mark) out.mark = addMarks(el, {});
  if (fields.node) out.node = nodeOf(el);
  if (fields.context) out.context = null;
  for (const name of fields.properties ?? []) {
    const data = el.component?.instance.data;
    if (data !== undefined && name in data) out[name] = data[name];
    else if (name in el.values) out[name] = el.values[name];
  }
  return out;
}

export class NodesRef {
  constructor(
    private readonly query: SelectorQuery,
    private readonly selector: string | null,
    private readonly single: boolean,
  ) {}

  boundingClientRect(callback?: Callback): SelectorQuery {
    return this.query.add({ selector: this.selector, single: this.single, fields: { id: true, dataset: true, rect: true, size: true }, callback });
  }

  scrollOffset(callback?: Callback): SelectorQuery {
    return this.query.add({ selector: this.selector, single: this.single, fields: { id: true, dataset: true, scrollOffset: true }, callback });
  }

  /** The node's object: a `<canvas type="2d">`'s Canvas; null for other nodes, which have none here. */
  node(callback?: Callback): SelectorQuery {
    return this.query.add({ selector: this.selector, single: this.single, fields: { node: true }, callback });
  }

  /** The node's context (VideoContext, CanvasContext, …): null here, where there is none. */
  context(callback?: Callback): SelectorQuery {
    return this.query.add({ selector: this.selector, single: this.single, fields: { context: true }, callback });
  }

  fields(fields: Fields, callback?: Callback): SelectorQuery {
    return this.query.add({ selector: this.selector, single: this.single, fields: { ...fields }, callback });
  }
}

export class SelectorQuery {
  private readonly requests: Request[] = [];

  constructor(private scope: ComponentInstance) {}

  /** Selects in `component`'s template from now on. */
  in(component: ComponentInstance): SelectorQuery {
    this.scope = component;
    return this;
  }

  select(selector: string): NodesRef {
    return new NodesRef(this, String(selector), true);
  }

  selectAll(selector: string): NodesRef {
    return new NodesRef(this, String(selector), false);
  }

  selectViewport(): NodesRef {
    return new NodesRef(this, null, true);
  }

  /** Queues a request (NodesRef uses this). */
  add(request: Request): SelectorQuery {
    this.requests.push(request);
    return this;
  }

  /** Sends the requests; each callback, then `callback` with all results, get the answers. */
  exec(callback?: Callback): void {
    const resolved: Resolved[] = this.requests.map((request) => ({
      request,
      elements: request.selector === null ? null : (selectElements(this.scope, request.selector) ?? []).slice(0, request.single ? 1 : undefined),
    }));
    const layout: LayoutRequest[] = resolved.map(({ request, elements }) => ({
      nodes: elements === null ? [0] : elements.map((el) => el.el),
      rect: request.fields.rect,
      size: request.fields.size,
      scrollOffset: request.fields.scrollOffset,
      computedStyle: request.fields.computedStyle,
      properties: request.fields.properties,
    }));
    const id = ++lastId;
    waiting.set(id, { resolved, callback, page: this.scope.__page.is });
    post({ t: 'query', id, requests: layout });
  }
}

/** The render layer answered query `id`. */
export function answerQuery(id: number, results: LayoutResult[][]): void {
  const query = waiting.get(id);
  if (query === undefined) return;
  waiting.delete(id);
  const all = query.resolved.map(({ request, elements }, i) => {
    const measured = results[i] ?? [];
    const nodes = elements === null ? [measured[0] ?? {}] : elements.map((el, j) => ({ ...logicFields(el, request.fields), ...(measured[j] ?? {}) }));
    const answer = request.single ? (nodes[0] ?? null) : nodes;
    if (request.callback !== undefined) callUser(request.callback, undefined, [answer], query.page, 'SelectorQuery callback');
    return answer;
  });
  if (query.callback !== undefined) callUser(query.callback, undefined, [all], query.page, 'SelectorQuery.exec callback');
}
