// The page stack and opening pages.
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
