// `miniapp dev` on the shop template (tabs, @vant/weapp components from npm), in Chromium: the
// Elements panel shows custom components by their tags, and selecting one shows its properties
// and data and marks it in the simulator; a checkout pays through the devtools' mock host; the QR
// code of the page shown reads back as its address, query included.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkip } from '../helpers/chromium.js';
import { openDevtools, type DevSession } from '../helpers/devtools.js';

// jsqr is CommonJS with a `default` export: Node gives the function itself, its types the module.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as typeof jsQRModule.default;

let dev: DevSession;
beforeAll(async () => {
  dev = await openDevtools('shop');
}, 60_000);
afterAll(async () => {
  await dev?.close();
});

describe.skipIf(chromiumSkip !== undefined)('miniapp dev on the shop template', () => {
  it('Elements shows the components of a library with their properties and data', async () => {
    const { page } = dev;
    await dev.openPanel('Elements');
    const cell = page.locator('.wxml-tree .node', { hasText: /^<van-cell id="product-1"/ });
    await cell.waitFor();
    await cell.click();
    const side = page.locator('.elements-panel .side-pane');
    await expect.poll(() => side.locator('h3').first().textContent()).toMatch(/^<van-cell> .*cell\/index$/);
    const properties = side.locator('.side-section', { has: page.locator('.side-title', { hasText: /^Component$/ }) }).locator('table.kv').first();
    expect(await properties.textContent()).toContain('title');
    await page.locator('.highlight:not([hidden])').waitFor();
    await dev.screenshot('elements-components');
    expect(dev.output.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  }, 60_000);

  it('a checkout signs in and pays: the payment is confirmed in the simulator, and the Bridge panel lists the calls', async () => {
    const { page } = dev;
    const screen = page.locator('.phone .app-container');
    await screen.locator('#product-1').click();
    await screen.locator('#add').click();
    await screen.locator('miniapp-tab[data-index="1"]').click();
    await screen.locator('#checkout').click();
    const sheet = page.locator('.phone .user-sheet', { hasText: 'Pay ¥' });
    await sheet.waitFor();
    await dev.screenshot('payment');
    await sheet.locator('button.allow').click();
    await dev.openPanel('Bridge');
    const pay = page.locator('.bridge-panel tr.call[data-api="requestPayment"]');
    await pay.waitFor();
    expect(await pay.locator('.ok').textContent()).toBe('requestPayment:ok');
    for (const api of ['login', 'request']) expect(await page.locator(`.bridge-panel tr.call[data-api="${api}"] .ok`).count()).toBeGreaterThan(0);
    expect(dev.output.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  }, 60_000);

  it('shows the QR code of the page shown, which reads back as its address with its query', async () => {
    const { page } = dev;
    const screen = page.locator('.phone .app-container');
    await screen.locator('miniapp-tab[data-index="0"]').click();
    await screen.locator('#product-2').click();
    await screen.locator('#name', { hasText: 'Oolong' }).waitFor();
    await page.click('.qr button');
    const image = page.locator('.qr-popover .qr-image');
    await image.waitFor();
    const expected = 'miniapp://miniapp/wxshoptemplate01/pages/detail/detail?id=2';
    expect(await page.locator('.qr-popover .qr-address').textContent()).toBe(expected);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const png = PNG.sync.read(await image.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(expected);
    await dev.screenshot('qr-code');
    await page.keyboard.press('Escape');
    expect(await page.locator('.qr-popover').isHidden()).toBe(true);
    expect(dev.output.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  }, 60_000);
});
