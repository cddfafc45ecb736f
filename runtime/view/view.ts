// The render layer: applies batches of DOM operations from the logic thread to a container in a
// DOM (happy-dom in Node, the page's DOM in a browser) and sends user interactions back. It knows
// nothing of the app. Batches are untrusted (mini-program code runs beside the framework that
// builds them), so every operation is checked: unknown nodes and event-handler attributes are
// refused, a tag that is not a custom-element name gets an inert one, and text is only ever set
// as text.
import { Op, type JsonValue, type LayoutRequest, type LayoutResult, type OpBatch, type ViewEvent } from '../../bridge/protocol.js';
import { CHROME_CSS } from './chrome.js';
import { THEME_ATTRIBUTE, type Theme } from '../../spec/bundle.js';
import type { Builtin, ComponentHost, ViewServices } from './components/builtin.js';
import { CanvasComponent } from './components/canvas.js';
import { BUILTIN_CSS, createBuiltin } from './components/index.js';
import { captureEvents } from './events.js';
import { ProtocolError } from './protocol_error.js';
import { Stamps, type Stamp, type StampClone } from './stamps.js';
import { convertRpx, type SafeAreaInsets } from './rpx.js';
import { UI_CSS, UiLayer } from './ui.js';

export { ProtocolError };

export interface ViewOptions {
  /** The bundle's view.css. */
  css: string;
  /** Screen width in px of the simulated device: 750 rpx. Defaults to 375. */
  screenWidth?: number;
  /** Safe area insets of the simulated device, for `env(safe-area-inset-*)`. None by default. */
  safeArea?: SafeAreaInsets;
  /** Receives user interactions, to be dispatched in the logic thread. */
  send(event: ViewEvent): void;
  /** What built-in components ask of the host (navigation, open capabilities); refused when missing. */
  services?: ViewServices;
  /** The app's theme: view.css's `prefers-color-scheme` rules follow it. Light by default. */
  theme?: Theme;
  /**
   * The most nodes the logic thread may have in the view at once ({@link MAX_NODES} by default): an
   * operation past it is refused, so that a mini-program cannot make its host build without end.
   */
  maxNodes?: number;
}

/** The most nodes one app may have in the view at once, unless the view is told otherwise. */
export const MAX_NODES = 1_000_000;

/** Services of a view whose host lends none: every request fails. */
const NO_SERVICES: ViewServices = {
  navigate: async (api) => ({ errMsg: `${api}:fail not supported` }),
  openType: async (type) => ({ errMsg: `${type}:fail not supported` }),
};

/** A tag name a batch may use. */
const TAG_NAME = /^[A-Za-z][\w-]*$/;
/** Tags the DOM gets as they are: custom-element names (they contain a hyphen) and the page root. */
const SAFE_TAG = /^(?:page|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/;
/** Attribute names a batch may set; `on…` would become an inline event handler in a browser. */
const SAFE_ATTRIBUTE = /^(?!on)[a-zA-Z_:][-a-zA-Z0-9_:.]*$/i;

/** Attributes that hold class names, which may be scoped (Op.SetClass): built-ins read their DOM form. */
const CLASS_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'hover-class', 'placeholder-class', 'indicator-class', 'mask-class']);

/**
 * Built-ins whose component is made only once a property that needs it is set: a plain view or
 * text (nearly every node of a page) needs none.
 */
const LAZY: Record<string, ReadonlySet<string>> = {
  'wx-view': new Set(['hover-class', 'hover-stop-propagation']),
  'wx-text': new Set(['space', 'decode']),
};

/**
 * Each node's id is kept on the node, under a symbol: setting a WeakMap's entry costs several times
 * as much, once per node of every render. Mini-program code never reaches the DOM.
 */
const NODE_ID = Symbol('miniapp node id');
type Identified = Node & { [NODE_ID]?: number };

function idOf(node: Node): number | undefined {
  return (node as Identified)[NODE_ID];
}

/** An attribute's value as DOM text: `true` is empty, `null` and `false` remove it, an object is its JSON. */
function attributeText(value: JsonValue): string | null {
  if (value === true) return '';
  if (value === null || value === false) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Rules every app gets, before its own view.css. */
const BASE_CSS = `[hidden]{display:none!important}page{display:block}${BUILTIN_CSS}${UI_CSS}${CHROME_CSS}`;

/** Calls `visit` with a stamp's top-level node, or with each node a fragment of several holds. */
function eachTopLevel(top: Node, visit: (node: Node) => void): void {
  if (top.nodeType !== 11) return visit(top);
  for (let child = top.firstChild; child !== null; child = child.nextSibling) visit(child);
}

interface PageEntry {
  root: Element;
  route: string;
  /** When the page was attached (performance.now() of the view's window): event timeStamps count from it. */
  shownAt: number;
}

export class View {
  private readonly nodes: (Node | undefined)[] = [];
  /** Attributes as the logic thread set them (before rpx conversion), for snapshots. */
  private readonly logical = new WeakMap<Element, Record<string, JsonValue>>();
  /** Tags of elements whose DOM tag differs from the logic thread's (see SAFE_TAG). */
  private readonly logicalTags = new WeakMap<Element, string>();
  private readonly pages: PageEntry[] = [];
  private readonly stamps = new Stamps();
  /** Nodes the logic thread has in the view now. */
  private liveNodes = 0;
  private readonly style: HTMLStyleElement;
  readonly document: Document;
  private screenWidthValue: number;
  private readonly safeArea: SafeAreaInsets | undefined;
  private readonly stopCapture: () => void;
  /** Toasts, modals and action sheets, drawn above the pages. */
  readonly ui: UiLayer;
  /** Pages are placed before this node (the host's chrome may put a tab bar after them). */
  pagesEnd: Node;
  /** The built-in component of each element that is one. */
  private readonly builtins = new WeakMap<Element, Builtin>();
  /** Built-ins whose properties or children changed in the batch being applied. */
  private readonly dirty = new Set<Builtin>();
  /** Text as the logic thread set it, for text nodes a built-in shows otherwise. */
  private readonly logicalText = new WeakMap<Text, string>();
  /** What built-in components are lent. */
  readonly host: ComponentHost;
  /**
   * Built-ins on a page whose first render is still coming in parts: they are brought up to date
   * once the page is attached, so that they measure, scroll, load and send events as laid out.
   */
  private readonly unattached = new Set<Builtin>();

  constructor(
    readonly container: Element,
    private readonly options: ViewOptions,
  ) {
    this.document = container.ownerDocument;
    this.screenWidthValue = options.screenWidth ?? 375;
    this.safeArea = options.safeArea;
    this.style = this.document.createElement('style');
    this.style.textContent = BASE_CSS + convertRpx(options.css, this.screenWidthValue, this.safeArea);
    container.appendChild(this.style);
    this.setTheme(options.theme ?? 'light');
    this.ui = new UiLayer(container);
    this.pagesEnd = this.ui.root;
    this.host = this.componentHost(options.services ?? NO_SERVICES);
    this.stopCapture = captureEvents(this, options.send);
  }

  /** Screen width of the simulated device, in px. */
  get screenWidth(): number {
    return this.screenWidthValue;
  }

  private componentHost(services: ViewServices): ComponentHost {
    const view = this;
    const window = this.document.defaultView;
    return {
      document: this.document,
      ui: this.ui,
      services,
      get screenWidth() {
        return view.screenWidthValue;
      },
      prop: (element, name) => view.prop(element, name),
      emit: (element, type, detail) => {
        const node = idOf(element);
        const page = node === undefined ? undefined : view.pageOf(element);
        if (node === undefined || page === undefined) return;
        view.options.send({ node, type, timeStamp: Math.round(view.now() - page.shownAt), detail });
      },
      builtinOf: (element) => view.builtins.get(element),
      idOf: (node) => idOf(node),
      textOf: (node) => view.logicalText.get(node) ?? node.data,
      showText: (node, shown) => {
        if (!view.logicalText.has(node)) view.logicalText.set(node, node.data);
        if (node.data !== shown) node.data = shown;
      },
      invalidate: (builtin) => view.dirty.add(builtin),
      now: () => view.now(),
      later: (fn, ms) => {
        const timer = (window ?? globalThis).setTimeout(fn, ms);
        return () => (window ?? globalThis).clearTimeout(timer);
      },
    };
  }

  /** A property of an element as the logic thread set it, by its WXML name or its camelCase form; class lists in their DOM form. */
  prop(element: Element, name: string): JsonValue | undefined {
    const attrs = this.logical.get(element);
    if (attrs === undefined) return undefined;
    const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const key = name in attrs ? name : camel in attrs ? camel : undefined;
    if (key === undefined) return undefined;
    return CLASS_ATTRIBUTES.has(name) ? (element.getAttribute(key) ?? undefined) : attrs[key];
  }

  /** The built-in component of an element, if it is one. */
  builtinOf(element: Element): Builtin | undefined {
    return this.builtins.get(element);
  }

  /** The text of a text node as the logic thread set it (a built-in may show it otherwise). */
  textOf(node: Text): string {
    return this.logicalText.get(node) ?? node.data;
  }

  /** The attached page an element is on (the top one first), if any. */
  private pageOf(element: Element): PageEntry | undefined {
    for (let i = this.pages.length - 1; i >= 0; i--) if (this.pages[i].root.contains(element)) return this.pages[i];
    return undefined;
  }

  /** The page on top (the one shown), if any. */
  get currentPage(): PageEntry | undefined {
    return this.pages[this.pages.length - 1];
  }

  /** The logic node id of a DOM node, if the logic thread created it. */
  idOf(node: Node): number | undefined {
    return idOf(node);
  }

  /** The DOM node the logic thread calls `id`, while the view holds it. */
  nodeOf(id: number): Node | undefined {
    return this.nodes[id];
  }

  /** The attributes of an element as the logic thread set them. */
  attributesOf(element: Element): Record<string, JsonValue> {
    return this.logical.get(element) ?? {};
  }

  /** The tag of an element as the logic thread named it. */
  tagOf(element: Element): string {
    return this.logicalTags.get(element) ?? element.localName;
  }

  /** Changes the simulated screen width; rpx lengths are converted again. */
  resize(screenWidth: number): void {
    this.screenWidthValue = screenWidth;
    this.style.textContent = BASE_CSS + convertRpx(this.options.css, screenWidth, this.safeArea);
    for (const node of this.nodes) {
      if (node !== undefined && node.nodeType === 1) {
        const style = this.logical.get(node as Element)?.style;
        if (typeof style === 'string') (node as Element).setAttribute('style', convertRpx(style, screenWidth, this.safeArea));
        const builtin = this.builtins.get(node as Element);
        if (builtin !== undefined) this.dirty.add(builtin);
      }
    }
    this.flushDirty();
  }

  /** Applies one batch. Throws ProtocolError (leaving the operations before it applied) on a refused one. */
  apply(batch: OpBatch): void {
    try {
      this.applyOps(batch);
    } finally {
      this.flushDirty();
    }
  }

  /** Lets the built-ins touched by a batch apply their new properties and children (those on an attached page). */
  private flushDirty(): void {
    for (const builtin of this.dirty) {
      this.dirty.delete(builtin);
      if (this.pageOf(builtin.element) === undefined) this.unattached.add(builtin);
      else builtin.update();
    }
  }

  private applyOps(batch: OpBatch): void {
    if (!Array.isArray(batch)) throw new ProtocolError('a batch must be an array');
    let i = 0;
    const arg = (): unknown => {
      if (i >= batch.length) throw new ProtocolError('a batch ends in the middle of an operation');
      return batch[i++];
    };
    const id = (): number => {
      const v = arg();
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ProtocolError(`bad node id ${JSON.stringify(v)}`);
      return v;
    };
    const text = (): string => {
      const v = arg();
      if (typeof v !== 'string') throw new ProtocolError(`expected a string, got ${JSON.stringify(v)}`);
      return v;
    };
    while (i < batch.length) {
      const op = arg() as Op;
      switch (op) {
        case Op.CreateElement: {
          const nodeId = this.freshId(id());
          const tag = text();
          if (!TAG_NAME.test(tag)) throw new ProtocolError(`refused element name ${JSON.stringify(tag)}`);
          // Any other name (a component called `card`, or `script`) gets an inert custom-element tag.
          const element = this.document.createElement(SAFE_TAG.test(tag) ? tag : `wx-${tag.toLowerCase()}`);
          if (!SAFE_TAG.test(tag)) this.logicalTags.set(element, tag);
          this.register(nodeId, element);
          const builtin = element.localName in LAZY ? undefined : createBuiltin(element.localName, element as HTMLElement, this.host);
          if (builtin !== undefined) {
            this.builtins.set(element, builtin);
            if (builtin.hasUpdate) this.dirty.add(builtin);
          }
          break;
        }
        case Op.CreateText: {
          const nodeId = this.freshId(id());
          this.register(nodeId, this.document.createTextNode(text()));
          break;
        }
        case Op.SetAttribute: {
          const element = this.element(id());
          const name = text();
          this.setAttribute(element, name, arg() as JsonValue);
          break;
        }
        case Op.RemoveAttribute: {
          const element = this.element(id());
          const name = text();
          delete this.logical.get(element)?.[name];
          element.removeAttribute(name);
          this.builtinFor(element, name)?.propertyChanged(name);
          break;
        }
        case Op.SetClass: {
          const element = this.element(id());
          const name = text();
          const logical = arg();
          if (logical !== null && typeof logical !== 'string') throw new ProtocolError(`expected a string or null, got ${JSON.stringify(logical)}`);
          const scoped = text();
          if (!CLASS_ATTRIBUTES.has(name)) throw new ProtocolError(`refused class attribute "${name}"`);
          let attrs = this.logical.get(element);
          if (attrs === undefined) this.logical.set(element, (attrs = {}));
          if (logical === null) delete attrs[name];
          else attrs[name] = logical;
          element.setAttribute(name, scoped);
          this.builtinFor(element, name)?.propertyChanged(name);
          break;
        }
        case Op.SetText: {
          const node = this.node(id());
          if (node.nodeType !== 3) throw new ProtocolError('SetText on an element');
          this.logicalText.delete(node as Text);
          (node as Text).data = text();
          const parent = node.parentNode;
          if (parent !== null && parent.nodeType === 1) this.builtins.get(parent as Element)?.childrenChanged();
          break;
        }
        case Op.Insert: {
          const parent = this.element(id());
          const child = this.node(id());
          this.insert(parent, child, id());
          break;
        }
        case Op.Remove: {
          const node = this.node(id());
          const from = node.parentNode;
          node.parentNode?.removeChild(node);
          this.forget(node);
          if (from !== null) this.childrenChangedAround(from);
          break;
        }
        case Op.AttachPage: {
          const root = this.element(id());
          const route = text();
          const previous = this.currentPage;
          if (previous !== undefined && previous.root !== root) (previous.root as HTMLElement).style.display = 'none';
          // A page already attached (a tab page shown again) comes back to the top.
          const index = this.pages.findIndex((p) => p.root === root);
          if (index >= 0) {
            this.pages.splice(index, 1);
            (root as HTMLElement).style.display = '';
          }
          // Page sheets are confined to their page by this attribute (compiler/wxss/selectors.ts).
          root.setAttribute('wx-route', route);
          this.container.insertBefore(root, this.pagesEnd);
          this.pages.push({ root, route, shownAt: this.now() });
          for (const builtin of this.unattached) {
            if (!root.contains(builtin.element)) continue;
            this.unattached.delete(builtin);
            this.dirty.add(builtin);
          }
          break;
        }
        case Op.DetachPage: {
          const root = this.element(id());
          const index = this.pages.findIndex((p) => p.root === root);
          if (index < 0) throw new ProtocolError('DetachPage of a node that is not a page');
          this.pages.splice(index, 1);
          root.remove();
          this.forget(root);
          const top = this.currentPage;
          if (top !== undefined) (top.root as HTMLElement).style.display = '';
          break;
        }
        case Op.CanvasDraw: {
          const element = this.element(id());
          const commands = arg();
          const builtin = this.builtins.get(element);
          if (!(builtin instanceof CanvasComponent)) throw new ProtocolError('CanvasDraw on an element that is not a canvas');
          const refused = builtin.draw(commands);
          if (refused !== null) throw new ProtocolError(refused);
          break;
        }
        case Op.DefineStamp: {
          const stampId = arg();
          this.stamps.define(stampId, arg());
          break;
        }
        case Op.Stamp: {
          const stampId = arg();
          const first = arg();
          const parent = id();
          const before = id();
          const stamp = this.stamps.item(stampId, first);
          const texts: string[] = [];
          for (let h = 0; h < stamp.holes.length; h++) texts.push(text());
          if (stamp.clone === undefined) stamp.clone = this.cloneOf(stamp);
          if (stamp.clone === null) this.applyOps(this.stamps.expand(stamp, first as number, parent, before, texts));
          else this.copyStamp(stamp.clone, first as number, this.element(parent), before, texts);
          break;
        }
        default:
          throw new ProtocolError(`unknown operation ${JSON.stringify(op)}`);
      }
    }
  }

  /** Measures nodes for a layout query (createSelectorQuery); a node that is gone measures as null. */
  measure(request: LayoutRequest): LayoutResult[] {
    const window = this.document.defaultView;
    return request.nodes.map((nodeId) => {
      const result: LayoutResult = {};
      if (nodeId === 0) {
        const width = window?.innerWidth ?? 0;
        const height = window?.innerHeight ?? 0;
        if (request.rect) Object.assign(result, { left: 0, top: 0, right: width, bottom: height });
        if (request.rect || request.size) Object.assign(result, { width, height });
        if (request.scrollOffset) {
          const root = this.document.documentElement;
          Object.assign(result, { scrollLeft: window?.scrollX ?? 0, scrollTop: window?.scrollY ?? 0, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight });
        }
        return result;
      }
      const node = this.nodes[nodeId];
      if (node === undefined || node.nodeType !== 1) return result;
      const element = node as HTMLElement;
      if (request.rect || request.size) {
        const r = element.getBoundingClientRect();
        if (request.rect) Object.assign(result, { left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        Object.assign(result, { width: r.width, height: r.height });
      }
      if (request.scrollOffset) {
        Object.assign(result, { scrollLeft: element.scrollLeft, scrollTop: element.scrollTop, scrollWidth: element.scrollWidth, scrollHeight: element.scrollHeight });
      }
      if (request.computedStyle !== undefined && window !== null) {
        const style = window.getComputedStyle(element);
        for (const name of request.computedStyle) result[name] = style.getPropertyValue(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      }
      for (const name of request.properties ?? []) {
        const value = (element as unknown as Record<string, unknown>)[name];
        if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) result[name] = value as JsonValue;
      }
      return result;
    });
  }

  /** Milliseconds on the view's clock. */
  now(): number {
    return this.document.defaultView?.performance.now() ?? performance.now();
  }

  /** Stops listening and removes everything the view added to the container. */
  /**
   * The app's theme changed: the rules view.css took from `@media (prefers-color-scheme: …)` are
   * confined to the container's theme attribute (spec/bundle-format.md, "view.css").
   */
  setTheme(theme: Theme): void {
    this.container.setAttribute(THEME_ATTRIBUTE, theme);
  }

  destroy(): void {
    this.stopCapture();
    this.container.removeAttribute(THEME_ATTRIBUTE);
    this.ui.destroy();
    for (const page of this.pages) {
      page.root.remove();
      this.forget(page.root);
    }
    this.pages.length = 0;
    this.style.remove();
    this.nodes.length = 0;
  }

  /**
   * Inserts `child` into `parent` (into its content, for a built-in that has one) before node
   * `beforeId` (0: at the end). A `fresh` child, a copy just made, holds no node of the page and is
   * not checked for holding `parent`.
   */
  private insert(parent: Element, child: Node, beforeId: number, fresh = false): void {
    const before = beforeId === 0 ? null : this.node(beforeId);
    const builtin = this.builtins.get(parent);
    const into = builtin?.content ?? parent;
    if (before !== null && before.parentNode !== into) throw new ProtocolError(`node ${beforeId} is not a child of node ${idOf(parent)}`);
    if (!fresh && (child === parent || (child.nodeType === 1 && (child as Element).contains(parent)))) throw new ProtocolError('a node cannot be inserted into itself');
    const from = child.parentNode;
    into.insertBefore(child, before);
    builtin?.childrenChanged();
    if (from !== null && from !== into) this.childrenChangedAround(from);
  }

  /**
   * A stamp's nodes made once, when they need nothing of the view but their ids: views and texts
   * (no component of the view's own, until an attribute that asks for one comes as an operation of
   * its own), with attributes other than `style` (whose rpx depend on the screen); null for any
   * other stamp, which is expanded for each item and checked as any operations.
   */
  private cloneOf(stamp: Stamp): StampClone | null {
    const ops = stamp.ops;
    const nodes: Node[] = [];
    const logical: (Record<string, JsonValue> | undefined)[] = [];
    const hole: number[] = [];
    let holes = 0;
    for (let i = 0; i < ops.length; ) {
      const op = ops[i];
      const n = ops[i + 1] as number;
      if (op === Op.CreateElement || op === Op.CreateText) {
        const v = ops[i + 2];
        if (op === Op.CreateElement) {
          if (typeof v !== 'string' || !Object.prototype.hasOwnProperty.call(LAZY, v)) return null;
          nodes[n] = this.document.createElement(v);
          hole[n] = -1;
        } else {
          if (v !== null && typeof v !== 'string') return null;
          nodes[n] = this.document.createTextNode(v ?? '');
          hole[n] = v === null ? holes++ : -1;
        }
        i += 3;
      } else if (op === Op.SetAttribute || op === Op.SetClass) {
        const element = nodes[n] as Element;
        const name = ops[i + 2];
        if (element.nodeType !== 1 || typeof name !== 'string' || !SAFE_ATTRIBUTE.test(name) || name === 'style' || LAZY[element.localName].has(name)) return null;
        const attrs = (logical[n] ??= {});
        if (op === Op.SetAttribute) {
          const value = ops[i + 3] as JsonValue;
          attrs[name] = value;
          const text = attributeText(value);
          if (text === null) element.removeAttribute(name);
          else element.setAttribute(name, text);
          i += 4;
        } else {
          const written = ops[i + 3];
          const scoped = ops[i + 4];
          if (!CLASS_ATTRIBUTES.has(name) || (written !== null && typeof written !== 'string') || typeof scoped !== 'string') return null;
          if (written === null) delete attrs[name];
          else attrs[name] = written;
          element.setAttribute(name, scoped);
          i += 5;
        }
      } else if (op === Op.Insert) {
        const parent = nodes[n];
        const child = nodes[ops[i + 2] as number];
        // Into a text, or into its own descendant: refused when the stamp is expanded.
        if (parent.nodeType !== 1 || (child.nodeType === 1 && (child as Element).contains(parent))) return null;
        parent.appendChild(child);
        i += 4;
      } else {
        return null;
      }
    }
    // One top-level node is copied alone: inserting a fragment costs more, in Chromium and happy-dom alike.
    let top: Node;
    if (stamp.roots.length === 1) top = nodes[stamp.roots[0]];
    else {
      top = this.document.createDocumentFragment();
      for (const root of stamp.roots) top.appendChild(nodes[root]);
    }
    const numbers = new Map<Node, number>();
    for (let n = 1; n < nodes.length; n++) numbers.set(nodes[n], n);
    const order: number[] = [];
    const visit = (node: Node): void => {
      order.push(numbers.get(node)!);
      for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
    };
    eachTopLevel(top, visit);
    return { top, order, logical, hole };
  }

  /** Builds a stamped item as a copy of its stamp's nodes, its node n getting id `first + n - 1`. */
  private copyStamp(clone: StampClone, first: number, parent: Element, before: number, texts: string[]): void {
    const copy = clone.top.cloneNode(true);
    const { order, logical, hole } = clone;
    let k = 0;
    const visit = (node: Node): void => {
      const n = order[k++];
      this.register(this.freshId(first + n - 1), node);
      const attrs = logical[n];
      if (attrs !== undefined) this.logical.set(node as Element, { ...attrs });
      const h = hole[n];
      if (h >= 0) (node as Text).data = texts[h];
      for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
    };
    eachTopLevel(copy, visit);
    this.insert(parent, copy, before, true);
  }

  private freshId(nodeId: number): number {
    if (nodeId === 0 || this.nodes[nodeId] !== undefined) throw new ProtocolError(`node id ${nodeId} is already in use`);
    return nodeId;
  }

  private register(nodeId: number, node: Node): void {
    if (this.liveNodes >= (this.options.maxNodes ?? MAX_NODES)) {
      throw new ProtocolError(`more than ${this.options.maxNodes ?? MAX_NODES} nodes in the view`);
    }
    this.liveNodes++;
    this.nodes[nodeId] = node;
    (node as Identified)[NODE_ID] = nodeId;
  }

  private node(nodeId: number): Node {
    const node = this.nodes[nodeId];
    if (node === undefined) throw new ProtocolError(`unknown node ${nodeId}`);
    return node;
  }

  private element(nodeId: number): Element {
    const node = this.node(nodeId);
    if (node.nodeType !== 1) throw new ProtocolError(`node ${nodeId} is not an element`);
    return node as Element;
  }

  private setAttribute(element: Element, name: string, value: JsonValue): void {
    if (!SAFE_ATTRIBUTE.test(name)) throw new ProtocolError(`refused attribute "${name}"`);
    let attrs = this.logical.get(element);
    if (attrs === undefined) this.logical.set(element, (attrs = {}));
    attrs[name] = value;
    const text = attributeText(value);
    if (text === null) {
      element.removeAttribute(name);
      return;
    }
    element.setAttribute(name, name === 'style' ? convertRpx(text, this.screenWidthValue, this.safeArea) : text);
    this.builtinFor(element, name)?.propertyChanged(name);
  }

  /** The built-in component of an element, made now for a lazy one whose property `name` needs it. */
  private builtinFor(element: Element, name: string): Builtin | undefined {
    let builtin = this.builtins.get(element);
    if (builtin === undefined && LAZY[element.localName]?.has(name)) {
      builtin = createBuiltin(element.localName, element as HTMLElement, this.host);
      if (builtin !== undefined) this.builtins.set(element, builtin);
    }
    return builtin;
  }

  /** Tells the built-in whose children (directly, or as its content) a node was taken from. */
  private childrenChangedAround(parent: Node): void {
    for (let n: Node | null = parent; n !== null && n.nodeType === 1; n = n.parentNode) {
      const builtin = this.builtins.get(n as Element);
      if (builtin !== undefined) {
        if (builtin.content === parent || n === parent) builtin.childrenChanged();
        return;
      }
      if (idOf(n) !== undefined) return;
    }
  }

  /** Forgets a removed node and everything under it. */
  private forget(node: Node): void {
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const n = stack.pop()!;
      const nodeId = idOf(n);
      if (nodeId !== undefined && this.nodes[nodeId] === n) {
        this.nodes[nodeId] = undefined;
        this.liveNodes--;
      }
      if (n.nodeType === 1) {
        const builtin = this.builtins.get(n as Element);
        if (builtin !== undefined) {
          this.dirty.delete(builtin);
          this.unattached.delete(builtin);
          builtin.destroy();
        }
      }
      for (let c = n.firstChild; c !== null; c = c.nextSibling) stack.push(c);
    }
  }
}
