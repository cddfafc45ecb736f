// The page stack as the host keeps it: navigation from the mini-program (wx.navigateTo, …) and from
// the host (app.navigateTo, …) is checked here with WeChat's rules and failure texts (the page
// exists, tab pages only through switchTab, at most 10 pages), then the logic thread is told to go.
import { ApiFail, type ApiHandler } from '../../bridge/handler.js';
import type { HostMessage, NavigationType } from '../../bridge/protocol.js';

/** WeChat's limit of pages on the stack. */
export const MAX_PAGES = 10;

/** A navigation URL (`detail?id=1`, `/pages/a/a`, `../b/b`) as a route and a query, relative to `from`. */
export function resolveUrl(url: string, from: string): { path: string; query: Record<string, string> } {
  const q = url.indexOf('?');
  const target = q < 0 ? url : url.slice(0, q);
  const query = Object.fromEntries(new URLSearchParams(q < 0 ? '' : url.slice(q + 1)));
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return { path: parts.join('/'), query };
}

/** A page on the stack: its route and the query it was opened with. */
export interface PageLocation {
  path: string;
  query: Record<string, string>;
}

export class Navigation {
  private readonly stack: PageLocation[];
  private readonly tabs: ReadonlySet<string>;

  constructor(
    private readonly pages: readonly string[],
    tabs: readonly string[],
    launch: PageLocation,
    private readonly send: (message: HostMessage) => void,
  ) {
    this.stack = [launch];
    this.tabs = new Set(tabs);
  }

  /** The routes on the stack, the current page last. */
  get routes(): readonly string[] {
    return this.stack.map((page) => page.path);
  }

  /** How many pages are on the stack. */
  get depth(): number {
    return this.stack.length;
  }

  /** The page on top of the stack. */
  get current(): PageLocation {
    return this.stack[this.stack.length - 1];
  }

  /** Whether a route is a tab page. */
  isTab(route: string): boolean {
    return this.tabs.has(route);
  }

  /** Opens a page; returns WeChat's reason when it is refused. `call` is the logic thread's wx.navigateTo call, if any. */
  open(openType: NavigationType, url: string, call?: number): string | null {
    const { path, query } = resolveUrl(url, this.stack[this.stack.length - 1]?.path ?? '');
    if (!this.pages.includes(path)) {
      this.send({ t: 'pageNotFound', path, query, isEntryPage: false });
      return `page "${path}" is not found`;
    }
    const tab = this.tabs.has(path);
    if ((openType === 'navigateTo' || openType === 'redirectTo') && tab) return `can not ${openType} a tabbar page`;
    if (openType === 'switchTab' && !tab) return 'can not switch to no-tabBar page';
    if (openType === 'navigateTo' && this.stack.length >= MAX_PAGES) return 'webview count limit exceed';
    if (openType === 'redirectTo') this.stack.pop();
    else if (openType === 'reLaunch' || openType === 'switchTab') this.stack.length = 0;
    // switchTab takes no query, as in WeChat.
    const opened = { path, query: openType === 'switchTab' ? {} : query };
    this.stack.push(opened);
    this.send({ t: 'route', ...opened, openType, ...(call === undefined ? {} : { call }) });
    return null;
  }

  /** Closes `delta` pages (never the first); returns WeChat's reason when there is none to close. */
  back(delta: number): string | null {
    if (this.stack.length <= 1) return 'cannot navigate back at first page.';
    this.stack.length = Math.max(1, this.stack.length - delta);
    this.send({ t: 'back', delta });
    return null;
  }

  /** Handlers for wx.navigateTo, redirectTo, switchTab, reLaunch and navigateBack. */
  handlers(): Record<string, ApiHandler> {
    const opener = (openType: NavigationType): ApiHandler => (args, context) => {
      const refused = this.open(openType, args.url as string, openType === 'navigateTo' ? context.call : undefined);
      if (refused !== null) throw new ApiFail(refused);
    };
    return {
      navigateTo: opener('navigateTo'),
      redirectTo: opener('redirectTo'),
      switchTab: opener('switchTab'),
      reLaunch: opener('reLaunch'),
      navigateBack: (args) => {
        const refused = this.back(args.delta as number);
        if (refused !== null) throw new ApiFail(refused);
      },
    };
  }
}
