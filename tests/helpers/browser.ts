// Browser tests: Chromium (Debian's, or the one MINIAPP_CHROMIUM names: ./chromium.ts) driven by
// playwright-core, and a static server that sends the cross-origin isolation headers
// SharedArrayBuffer needs. Both are shared with the browser benchmarks (bench/browser/chromium.ts).
import type { BrowserContext } from 'playwright-core';
import { launchChromiumAt } from '../../bench/browser/chromium.js';
import { chromiumExecutable } from './chromium.js';

export { serve, type Route, type StaticServer } from '../../bench/browser/chromium.js';

/** The tests' Chromium (./chromium.ts), headless, with a fresh profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  return launchChromiumAt(chromiumExecutable());
}

/**
 * A page that runs the bundle served at `bundle` (`/canvas/`) in `#app`, with the browser host on
 * sessionStorage, and gives the test `window.app`, `errors` (the app's error messages),
 * `settled()` and `started` (true once the first page is ready). `head` goes before `#app`.
 */
export function appPageHtml(bundle: string, head = ''): string {
  return `<!doctype html>
<meta charset="utf-8" />
${head}<div id="app"></div>
<script type="module">
  import { createBrowserHost, createMiniApp, fetchBundle } from '/miniapp/miniapp.js';
  const app = createMiniApp({ bundle: await fetchBundle('${bundle}'), container: document.querySelector('#app'), host: createBrowserHost({ storage: sessionStorage }) });
  window.app = app;
  window.errors = [];
  app.on('error', (error) => window.errors.push(error.message));
  await app.ready;
  window.settled = () => app.settled();
  window.started = true;
</script>`;
}
