// Page(): page definitions by route, and page instances.
import { copyData } from './data_path.js';
import { attachPage, createElement, detachPage, sendPartsEarly } from './ops.js';
import { callUser } from './report.js';
import { setData, type DataOwner, type Updatable } from './set_data.js';
import { TemplateRoot } from './template/root.js';
import { templateNodes } from './template/templates.js';

type PageOptions = Record<string, unknown>;

const definitions: Record<string, PageOptions> = Object.create(null);
let injecting: string | undefined;

/** Names the page whose script is being injected, so that its Page() call registers under it. */
export function setInjectingRoute(route: string | undefined): void {
  injecting = route;
}

/** `Page(options)`: registers the page whose script is running. */
export function Page(options: unknown): void {
  if (options === null || typeof options !== 'object') throw new TypeError('Page(): options must be an object');
  if (injecting === undefined) throw new Error('Page() can only be called while a page\'s own script is injected');
  definitions[injecting] = options as PageOptions;
}

export function pageDefinition(route: string): PageOptions | undefined {
  return definitions[route];
}

export class PageInstance implements DataOwner {
  readonly is: string;
  readonly route: string;
  /** The query the page was opened with. */
  readonly options: Record<string, string>;
  data: Record<string, unknown>;
  view: (Updatable & TemplateRoot) | null = null;
  /** Node id of the page's root element (0 before the first render). */
  root = 0;

  constructor(definition: PageOptions, route: string, query: Record<string, string>) {
    const self = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(definition)) {
      if (key === 'data') continue;
      const value = definition[key];
      self[key] = typeof value === 'function' ? value : copyData(value);
    }
    this.data = copyData(definition.data ?? {}) as Record<string, unknown>;
    this.is = route;
    this.route = route;
    this.options = query;
  }

  setData(patch: unknown, callback?: unknown): void {
    setData(this, patch, callback);
  }

  /** Calls a page lifecycle or method if the page defines it. */
  hook(name: string, args: unknown[]): unknown {
    const fn = (this as unknown as Record<string, unknown>)[name];
    if (typeof fn === 'function') return callUser(fn as (...a: unknown[]) => unknown, this, args, this.route, name);
    return undefined;
  }

  /** First render: mounts the page's template under a new root and attaches it to the view. */
  render(): void {
    this.root = createElement('page');
    const nodes = templateNodes(`${this.route}.wxml`);
    sendPartsEarly(true);
    try {
      if (nodes !== undefined) this.view = new TemplateRoot(this.root, nodes, { data: this.data, owner: this });
    } finally {
      sendPartsEarly(false);
    }
    attachPage(this.root, this.route);
  }

  /** Closes the page: onUnload, then its template is released and its root leaves the view. */
  unload(): void {
    this.hook('onUnload', []);
    this.view?.destroy(false);
    this.view = null;
    if (this.root !== 0) detachPage(this.root);
  }
}
