// MiniApp.memoryUsage(): what a running app's parts measure of themselves — the logic thread's
// QuickJS heap (QuickJS's own count) inside its wasm memory, the worker's own JS heap, the view's
// elements — and that the figures follow what the app holds.
import { describe, expect, it } from 'vitest';
import { startApp, template } from '../../helpers/app.js';

const WASM_PAGE = 64 * 1024;

describe('memoryUsage()', () => {
  it('reports the QuickJS heap within its wasm memory, the worker\'s heap and the view\'s elements', async () => {
    const t = await startApp(template('shop'));
    const usage = await t.app.memoryUsage();
    expect(usage).not.toBeNull();
    const { logic, view } = usage!;
    expect(logic.quickjsBytes).toBeGreaterThan(0);
    expect(logic.quickjsObjects).toBeGreaterThan(0);
    // QuickJS's heap lives in the wasm memory, which is whole pages and at least the build's 16 MB.
    expect(logic.quickjsBytes).toBeLessThan(logic.wasmBytes);
    expect(logic.wasmBytes % WASM_PAGE).toBe(0);
    expect(logic.wasmBytes).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    // Node measures the worker's own heap.
    expect(logic.workerHeap!.usedBytes).toBeGreaterThan(0);
    expect(logic.workerHeap!.usedBytes).toBeLessThanOrEqual(logic.workerHeap!.totalBytes);
    // The view's count is the container's elements.
    expect(view.elements).toBe(t.window.document.body.getElementsByTagName('*').length);
    expect(view.elements).toBeGreaterThan(0);
    // Asking is a task like any other: the app is settled afterwards.
    await t.app.settled({ timers: 0 });
    await t.close();
  });

  it('grows with what the mini-program holds, and is null once the app is closed', async () => {
    const t = await startApp(template('demo'), { devtools: true });
    const before = (await t.app.memoryUsage())!.logic;
    // The page keeps a 900 KB string in its data (under setData's 1024 KB limit): QuickJS's count sees it.
    const inspection = await t.app.inspect();
    const page = inspection.components.find((c) => c.page)!;
    t.app.editData(page.id, { kept: 'x'.repeat(900 * 1024) });
    await t.app.settled({ timers: 0 });
    expect(t.errors).toEqual([]);
    const after = (await t.app.memoryUsage())!.logic;
    expect(after.quickjsBytes - before.quickjsBytes).toBeGreaterThan(800 * 1024);
    expect(after.quickjsBytes).toBeLessThan(after.wasmBytes);
    await t.close();
    expect(await t.app.memoryUsage()).toBeNull();
  });
});
