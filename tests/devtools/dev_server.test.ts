// `miniapp dev` on the demo template, in Chromium: the app renders in the simulator; a tap updates
// the Elements and AppData panels; an AppData edit changes the page; editing a file reloads the
// app, and a compile error shows its code frame over the simulator until fixed; Performance shows
// the startup phases with their durations and can cold-start the app again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkip } from '../helpers/chromium.js';
import { openDevtools, type DevSession } from '../helpers/devtools.js';

let dev: DevSession;
beforeAll(async () => {
  dev = await openDevtools('demo');
}, 60_000);
afterAll(async () => {
  await dev?.close();
});

/** The simulated screen. */
const screen = () => dev.page.locator('.phone .app-container');

describe.skipIf(chromiumSkip !== undefined)('miniapp dev on the demo', () => {
  it('serves the devtools on loopback, cross-origin isolated', async () => {
    expect(new URL(dev.url).hostname).toBe('127.0.0.1');
    expect(await dev.page.evaluate(() => crossOriginIsolated)).toBe(true);
  });

  it('renders the app in the simulator; a tap updates the Elements and AppData panels', async () => {
    const { page } = dev;
    await screen().getByText('Hello from miniapp').waitFor();
    await dev.openPanel('Elements');
    const counter = page.locator('.wxml-tree .node', { hasText: /<text class="count/ });
    await expect.poll(() => counter.textContent()).toContain('>0</text>');

    await screen().locator('#inc').click();
    await screen().getByText('Keep going.').waitFor();
    await expect.poll(() => counter.textContent()).toContain('>1</text>');

    // Selecting an element marks it in the simulator and shows its page's data and its classes.
    await counter.click();
    await page.locator('.highlight:not([hidden])').waitFor();
    const side = page.locator('.elements-panel .side-pane');
    await expect.poll(() => side.textContent()).toContain('.count');
    const inPage = side.locator('.side-section', { has: page.locator('.side-title', { hasText: 'In page' }) });
    await expect.poll(() => inPage.locator('.component-is').textContent()).toBe('pages/index/index');
    await dev.screenshot('elements');

    await dev.openPanel('AppData');
    const count = page.locator('.data-group[data-component="pages/index/index"] .json-row[data-path="count"]');
    await expect.poll(() => count.textContent()).toBe('count1');
    await screen().locator('#inc').click();
    await expect.poll(() => count.textContent()).toBe('count2');
    await dev.screenshot('appdata');
  }, 60_000);

  it('an AppData edit is the page\'s setData: the rendered page follows', async () => {
    const { page } = dev;
    await dev.openPanel('AppData');
    const group = page.locator('.data-group[data-component="pages/index/index"]');
    await group.locator('.json-row[data-path="title"] .editable').click();
    const input = group.locator('input.json-input');
    await input.fill('"Edited in AppData"');
    await input.press('Enter');
    await screen().getByText('Edited in AppData').waitFor();

    // Text that is not JSON is refused, and says why, without reaching the app.
    await group.locator('.json-row[data-path="count"] .editable').click();
    await input.fill('many');
    await input.press('Enter');
    expect(await input.getAttribute('class')).toContain('invalid');
    await input.press('Escape');
  }, 60_000);

  it('Performance shows the startup phases with their durations and the setData log', async () => {
    const { page } = dev;
    await dev.openPanel('Performance');
    const phases = page.locator('.waterfall .phase');
    for (const name of ['fetch bundle', 'startRuntime', 'evaluateFramework', 'evaluateScript', 'onLaunch', 'onLoad', 'firstRender', 'onReady']) {
      await page.locator(`.waterfall .phase[data-phase="${name}"]`).waitFor();
    }
    const firstRender = await page.locator('.waterfall .phase[data-phase="firstRender"] .phase-duration').textContent();
    expect(firstRender).toMatch(/^\d+(\.\d+)? ms$/);
    expect(await phases.count()).toBeGreaterThanOrEqual(8);
    // The taps of the earlier test are in the log: the page's setData and the path it changed.
    const taps = page.locator('.set-data-log tr.update', { hasText: 'pages/index/index' });
    await expect.poll(() => taps.count()).toBeGreaterThanOrEqual(2);
    expect(await taps.first().locator('.paths').textContent()).toBe('count');
    await dev.screenshot('performance');

    // A cold start: the page is back to its first data, and its phases are measured again.
    await page.locator('button', { hasText: 'Cold start again' }).click();
    await screen().getByText('Hello from miniapp').waitFor();
    await screen().getByText('Tap + to start counting.').waitFor();
    await page.locator('.waterfall .phase[data-phase="firstRender"]').waitFor();
  }, 60_000);

  it('the Console shows what the app printed', async () => {
    await dev.openPanel('Console');
    await dev.page.locator('.console-lines .line.log', { hasText: 'demo launched at pages/index/index' }).first().waitFor();
    await dev.screenshot('console');
  }, 60_000);

  it('editing a file reloads the app; a compile error shows its code frame over the simulator until fixed', async () => {
    const { page, project } = dev;
    const script = join(project, 'pages/index/index.js');
    writeFileSync(script, readFileSync(script, 'utf8').replace("title: 'Hello from miniapp'", "title: 'Hello after an edit'"));
    await screen().getByText('Hello after an edit').waitFor();

    const wxml = join(project, 'pages/index/index.wxml');
    const good = readFileSync(wxml, 'utf8');
    const broken = good.replace('Tap + to start counting.</view>', 'Tap + to start counting.</vew>');
    expect(broken).not.toBe(good);
    writeFileSync(wxml, broken);
    const overlay = page.locator('.build-error:not([hidden])');
    await overlay.waitFor();
    const diagnostic = overlay.locator('.diagnostic', { hasText: '</vew>' }).first();
    expect(await diagnostic.locator('.diagnostic-head').textContent()).toMatch(/^pages\/index\/index\.wxml:\d+:\d+: error MA\d+: /);
    expect(await diagnostic.locator('.code-frame').textContent()).toMatch(/> *\d+ \|.*<\/vew>/);
    await dev.screenshot('build-error');

    writeFileSync(wxml, good);
    await page.locator('.build-error').waitFor({ state: 'hidden' });
    await screen().getByText('Hello after an edit').waitFor();
  }, 60_000);

  it('an error thrown by the app is in the Console, its place and stack in the project\'s files', async () => {
    const { page, project } = dev;
    const status = page.locator('.build-status');
    const built = await status.textContent();
    const script = join(project, 'pages/index/index.js');
    writeFileSync(script, readFileSync(script, 'utf8').replace('onStep(event) {', "onStep(event) {\n    if (event.currentTarget.dataset.step > 0) throw new Error('step refused');"));
    await expect.poll(() => status.textContent()).not.toBe(built);
    await screen().getByText('Hello after an edit').waitFor();
    await screen().locator('#inc').click();
    await dev.openPanel('Console');
    const line = page.locator('.console-lines .line.error', { hasText: 'step refused' });
    await line.waitFor();
    expect(await line.locator('.source').textContent()).toMatch(/^pages\/index\/index\.js:\d+:\d+$/);
    expect(await line.locator('.stack').textContent()).toContain('pages/index/index.js');
    await dev.screenshot('console');
  }, 60_000);

  it('a device preset changes the screen width, and rpx with it', async () => {
    const { page } = dev;
    const width = () => screen().evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    await page.selectOption('select[aria-label="device"]', 'iPhone 12/13 Pro Max');
    await expect.poll(width).toBe(428);
    expect(before).toBe(375);
    await screen().getByText('Hello after an edit').waitFor();
    expect(dev.output.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  }, 60_000);
});
