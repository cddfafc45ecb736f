// The simulator's light/dark switch, in Chromium, on an app with darkmode and a theme.json opened
// with `miniapp dev --theme dark`: the app's bars, data and prefers-color-scheme styles follow the
// switch (not the theme of the system the browser runs on), and a reload keeps the choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/app.js';
import { chromiumSkip } from '../helpers/chromium.js';
import { openDevtools, type DevSession } from '../helpers/devtools.js';

describe.skipIf(chromiumSkip !== undefined)('the devtools theme switch', () => {
  let dev: DevSession;
  beforeAll(async () => {
    dev = await openDevtools('theme', { from: fixture('theme'), args: ['--theme', 'dark'] });
  }, 60_000);
  afterAll(async () => {
    await dev?.close();
  });

  it('switches the simulated phone between dark and light; the app follows, the browser\'s own theme does not matter', async () => {
    const { page } = dev;
    const screen = page.locator('.phone .app-container');
    const card = screen.locator('wx-view.card');
    const toggle = page.locator('.controls .theme-toggle');
    const look = async () => ({
      text: await card.textContent(),
      color: await card.evaluate((e) => getComputedStyle(e).color),
      bar: await screen.locator('miniapp-navbar').evaluate((e) => getComputedStyle(e).backgroundColor),
      tab: await screen.locator('miniapp-tab[data-index="0"]').evaluate((e) => getComputedStyle(e).color),
    });
    // The browser says light: the app is dark all the same, as --theme asked.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await look()).toEqual({ text: 'dark', color: 'rgb(238, 238, 238)', bar: 'rgb(25, 25, 25)', tab: 'rgb(81, 169, 55)' });
    await dev.screenshot('theme-dark');

    await page.emulateMedia({ colorScheme: 'dark' });
    await toggle.click();
    await expect.poll(() => card.textContent()).toBe('light');
    expect(await toggle.textContent()).toBe('☀ Light');
    expect(await look()).toEqual({ text: 'light', color: 'rgb(17, 17, 17)', bar: 'rgb(246, 246, 246)', tab: 'rgb(60, 197, 31)' });
    await dev.openPanel('Console');
    await expect.poll(() => page.locator('.console-panel').textContent()).toContain('App.onThemeChange {"theme":"light"}');
    await dev.screenshot('theme-light');

    await page.reload();
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(dev.output.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  }, 90_000);
});
