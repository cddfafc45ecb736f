// The page stack as the host keeps it: navigation from the mini-program (wx.navigateTo, …) and from
// the host (app.navigateTo, …) is checked here (the route exists, at most 10 pages), then the
// logic thread is told to go.
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

export class Navigation {
  private readonly stack: string[];

  constructor(
    private readonly pages: readonly string[],
    launchPath: string,
    private readonly send: (message: HostMessage) => void,
  ) {
    this.stack = [launchPath];
  }

  /** The routes on the stack, the current page last. */
  get routes(): readonly string[] {
    return this.stack;
  }

  /** Opens a page; returns WeChat's reason when it is refused. */
  open(openType: NavigationType, url: string): string | null {
    const { path, query } = resolveUrl(url, this.stack[this.stack.length - 1]);
    if (!this.pages.includes(path)) return `page "${path}" is not found`;
    if (openType === 'navigateTo' && this.stack.length >= MAX_PAGES) return 'webview count limit exceed';
    if (openType === 'redirectTo') this.stack.pop();
    else if (openType === 'reLaunch') this.stack.length = 0;
    this.stack.push(path);
    this.send({ t: 'route', path, query, openType });
    return null;
  }

  /** Closes `delta` pages (never the first); returns WeChat's reason when there is none to close. */
  back(delta: number): string | null {
    if (this.stack.length <= 1) return 'cannot navigate back at first page.';
    this.stack.length = Math.max(1, this.stack.length - delta);
    this.send({ t: 'back', delta });
    return null;
  }

  /** Handlers for wx.navigateTo, redirectTo, reLaunch and navigateBack. */
  handlers(): Record<string, ApiHandler> {
    const opener = (openType: NavigationType): ApiHandler => (args) => {
      const refused = this.open(openType, args.url as string);
      if (refused !== null) throw new ApiFail(refused);
    };
    return {
      navigateTo: opener('navigateTo'),
      redirectTo: opener('redirectTo'),
      reLaunch: opener('reLaunch'),
      navigateBack: (args) => {
        const refused = this.back(args.delta as number);
        if (refused !== null) throw new ApiFail(refused);
      },
    };
  }
}
