// `miniapp dev` on the services template, in Chromium: the devtools' mock host answers the app's
// privacy and location prompts in the simulator, the Bridge panel lists every call with its
// permission decision, and the Storage panel shows, edits and clears what the app stored, which
// the app reads on its next start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkip } from '../helpers/chromium.js';
import { openDevtools, type DevSession } from '../helpers/devtools.js';

let dev: DevSession;
beforeAll(async () => {
  dev = await openDevtools('services');
}, 60_000);
afterAll(async () => {
  await dev?.close();
});

const screen = () => dev.page.locator('.phone .app-container');
const sheet = () => dev.page.locator('.phone .user-sheet');

describe.skipIf(chromiumSkip !== undefined)('miniapp dev on the services template', () => {
  it('prompts are answered in the simulator; the Bridge panel shows each call and its permission decision', async () => {
    const { page } = dev;
    await screen().getByText('Visit 1').waitFor();
    await dev.openPanel('Bridge');
    await page.locator('.bridge-panel tr.call[data-api="setStorageSync"]').waitFor();

    await screen().locator('#locate').click();
    await sheet().filter({ hasText: 'Privacy terms' }).waitFor();
    await sheet().locator('button.allow').click();
    await sheet().filter({ hasText: 'Allow scope.userLocation?' }).waitFor();
    expect(await sheet().textContent()).toContain('to find shops near you');
    await dev.screenshot('bridge-prompt');
    await sheet().locator('button.allow').click();
    await screen().getByText(/^\d+\.\d{4}, \d+\.\d{4}$/).waitFor();

    const call = page.locator('.bridge-panel tr.call[data-api="getLocation"]');
    await call.waitFor();
    expect(await call.locator('.permission').textContent()).toBe('privacy asked: agreed · scope.userLocation granted (asked now)');
    expect(await call.locator('.ok').textContent()).toBe('getLocation:ok');
    expect(await call.locator('.args').textContent()).toContain('"type":"gcj02"');
    await call.click();
    await page.locator('.bridge-panel .side-pane .json-row[data-path="latitude"]').waitFor();
    await dev.screenshot('bridge');

    // Asked once: the next call is granted without asking.
    await screen().locator('#locate').click();
    await expect.poll(() => call.count()).toBe(2);
    expect(await call.last().locator('.permission').textContent()).toBe('privacy agreed · scope.userLocation granted');
  }, 60_000);

  it('the Storage panel shows the app\'s storage; an edit is what the app reads on its next start; clearing empties it', async () => {
    const { page } = dev;
    await dev.openPanel('Storage');
    const visits = page.locator('.storage-panel tr[data-key="visits"] td.value');
    await expect.poll(() => visits.textContent()).toBe('1');

    // Storage is kept across a cold start.
    await dev.openPanel('Performance');
    await page.locator('button', { hasText: 'Cold start again' }).click();
    await screen().getByText('Visit 2').waitFor();

    await dev.openPanel('Storage');
    await expect.poll(() => visits.textContent()).toBe('2');
    await visits.click();
    const editor = visits.locator('textarea');
    await editor.fill('not json');
    await editor.press('Enter');
    await expect.poll(() => page.locator('.storage-panel .problem').textContent()).toContain('not JSON');
    await editor.fill('41');
    await editor.press('Enter');
    await expect.poll(() => visits.textContent()).toBe('41');
    await page.locator('.storage-panel input[aria-label="new key"]').fill('note');
    await page.locator('.storage-panel input[aria-label="new value"]').fill('{"from":"devtools"}');
    await page.locator('.storage-panel button', { hasText: 'Add' }).click();
    await page.locator('.storage-panel tr[data-key="note"]').waitFor();
    await dev.screenshot('storage');

    await page.locator('header button', { hasText: 'Reload' }).click();
    await screen().getByText('Visit 42').waitFor();

    await page.locator('.storage-panel button', { hasText: 'Clear storage' }).click();
    await page.locator('.storage-panel td.empty', { hasText: 'Storage is empty.' }).waitFor();
    await page.locator('header button', { hasText: 'Reload' }).click();
    await screen().getByText('Visit 1').waitFor();
    expect(dev.output.filter((line) => line.startsWith('pageerror'))).toEqual([]);
  }, 60_000);
});
