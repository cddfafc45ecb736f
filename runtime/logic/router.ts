// The page stack and opening pages. A page is a component instance: Page() pages call their hooks
// (onLoad, onShow, onReady); pages built with Component() also get their component lifetimes.
import type { TemplateNode } from '../../spec/bundle.js';
import { NodeKind } from '../../spec/bundle.js';
import { pageDefinition } from './component/definition.js';
import { ComponentInstance } from './component/instance.js';
import { flushLifetimes, holdLifetimes, releaseLifetimes } from './component/lifecycle.js';
import { definitionOf, defineConfig } from './component/registry.js';
import { post } from './host.js';
import { attachPage, createElement, sendPartsEarly } from './ops.js';
import { afterApplied } from './render_queue.js';
import { reportError } from './report.js';
import { syntheticFile, templateFile, type RuntimeFile } from './template/files.js';
import { TemplateRoot } from './template/root.js';

/** A page instance: a component instance with the page's route and query. */
export type PageInstance = ComponentInstance & { route: string; options: Record<string, string> };

const stack: PageInstance[] = [];

/** `getCurrentPages()`: the page stack, the current page last. */
export function getCurrentPages(): PageInstance[] {
  return stack.slice();
}

function show(page: PageInstance, file: RuntimeFile, query: Record<string, string>): void {
  const def = page.__def;
  const componentPage = !def.isPage;
  stack.push(page);
  if (componentPage) {
    page.__lifetime('created');
    page.__attached = true;
    page.__lifetime('attached');
  }
  page.__call('onLoad', [query], 'onLoad');
  page.__call('onShow', [], 'onShow');
  const root = createElement('page');
  sendPartsEarly(true);
  try {
    holdLifetimes();
    try {
      page.__view = new TemplateRoot(root, file.nodes, { data: page.__renderData, owner: page, host: null, file }, file.scope, { composed: null, shadow: null });
    } finally {
      releaseLifetimes();
    }
    // The components' attached hooks: what they render is still part of the page's first render.
    flushLifetimes();
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
