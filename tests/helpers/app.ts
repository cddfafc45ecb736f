// Starting a fixture app headless for a test: compile, a happy-dom window, the real worker.
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { compileProject } from '../../compiler/index.js';
import { createMiniApp, type MiniApp, type MiniAppEvents, type MiniAppOptions } from '../../runtime/host/index.js';
import { toWxml } from '../../runtime/view/snapshot.js';

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const template = (name: string) => fileURLToPath(new URL(`../../templates/${name}`, import.meta.url));

export interface TestApp {
  app: MiniApp;
  window: Window;
  errors: MiniAppEvents['error'][];
  logs: MiniAppEvents['log'][];
  /** The current page's root element. */
  page(): Element;
  /** Clicks the element matching `selector` in the current page and waits for the app to settle. */
  tap(selector: string): Promise<void>;
  text(selector: string): string;
  wxml(): string;
  close(): Promise<void>;
}

export async function startApp(dir: string, options: Partial<Omit<MiniAppOptions, 'bundle' | 'container'>> = {}): Promise<TestApp> {
  const { bundle } = compileProject(dir);
  const window = new Window({ url: 'https://miniapp.test/' });
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
  return {
    app,
    window,
    errors,
    logs,
    page,
    async tap(selector) {
      const target = page().querySelector(selector);
      if (target === null) throw new Error(`no element matches ${selector}`);
      target.dispatchEvent(new window.MouseEvent('click', { bubbles: true }) as unknown as Event);
      await app.settled();
    },
    text(selector) {
      const element = page().querySelector(selector);
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
