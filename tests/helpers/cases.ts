// Fixtures whose page has one tappable element per case (`#<case>`) and shows what the case's API
// calls answered, as JSON, in `#out`.
import { startApp, type TestApp } from './app.js';

/** Taps case `name`, waits for the app to settle and returns what the page shows in #out. */
export async function runCase(t: TestApp, name: string): Promise<unknown> {
  await t.tap(`#${name}`);
  const text = t.text('#out');
  if (text === '') throw new Error(`case ${name} showed nothing`);
  return JSON.parse(text) as unknown;
}

/** Clicks an element of the view's UI layer (a modal's button) and waits for the app to settle. */
export async function tapUi(t: TestApp, selector: string): Promise<void> {
  const target = t.app.view.ui.root.querySelector(selector);
  if (target === null) throw new Error(`no UI element matches ${selector}`);
  target.dispatchEvent(new t.window.MouseEvent('click', { bubbles: true }) as unknown as Event);
  await t.app.settled();
}

/**
 * Starts apps of one fixture for a test file and closes them after each test: `start(options)`
 * returns a started app, every one of them closed by the `afterEach` this registers.
 */
export function appsOf(fixtureDir: string, afterEach: (fn: () => Promise<void>) => void): (options?: Parameters<typeof startApp>[1]) => Promise<TestApp> {
  let open: TestApp[] = [];
  afterEach(async () => {
    await Promise.all(open.map((t) => t.close()));
    open = [];
  });
  return async (options = {}) => {
    const t = await startApp(fixtureDir, options);
    open.push(t);
    return t;
  };
}
