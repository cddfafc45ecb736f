// Storage through the bridge: callbacks, Promises and sync forms; WeChat's limits and errors;
// isolation per app id; the file-backed store of the default Node host.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createNodeHost } from '../../runtime/host/index.js';
import { fixture } from '../helpers/app.js';
import { appsOf, runCase } from '../helpers/cases.js';

const dataDir = mkdtempSync(join(tmpdir(), 'miniapp-storage-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const start = appsOf(fixture('apis'), afterEach);

describe('storage APIs', () => {
  it('set and get with callbacks answer WeChat results', async () => {
    const t = await start();
    expect(await runCase(t, 'storageAsync')).toEqual(['setStorage:ok', 'getStorage:ok', { text: 'hi', n: 1 }]);
  });

  it('without callbacks an API returns a Promise that rejects with the failure', async () => {
    const t = await start();
    expect(await runCase(t, 'storagePromise')).toEqual(['rejected', 'getStorage:fail data not found']);
  });

  it('complete runs after success', async () => {
    const t = await start();
    expect(await runCase(t, 'storageComplete')).toEqual(['removeStorage:ok', 'complete removeStorage:ok']);
  });

  it('sync forms return values; a missing key reads as an empty string', async () => {
    const t = await start();
    expect(await runCase(t, 'storageSync')).toEqual([42, '', ['n'], '']);
  });

  it('arguments are validated before any handler runs, with WeChat\'s parameter errors', async () => {
    const t = await start();
    expect(await runCase(t, 'storageBadArgs')).toBe('setStorage:fail parameter error: parameter.key should be String instead of Number;');
    expect(await runCase(t, 'storageSyncThrows')).toEqual([true, 'setStorageSync:fail parameter error: parameter.key should be String instead of Number;']);
    expect(await runCase(t, 'cyclic')).toMatch(/^setStorage:fail parameter error: .*circular/i);
  });

  it('refuses an item over 1 MB and a store over 10 MB', async () => {
    const t = await start();
    expect(await runCase(t, 'storageItemTooBig')).toBe('setStorage:fail exceed storage item max length');
    const [stored, errMsg, currentSize] = (await runCase(t, 'storageTotal')) as [number, string, number];
    expect(stored).toBe(10);
    expect(errMsg).toBe('setStorage:fail exceed storage max size 10Mb');
    expect(currentSize).toBeLessThanOrEqual(10240);
    expect(currentSize).toBeGreaterThan(9700);
  });

  it('a sync answer larger than the shared buffer arrives whole', async () => {
    const t = await start();
    expect(await runCase(t, 'storageLarge')).toEqual([20000, 'item 19999 ✓', true]);
  });

  it('a key named __proto__ is an ordinary key, on both sides', async () => {
    const t = await start();
    expect(await runCase(t, 'storageProto')).toEqual([{ polluted: true }, true]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('clearStorage removes every key', async () => {
    const t = await start();
    expect(await runCase(t, 'storageClear')).toEqual([]);
  });

  it('persists in the data directory, per app id and user', async () => {
    const first = await start({ host: createNodeHost({ dataDir }) });
    await runCase(first, 'storageAsync');
    await first.close();
    const again = await start({ host: createNodeHost({ dataDir }) });
    expect(await runCase(again, 'storageAsync')).toEqual(['setStorage:ok', 'getStorage:ok', { text: 'hi', n: 1 }]);
    const file = join(dataDir, 'wxapitest0000001', 'default', 'storage.json');
    expect(JSON.parse(JSON.parse(readFileSync(file, 'utf8')).greeting)).toEqual({ text: 'hi', n: 1 });

    const otherApp = await start({ host: createNodeHost({ dataDir, appId: 'wxother' }) });
    expect(await runCase(otherApp, 'storagePromise')).toEqual(['rejected', 'getStorage:fail data not found']);
    expect(await runCase(otherApp, 'storageSync')).toEqual([42, '', ['n'], '']);
    const otherUser = await start({ host: createNodeHost({ dataDir, user: 'alice' }) });
    expect(await runCase(otherUser, 'storageSync')).toEqual([42, '', ['n'], '']);
  });
});
