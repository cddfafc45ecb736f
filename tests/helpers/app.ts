// Starting a fixture app headless for a test: compile, a happy-dom window, the real worker.
import { Window, type IOptionalBrowserSettings } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { compileProject } from '../../compiler/index.js';
import { createMiniApp, type MiniApp, type MiniAppEvents, type MiniAppOptions } from '../../runtime/host/index.js';
import { toWxml } from '../../runtime/view/snapshot.js';
import { writtenSelector } from '../../runtime/view/written_selector.js';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const template = (name: string) => fileURLToPath(new URL(`../../templates/${name}`, import.meta.url));

export interface TestApp {
  app: MiniApp;
  window: Window;
  errors: MiniAppEvents['error'][];
  logs: MiniAppEvents['log'][];
  /** The current page's root element. */
  page(): Element;
  /**
   * The first element of the current page matching `selector`, where `.name` is a class as a
   * template wrote it: the DOM name of the class in any page's or component's style scope.
   */
  query(selector: string): Element | null;
  /** Every element matching `selector` (classes as in `query`). */
  queryAll(selector: string): Element[];
  /** Clicks the element matching `selector` in the current page and waits for the app to settle. */
  tap(selector: string): Promise<void>;
  text(selector: string): string;
  wxml(): string;
  close(): Promise<void>;
}

/** Starts the app of `dir`; `settings` are the happy-dom window's (a canvas adapter, …). */
export async function startApp(dir: string, options: Partial<Omit<MiniAppOptions, 'bundle' | 'container'>> = {}, settings?: IOptionalBrowserSettings): Promise<TestApp> {
  const { bundle } = compileProject(dir);
  const window = new Window({ url: 'https://miniapp.test/', settings });
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, ...options });
  const errors: TestApp['errors'] = [];
  const logs: TestApp['logs'] = [];
  app.on('error', (e) => errors.push(e));
  app.on('log', (l) => logs.push(l));
  await app.settled();
  const page = () => {
    const root = app.view.currentPage?.root;
    if (root === undefined) throw new Error('no page is shown');
    return root;
  };
  const scopes = Object.values(bundle.manifest.components).flatMap((c) => (c.style === undefined ? [] : [c.style.scope]));
  const scoped = (selector: string) => writtenSelector(selector, scopes);
  const query = (selector: string) => page().querySelector(scoped(selector));
  return {
    app,
    window,
    errors,
    logs,
    page,
    query,
    queryAll: (selector) => Array.from(page().querySelectorAll(scoped(selector))),
    async tap(selector) {
      const target = query(selector);
      if (target === null) throw new Error(`no element matches ${selector}`);
      target.dispatchEvent(new window.MouseEvent('click', { bubbles: true }) as unknown as Event);
      await app.settled();
    },
    text(selector) {
      const element = query(selector);
      if (element === null) throw new Error(`no element matches ${selector}`);
      return element.textContent ?? '';
    },
    wxml: () => toWxml(app.view),
    async close() {
      await app.close();
      await window.happyDOM.close();
    },
  };
}
