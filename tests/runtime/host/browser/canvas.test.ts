// `<canvas type="2d">` in real Chromium: what the logic thread's Canvas object draws (the `canvas`
// fixture) is drawn on the view's canvas element, pixel for pixel where it is plain.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject, writeBundle } from '../../../../compiler/index.js';
import { fixture } from '../../../helpers/app.js';
import { appPageHtml, launchChromium, serve, type StaticServer } from '../../../helpers/browser.js';
import { chromiumSkip } from '../../../helpers/chromium.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

const PAGE = appPageHtml('/canvas/');

let bundles: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  bundles = mkdtempSync(join(tmpdir(), 'miniapp-canvas-'));
  writeBundle(compileProject(fixture('canvas')).bundle, join(bundles, 'canvas'));
  writeBundle(compileProject(fixture('canvas-legacy')).bundle, join(bundles, 'canvas-legacy'));
  server = await serve([
    { prefix: '/miniapp/', dir: join(root, 'dist/browser/') },
    { prefix: '/canvas/', dir: join(bundles, 'canvas') },
    { path: '/canvas.html', html: PAGE },
    { prefix: '/canvas-legacy/', dir: join(bundles, 'canvas-legacy') },
    { path: '/canvas-legacy.html', html: appPageHtml('/canvas-legacy/') },
  ]);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (bundles !== undefined) rmSync(bundles, { recursive: true, force: true });
});

describe.skipIf(chromiumSkip !== undefined)('canvases in Chromium', () => {
  it("draws what the logic thread's context drew", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/canvas.html`);
    await page.waitForFunction(() => (window as unknown as { started?: boolean }).started === true, undefined, { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('#frames')?.textContent === '3' && /^loaded/.test(document.querySelector('#image')?.textContent ?? ''), undefined, { timeout: 20_000 });
    await page.evaluate(() => (window as unknown as { settled(): Promise<void> }).settled());
    const pixels = await page.evaluate(() => {
      const canvas = document.querySelector('#board > canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data);
      return { size: [canvas.width, canvas.height], rect: at(100, 50), image: at(10, 10), empty: at(390, 190) };
    });
    // 400 × 200, scaled by 2: fillRect(10, 10, 50, 20) in red; the 3 × 2 red PNG drawn over 30 × 20 at 0, 0.
    expect(pixels).toEqual({ size: [400, 200], rect: [255, 0, 0, 255], image: [255, 0, 0, 255], empty: [0, 0, 0, 0] });
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    expect(await page.locator('#gl wx-unsupported-box').textContent()).toBe('<canvas type="webgl"> is not supported here');
    await page.close();
  }, 60_000);

  it('draws what wx.createCanvasContext drew on the old canvas, its image loaded first, on a bitmap the size of its box', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/canvas-legacy.html`);
    await page.waitForFunction(() => document.querySelector('#drawn')?.textContent === '1', undefined, { timeout: 20_000 });
    const pixels = await page.evaluate(() => {
      const canvas = document.querySelector('wx-canvas > canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d')!;
      const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data);
      return { size: [canvas.width, canvas.height], rect: at(40, 5), image: at(135, 20), empty: at(190, 95) };
    });
    // Its box is 200 × 100 px; fillRect(0, 0, 50, 25) in red; the 3 × 2 red PNG over 30 × 20 at 120, 10.
    expect(pixels).toEqual({ size: [200, 100], rect: [255, 0, 0, 255], image: [255, 0, 0, 255], empty: [0, 0, 0, 0] });
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([]);
    await page.close();
  }, 60_000);
});
