// The page stack: opening pages, and WeChat's navigation (navigateTo, redirectTo, reLaunch,
// navigateBack) as the host orders it. The host checks the routes and the stack's depth first.
import type { NavigationType } from '../../bridge/protocol.js';
import { post } from './host.js';
import { PageInstance, pageDefinition } from './page.js';
import { afterApplied } from './render_queue.js';
import { reportError } from './report.js';

const stack: PageInstance[] = [];

/** `getCurrentPages()`: the page stack, the current page last. */
export function getCurrentPages(): PageInstance[] {
  return stack.slice();
}

/** Opens a page: onLoad(query), onShow, first render, and onReady once the view has it. */
export function openPage(route: string, query: Record<string, string>): void {
  const definition = pageDefinition(route);
  if (definition === undefined) {
    reportError(new Error(`Page "${route}" has not been registered yet.`), route, 'route');
    return;
  }
  const page = new PageInstance(definition, route, query);
  stack.push(page);
  page.hook('onLoad', [query]);
  page.hook('onShow', []);
  page.render();
  post({ t: 'page', root: page.root, route });
  afterApplied(() => page.hook('onReady', []));
}

function unloadTop(): void {
  stack.pop()?.unload();
}

/** Opens a page the way `openType` says: the page below is hidden, closed, or every page is closed. */
export function navigate(openType: NavigationType, route: string, query: Record<string, string>): void {
  if (openType === 'navigateTo') stack[stack.length - 1]?.hook('onHide', []);
  else if (openType === 'redirectTo') unloadTop();
  else while (stack.length > 0) unloadTop();
  openPage(route, query);
}

/** Closes the `delta` pages on top (never the last one); the page below shows again. */
export function navigateBack(delta: number): void {
  for (let i = 0; i < delta && stack.length > 1; i++) unloadTop();
  stack[stack.length - 1]?.hook('onShow', []);
}
