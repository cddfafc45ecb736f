// createMiniApp in a real browser (Debian's Chromium): the logic thread in a Web Worker running
// the same QuickJS build, the view on a real element, sync APIs over SharedArrayBuffer, storage
// and answers in localStorage. The README's browser example runs as written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject, writeBundle } from '../../../../compiler/index.js';
import { fixture, template } from '../../../helpers/app.js';
import { appPageHtml, launchChromium, serve, type StaticServer } from '../../../helpers/browser.js';
import { chromiumSkip } from '../../../helpers/chromium.js';
import { readmeBlock } from '../../../helpers/readme.js';

const browserBuild = fileURLToPath(new URL('../../../../dist/browser/', import.meta.url));
let bundles: string;

/** A page running the `apis` fixture, exposing a case runner to the test. */
const APIS_PAGE = `<!doctype html>
<meta charset="utf-8" />
<div id="app"></div>
<script type="module">
  import { createBrowserHost, createMiniApp, fetchBundle } from '/miniapp/miniapp.js';
  const app = createMiniApp({ bundle: await fetchBundle('/apis/'), container: document.querySelector('#app'), host: createBrowserHost() });
  window.errors = [];
  app.on('error', (error) => window.errors.push(error.message));
  await app.ready;
  window.app = app;
  window.runCase = async (name) => {
    document.getElementById(name).click();
    await app.settled();
    return JSON.parse(document.querySelector('#out').textContent);
  };
  window.started = true;
</script>`;

/** Three demo apps in a WorkerPool of two apps per worker, each in its own container. */
const POOL_PAGE = `<!doctype html>
<meta charset="utf-8" />
<div id="a"></div><div id="b"></div><div id="c"></div>
<script type="module">
  import { createMiniApp, fetchBundle, WorkerPool } from '/miniapp/miniapp.js';
  const bundle = await fetchBundle('/demo/');
  const pool = new WorkerPool({ appsPerWorker: 2 });
  window.errors = [];
  window.apps = ['a', 'b', 'c'].map((id) => {
    const app = createMiniApp({ bundle, container: document.getElementById(id), workers: pool });
    app.on('error', (error) => window.errors.push(error.message));
    return app;
  });
  await Promise.all(window.apps.map((app) => app.ready.then(() => app.settled())));
  window.pool = pool;
  window.started = true;
</script>`;

/** The worker fixture: its Worker computes in its own QuickJS context inside the Web Worker. */
const WORKER_PAGE = appPageHtml('/worker/');

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  bundles = mkdtempSync(join(tmpdir(), 'miniapp-browser-'));
  writeBundle(compileProject(template('services')).bundle, join(bundles, 'services'));
  writeBundle(compileProject(fixture('apis')).bundle, join(bundles, 'apis'));
  writeBundle(compileProject(template('demo')).bundle, join(bundles, 'demo'));
  writeBundle(compileProject(fixture('worker')).bundle, join(bundles, 'worker'));
  server = await serve([
    { prefix: '/miniapp/', dir: browserBuild },
    { prefix: '/services/', dir: join(bundles, 'services') },
    { prefix: '/apis/', dir: join(bundles, 'apis') },
    { prefix: '/demo/', dir: join(bundles, 'demo') },
    { path: '/pool.html', html: POOL_PAGE },
    { prefix: '/worker/', dir: join(bundles, 'worker') },
    { path: '/worker.html', html: WORKER_PAGE },
    { path: '/readme.html', html: readmeBlock('### In a browser', 'html') },
    { path: '/apis.html', html: APIS_PAGE },
  ]);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (bundles !== undefined) rmSync(bundles, { recursive: true, force: true });
});

/** Opens a page, collecting its console lines and accepting its dialogs (noting their text). */
async function open(path: string) {
  const page = await browser.context.newPage();
  const lines: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(`${server.origin}${path}`);
  return { page, lines, dialogs };
}

async function waitForLine(lines: string[], count: number): Promise<void> {
  for (let i = 0; i < 200 && lines.length < count; i++) await new Promise((r) => setTimeout(r, 50));
}

describe.skipIf(chromiumSkip !== undefined)('in Chromium', () => {
  it('the README\'s browser example runs: prompts, location, storage kept in localStorage across reloads', async () => {
    const { page, lines, dialogs } = await open('/readme.html');
    await waitForLine(lines, 1);
    expect(lines).toEqual(['log: Visit 1 | 39.9087, 116.3975']);
    expect(dialogs).toEqual(['Agree to wxservicesdemo01 privacy terms?', 'Allow scope.userLocation? to find shops near you']);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    // The page's own DOM holds the page, rendered by the view.
    expect(await page.locator('#app page wx-view.visits').textContent()).toBe('Visit 1');
    lines.length = 0;
    await page.reload();
    await waitForLine(lines, 1);
    expect(lines).toEqual(['log: Visit 2 | 39.9087, 116.3975']);
    expect(dialogs).toHaveLength(2);
    await page.close();
  }, 60_000);

  it('sync APIs block the worker on Atomics.wait and answer, large values included; the UI layer is real DOM', async () => {
    const { page, lines } = await open('/apis.html');
    await page.waitForFunction(() => (window as unknown as { started?: boolean }).started === true, undefined, { timeout: 20_000 });
    const run = (name: string) => page.evaluate((n) => (window as unknown as { runCase(n: string): Promise<unknown> }).runCase(n), name);
    expect(await run('storageSync')).toEqual([42, '', ['n'], '']);
    expect(await run('storageLarge')).toEqual([20000, 'item 19999 ✓', true]);
    expect(await run('system')).toMatchObject({ screenWidth: 375, errMsg: false });
    await page.evaluate(() => document.getElementById('modal')!.click());
    await page.locator('wx-modal-button.confirm').click();
    await page.waitForFunction(() => document.querySelector('#out')!.textContent!.includes('showModal'));
    expect(JSON.parse((await page.locator('#out').textContent())!)).toEqual({ confirm: true, cancel: false, errMsg: 'showModal:ok' });
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    expect(lines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
    await page.close();
  }, 60_000);

  it('a WorkerPool runs several apps in one Web Worker, each as if alone', async () => {
    const { page, lines } = await open('/pool.html');
    await page.waitForFunction(() => (window as unknown as { started?: boolean }).started === true, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { pool: { sizes: number[] } }).pool.sizes)).toEqual([2, 1]);
    // Taps in the first and second app (same worker) and the third (another) each count apart.
    await page.click('#a #inc');
    await page.click('#a #inc');
    await page.click('#b #inc');
    await page.evaluate(() => Promise.all((window as unknown as { apps: { settled(): Promise<void> }[] }).apps.map((app) => app.settled())));
    const counts = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.querySelector(`#${id} .count`)!.textContent));
    expect(counts).toEqual(['2', '1', '0']);
    await page.evaluate(() => (window as unknown as { apps: { close(): Promise<void> }[] }).apps[0].close());
    expect(await page.evaluate(() => (window as unknown as { pool: { sizes: number[] } }).pool.sizes)).toEqual([1, 1]);
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    expect(lines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  it("an app's Worker (wx.createWorker) runs from the fetched bundle's workers.js", async () => {
    const { page } = await open('/worker.html');
    await page.waitForFunction(() => (window as unknown as { started?: boolean }).started === true, undefined, { timeout: 30_000 });
    await page.click('#fib');
    await page.evaluate(() => (window as unknown as { app: { settled(): Promise<void> } }).app.settled());
    expect(JSON.parse((await page.textContent('#out'))!)).toEqual({ type: 'fib', n: 20, result: 6765 });
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    await page.close();
  });

  it('a page that is not cross-origin isolated gets a clear error, not a hang', async () => {
    const plain = await serve([
      { prefix: '/miniapp/', dir: browserBuild },
      { prefix: '/apis/', dir: join(bundles, 'apis') },
    { prefix: '/demo/', dir: join(bundles, 'demo') },
    { path: '/pool.html', html: POOL_PAGE },
    { prefix: '/worker/', dir: join(bundles, 'worker') },
    { path: '/worker.html', html: WORKER_PAGE },
      { path: '/apis.html', html: APIS_PAGE },
    ], false);
    try {
      const page = await browser.context.newPage();
      // The error is thrown by the page's script: the first page error is the one (each step has
      // its own deadline, so a slow machine fails naming the step, not the whole test's timeout).
      const thrown = page.waitForEvent('pageerror', { timeout: 20_000 });
      await page.goto(`${plain.origin}/apis.html`, { waitUntil: 'commit', timeout: 20_000 });
      expect((await thrown).message).toBe('miniapp needs SharedArrayBuffer: serve the page with "Cross-Origin-Opener-Policy: same-origin" and "Cross-Origin-Embedder-Policy: require-corp"');
      await page.close();
    } finally {
      await plain.close();
    }
  }, 60_000);
});
