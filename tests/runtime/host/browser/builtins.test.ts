// The built-in components in real Chromium: the kitchen-sink page of the `builtins` fixture renders
// as its reference screenshot does (within a small tolerance: font rasterising may move a few
// pixels), and real clicks on a switch, a checkbox, a picker and a form's submit button reach the
// logic thread as WeChat's events. MINIAPP_UPDATE_SCREENSHOTS=1 writes the reference instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject, writeBundle } from '../../../../compiler/index.js';
import { fixture } from '../../../helpers/app.js';
import { appPageHtml, launchChromium, serve, type StaticServer } from '../../../helpers/browser.js';
import { chromiumSkip } from '../../../helpers/chromium.js';
import { compareWithReference } from '../../../helpers/png.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const browserBuild = join(root, 'dist/browser/');
const reference = join(root, 'tests/fixtures/builtins/kitchen-sink.png');
const artifacts = join(root, '.artifacts/kitchen-sink');
let bundles: string;

/** The app on a 375 px wide container (the simulated phone's width), exposing its log to the test. */
const PAGE = appPageHtml('/builtins/', '<style>html, body { margin: 0; background: #fff; } #app { width: 375px; }</style>\n');

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  bundles = mkdtempSync(join(tmpdir(), 'miniapp-builtins-'));
  writeBundle(compileProject(fixture('builtins')).bundle, join(bundles, 'builtins'));
  server = await serve([
    { prefix: '/miniapp/', dir: browserBuild },
    { prefix: '/builtins/', dir: join(bundles, 'builtins') },
    { path: '/builtins.html', html: PAGE },
  ]);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (bundles !== undefined) rmSync(bundles, { recursive: true, force: true });
});

async function open(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 375, height: 1600 });
  await page.goto(`${server.origin}/builtins.html`);
  await page.waitForFunction(() => (window as unknown as { started?: boolean }).started === true, undefined, { timeout: 20_000 });
  return page;
}

const settled = (page: Page) => page.evaluate(() => (window as unknown as { settled(): Promise<void> }).settled());

async function log(page: Page): Promise<{ type: string; id: string; detail: unknown }[]> {
  await settled(page);
  return JSON.parse((await page.locator('#log').textContent()) ?? '[]');
}

describe.skipIf(chromiumSkip !== undefined)('built-in components in Chromium', () => {
  it('the kitchen sink renders as its reference screenshot', async () => {
    const page = await open();
    // Fonts and the image decoded, no timer pending.
    await page.evaluate(() => document.fonts.ready);
    await settled(page);
    const shot = await page.locator('#app page').screenshot({ animations: 'disabled', caret: 'hide' });
    const result = compareWithReference(shot, reference, artifacts, process.env.MINIAPP_UPDATE_SCREENSHOTS === '1');
    expect(result.problem).toBeNull();
    // At most 0.1% of the pixels (about 440) may differ, for text antialiasing; a component drawn
    // otherwise differs by more (a switch alone is 52×32 px).
    expect(result.different / result.total).toBeLessThan(0.001);
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    await page.close();
  }, 60_000);

  it('clicks on a switch, a checkbox, a picker and a submit button reach the logic thread as WeChat\'s events', async () => {
    const page = await open();
    const before = (await log(page)).length;
    await page.locator('#switch').click();
    await page.locator('#check-b').click();
    await settled(page);
    await page.locator('#picker').click();
    await page.locator('wx-picker-sheet-item[data-index="2"]').click();
    await page.locator('wx-picker-sheet-confirm').click();
    await settled(page);
    await page.locator('#submit').click();
    const events = (await log(page)).slice(before);
    expect(events).toEqual([
      { type: 'change', id: 'switch', detail: { value: false } },
      { type: 'change', id: 'checks', detail: { value: ['a', 'b'] } },
      { type: 'change', id: 'picker', detail: { value: 2 } },
      {
        type: 'submit',
        id: 'form',
        detail: { value: { input: '', note: 'first line', switch: false, checks: ['a', 'b'], radio: 'x', slider: 20, fruit: 2, custom: 'custom value' }, formId: '' },
      },
    ]);
    // The picker shows what was chosen; the sheet is gone.
    expect(await page.locator('wx-picker-sheet').count()).toBe(0);
    await page.close();
  }, 60_000);
});
