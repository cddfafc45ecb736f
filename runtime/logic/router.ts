// The page stack: opening pages, and WeChat's navigation (navigateTo, redirectTo, switchTab,
// reLaunch, navigateBack) as the host orders it (it checks the routes and the stack's depth first).
// A page is a component instance: Page() pages call their hooks (onLoad, onShow, onReady, onHide,
// onUnload); pages built with Component() also get their component lifetimes, and the query in the
// properties of the same names. Tab pages, once opened, live on while the user switches tabs.
import type { JsonObject, NavigationType, PageEventName, PerformanceEntry, ShareContent } from '../../bridge/protocol.js';
import type { TabBarConfig, TemplateNode } from '../../spec/bundle.js';
import { NodeKind } from '../../spec/bundle.js';
import { appHook, hasAppListener } from './app.js';
import { pageDefinition } from './component/definition.js';
import { ComponentInstance, updateInstance, type DataWrite } from './component/instance.js';
import { detachInstance, flushLifetimes, holdLifetimes, releaseLifetimes } from './component/lifecycle.js';
import { configOf, definitionOf, defineConfig } from './component/registry.js';
import { enterRoute, styleRoutePage } from './custom_route.js';
import { EventChannel, takeOpenedChannel } from './event_channel.js';
import { hostNow, post } from './host.js';
import { addPerformanceEntries } from './performance.js';
import { beforeOpening, preloadFor } from './packages.js';
import { attachPage, createElement, detachPage, sendPartsEarly } from './ops.js';
import { afterApplied } from './render_queue.js';
import { callUser, reportError } from './report.js';
import { syntheticFile, templateFile, type RuntimeFile } from './template/files.js';
import { TemplateRoot } from './template/root.js';

/** A page instance: a component instance with the page's route and query, and its root node. */
export type PageInstance = ComponentInstance & {
  route: string;
  options: Record<string, string>;
  root: number;
  /** The EventChannel of the wx.navigateTo that opened it. */
  getOpenerEventChannel(): EventChannel;
  /** The custom tab bar's instance on a tab page (`tabBar.custom`). */
  getTabBar(): ComponentInstance | null;
};

const stack: PageInstance[] = [];
/** Tab pages opened so far, by route: they live while the user switches between tabs. */
const tabPages = new Map<string, PageInstance>();
let tabBar: TabBarConfig | undefined;
let entryPage = '';
let appPages = new Set<string>();
/** The tag and path of the custom tab bar. */
const CUSTOM_TAB_BAR = { tag: 'custom-tab-bar', path: 'custom-tab-bar/index' };

/** What the app's pages are (at inject): all of them, the tab bar's, the entry page. */
export function setAppPages(pages: string[], tabs: TabBarConfig | undefined, entry: string): void {
  appPages = new Set(pages);
  tabBar = tabs;
  entryPage = entry;
  if (tabs?.custom === true) {
    for (const tab of tabs.list) {
      const config = configOf(tab.pagePath);
      defineConfig(tab.pagePath, { ...config, using: { ...config.using, [CUSTOM_TAB_BAR.tag]: CUSTOM_TAB_BAR.path } });
    }
  }
}

function isTabPage(route: string): boolean {
  return tabBar?.list.some((t) => t.pagePath === route) === true;
}

/** `getCurrentPages()`: the page stack, the current page last. */
export function getCurrentPages(): PageInstance[] {
  return stack.slice();
}

/**
 * Shows a page in WeChat's order: its components are created and attached (a page built with
 * Component() first), then the page loads (onLoad, the components' pageLifetimes.show, onShow);
 * all of it is the page's first render. `ready` and onReady follow once the view applied it.
 */
function show(page: PageInstance, file: RuntimeFile, query: Record<string, string>): void {
  const def = page.__def;
  const componentPage = !def.isPage;
  stack.push(page);
  const root = (page.root = createElement('page'));
  sendPartsEarly(true);
  try {
    if (componentPage) {
      page.__lifetime('created');
      // The query's values go to the properties of the same names.
      const writes: DataWrite[] = [];
      for (const name of Object.keys(query)) if (name in def.properties) writes.push({ path: [name], value: query[name] });
      if (writes.length > 0) updateInstance(page, writes, true);
    }
    holdLifetimes();
    try {
      // A tab page of an app with a custom tab bar shows its own instance of it, after its content.
      const nodes: TemplateNode[] = tabBar?.custom === true && isTabPage(page.route) ? [...file.nodes, { k: NodeKind.Element, t: CUSTOM_TAB_BAR.tag }] : file.nodes;
      page.__view = new TemplateRoot(root, nodes, { data: page.__renderData, owner: page, host: null, file }, file.scope, { composed: null, shadow: null });
    } finally {
      releaseLifetimes();
    }
    // Attached with its template in place (a query in `attached` finds its nodes), before the
    // components in it.
    if (componentPage) {
      page.__attached = true;
      page.__lifetime('attached');
    }
    flushLifetimes();
    measured('onLoad', page.route, () => page.__call('onLoad', [query], 'onLoad'));
    pageShown(page);
  } finally {
    sendPartsEarly(false);
  }
  attachPage(root, page.route);
  post({ t: 'page', root, route: page.route });
  afterApplied(() => {
    if (componentPage) page.__lifetime('ready');
    measured('onReady', page.route, () => page.__call('onReady', [], 'onReady'));
    preloadFor(page.route);
  });
}

/** Runs a page hook and records it as a performance entry (the profiler's and wx.getPerformance()'s). */
function measured(name: 'onLoad' | 'onReady', path: string, run: () => void): void {
  const start = hostNow();
  run();
  const entry: PerformanceEntry = { entryType: 'script', name, startTime: start, duration: hostNow() - start, path };
  addPerformanceEntries([entry]);
  post({ t: 'perf', entry });
}

function newPage(route: string, query: Record<string, string>, channel: EventChannel): PageInstance | null {
  const def = definitionOf(route);
  if (def === undefined) {
    reportError(new Error(`Page "${route}" has not been registered yet.`), route, 'route');
    return null;
  }
  const page = new ComponentInstance(def, null) as PageInstance;
  page.route = route;
  page.options = query;
  page.getOpenerEventChannel = () => channel;
  page.getTabBar = () => [...page.__components].find((c) => c.is === CUSTOM_TAB_BAR.path) ?? null;
  return page;
}

/** Opens a page: onLoad(query), onShow, first render, and onReady once the view has it. */
export function openPage(route: string, query: Record<string, string>, call?: number): void {
  if (!appPages.has(route) && route !== COMPONENT_PAGE) return pageNotFound(route, query, true);
  beforeOpening(route);
  const page = newPage(route, query, takeOpenedChannel(call));
  if (page === null) return;
  if (isTabPage(route)) tabPages.set(route, page);
  enterRoute(page, call);
  show(page, templateFile(`${route}.wxml`) ?? syntheticFile(`${route}.wxml`, []), query);
  styleRoutePage(page, page.root);
}

/**
 * A page the app does not have: App.onPageNotFound (and wx.onPageNotFound) hear of it and may
 * redirect; at launch, an app that does not listen gets its entry page instead, as WeChat does.
 */
export function pageNotFound(path: string, query: Record<string, string>, isEntryPage: boolean): void {
  const listened = hasAppListener('onPageNotFound');
  appHook('onPageNotFound', [{ path, query, isEntryPage }]);
  if (isEntryPage && !listened) {
    reportError(new Error(`page "${path}" is not found`), path, 'launch');
    const wx = (globalThis as { wx?: { reLaunch?: (o: object) => void } }).wx;
    wx?.reLaunch?.({ url: `/${entryPage}` });
  }
}

/** The route of the page that shows a component built alone (never a component's own path). */
export const COMPONENT_PAGE = '__component__';

/**
 * Shows a component built alone, as a page whose template is the component's tag with the given
 * property values.
 */
export function openComponent(component: string, tag: string, props: Record<string, unknown>): void {
  const route = COMPONENT_PAGE;
  defineConfig(route, { using: { [tag]: component } });
  const page = new ComponentInstance(pageDefinition(route, {}), null) as PageInstance;
  page.route = route;
  page.options = {};
  const attributes = Object.entries(props).map(([name, value]): [string, { f: () => unknown }] => [name, { f: () => value }]);
  const nodes: TemplateNode[] = [{ k: NodeKind.Element, t: tag, a: attributes }];
  show(page, syntheticFile(`${route}.wxml`, nodes), {});
}

/** The page is shown (again): its components' `pageLifetimes.show`, then its onShow. */
export function pageShown(page: PageInstance): void {
  for (const inst of [...page.__components]) inst.__pageLifetime('show');
  page.__call('onShow', [], 'onShow');
}

/** The page is hidden (another page above it, or the app in the background). */
export function pageHidden(page: PageInstance): void {
  for (const inst of [...page.__components]) inst.__pageLifetime('hide');
  page.__call('onHide', [], 'onHide');
}

/** Closes a page: onUnload, its components detach, its root leaves the view. */
function unload(page: PageInstance): void {
  page.__call('onUnload', [], 'onUnload');
  page.__view?.destroy(false);
  page.__view = null;
  if (!page.__def.isPage) detachInstance(page);
  detachPage(page.root);
  if (tabPages.get(page.route) === page) tabPages.delete(page.route);
}

/** Closes the top page of the stack; a tab page stays alive (hidden) unless `all`. */
function unloadTop(all = false): void {
  const page = stack.pop();
  if (page === undefined) return;
  if (!all && tabPages.get(page.route) === page) pageHidden(page);
  else unload(page);
}

/** Brings back a page that is alive: shown again, on top. */
function showAgain(page: PageInstance): void {
  attachPage(page.root, page.route);
  pageShown(page);
}

/** Opens a page the way `openType` says: the page below is hidden, closed, or every page is closed. */
export function navigate(openType: NavigationType, route: string, query: Record<string, string>, call?: number): void {
  const top = stack[stack.length - 1];
  switch (openType) {
    case 'navigateTo':
      if (top !== undefined) pageHidden(top);
      break;
    case 'redirectTo':
      unloadTop(true);
      break;
    case 'reLaunch':
      while (stack.length > 0) unloadTop(true);
      for (const page of [...tabPages.values()]) unload(page);
      break;
    case 'switchTab':
      return switchTab(route);
  }
  openPage(route, query, call);
}

/** wx.switchTab: every page above the tabs closes; the tab's page shows, opened the first time. */
function switchTab(route: string): void {
  const current = stack[stack.length - 1];
  if (current !== undefined && current.route === route && stack.length === 1) return;
  while (stack.length > 0) {
    const page = stack[stack.length - 1];
    if (stack.length === 1 && tabPages.get(page.route) === page) {
      // The tab page under the closed pages was hidden when they opened; a visible one hides now.
      stack.pop();
      if (page === current) pageHidden(page);
      break;
    }
    unloadTop(true);
  }
  const alive = tabPages.get(route);
  if (alive !== undefined) {
    stack.push(alive);
    showAgain(alive);
  } else {
    openPage(route, {});
  }
}

/** Closes the `delta` pages on top (never the last one); the page below shows again. */
export function navigateBack(delta: number): void {
  for (let i = 0; i < delta && stack.length > 1; i++) unloadTop(true);
  const top = stack[stack.length - 1];
  if (top !== undefined) showAgain(top);
}

/** A page event from the render layer or the host, for the current page (and its components' pageLifetimes for a resize). */
export function pageEvent(name: PageEventName, detail: JsonObject): void {
  const page = stack[stack.length - 1];
  if (page === undefined) return;
  if (name === 'onResize') for (const inst of [...page.__components]) inst.__pageLifetime('resize', [detail]);
  page.__call(name, name === 'onPullDownRefresh' || name === 'onReachBottom' ? [] : [detail], name);
}

/** The share menu: the current page's onShareAppMessage decides what is shared (null: nothing). */
export function share(id: number): void {
  let content: ShareContent | null = null;
  try {
    content = shareContent(stack[stack.length - 1]);
  } finally {
    // The host waits for an answer whatever happened.
    post({ t: 'shared', id, content });
  }
}

function shareContent(page: PageInstance | undefined): ShareContent | null {
  const fn = (page as unknown as Record<string, unknown> | undefined)?.onShareAppMessage;
  if (page === undefined || typeof fn !== 'function') return null;
  const query = Object.entries(page.options).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  const fallback: ShareContent = { title: '', path: `/${page.route}${query ? `?${query}` : ''}` };
  const given = callUser(fn as (...a: unknown[]) => unknown, page, [{ from: 'menu' }], page.route, 'onShareAppMessage');
  if (given === null || typeof given !== 'object') return fallback;
  const g = given as Record<string, unknown>;
  return {
    title: typeof g.title === 'string' ? g.title : fallback.title,
    path: typeof g.path === 'string' ? g.path : fallback.path,
    ...(typeof g.imageUrl === 'string' ? { imageUrl: g.imageUrl } : {}),
  };
}
