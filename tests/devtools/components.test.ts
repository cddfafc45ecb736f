// `miniapp dev` on the shop template (tabs, @vant/weapp components from npm), in Chromium: the
// Elements panel shows custom components by their tags, and selecting one shows its properties
// and data and marks it in the simulator.
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
});
