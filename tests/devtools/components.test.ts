// `miniapp dev` on the shop template (tabs, @vant/weapp components from npm), in Chromium: the
// Elements panel shows custom components by their tags, and selecting one shows its properties
// and data and marks it in the simulator; a checkout pays through the devtools' mock host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevtools, type DevSession } from '../helpers/devtools.js';

let dev: DevSession;
beforeAll(async () => {
  dev = await openDevtools('shop');
}, 60_000);
afterAll(async () => {
  await dev?.close();
});

describe('miniapp dev on the shop template', () => {
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
});
