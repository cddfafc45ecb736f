// The page stack: opening pages, and WeChat's navigation (navigateTo, redirectTo, reLaunch,
// navigateBack) as the host orders it (it checks the routes and the stack's depth first). A page is
// a component instance: Page() pages call their hooks (onLoad, onShow, onReady, onHide, onUnload);
// pages built with Component() also get their component lifetimes, and the query in the
// properties of the same names.
import type { NavigationType } from '../../bridge/protocol.js';
import type { TemplateNode } from '../../spec/bundle.js';
import { NodeKind } from '../../spec/bundle.js';
import { pageDefinition } from './component/definition.js';
import { ComponentInstance, updateInstance, type DataWrite } from './component/instance.js';
import { detachInstance, flushLifetimes, holdLifetimes, releaseLifetimes } from './component/lifecycle.js';
import { definitionOf, defineConfig } from './component/registry.js';
import { post } from './host.js';
import { attachPage, createElement, detachPage, sendPartsEarly } from './ops.js';
import { afterApplied } from './render_queue.js';
import { reportError } from './report.js';
import { syntheticFile, templateFile, type RuntimeFile } from './template/files.js';
import { TemplateRoot } from './template/root.js';

/** A page instance: a component instance with the page's route and query, and its root node. */
export type PageInstance = ComponentInstance & { route: string; options: Record<string, string>; root: number };

const stack: PageInstance[] = [];

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
      page.__attached = true;
      page.__lifetime('attached');
    }
    holdLifetimes();
    try {
      page.__view = new TemplateRoot(root, file.nodes, { data: page.__renderData, owner: page, host: null, file }, file.scope, { composed: null, shadow: null });
    } finally {
      releaseLifetimes();
    }
    flushLifetimes();
    page.__call('onLoad', [query], 'onLoad');
    pageShown(page);
  } finally {
    sendPartsEarly(false);
  }
  attachPage(root, page.route);
  post({ t: 'page', root, route: page.route });
  afterApplied(() => {
    if (componentPage) page.__lifetime('ready');
    page.__call('onReady', [], 'onReady');
  });
}

function newPage(route: string, query: Record<string, string>): PageInstance | null {
  const def = definitionOf(route);
  if (def === undefined) {
    reportError(new Error(`Page "${route}" has not been registered yet.`), route, 'route');
    return null;
  }
  const page = new ComponentInstance(def, null) as PageInstance;
  page.route = route;
  page.options = query;
  return page;
}

/** Opens a page: onLoad(query), onShow, first render, and onReady once the view has it. */
export function openPage(route: string, query: Record<string, string>): void {
  const page = newPage(route, query);
  if (page === null) return;
  show(page, templateFile(`${route}.wxml`) ?? syntheticFile(`${route}.wxml`, []), query);
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

/** Closes the top page: onUnload, its components detach, its root leaves the view. */
function unloadTop(): void {
  const page = stack.pop();
  if (page === undefined) return;
  page.__call('onUnload', [], 'onUnload');
  page.__view?.destroy(false);
  page.__view = null;
  if (!page.__def.isPage) detachInstance(page);
  detachPage(page.root);
}

/** Opens a page the way `openType` says: the page below is hidden, closed, or every page is closed. */
export function navigate(openType: NavigationType, route: string, query: Record<string, string>): void {
  const top = stack[stack.length - 1];
  if (openType === 'navigateTo') {
    if (top !== undefined) pageHidden(top);
  } else if (openType === 'redirectTo') unloadTop();
  else while (stack.length > 0) unloadTop();
  openPage(route, query);
}

/** Closes the `delta` pages on top (never the last one); the page below shows again. */
export function navigateBack(delta: number): void {
  for (let i = 0; i < delta && stack.length > 1; i++) unloadTop();
  const top = stack[stack.length - 1];
  if (top !== undefined) pageShown(top);
}
