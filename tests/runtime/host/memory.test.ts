// MiniApp.memoryUsage(): what a running app's parts measure of themselves — the logic thread's
// QuickJS heap (QuickJS's own count) inside its wasm memory, the worker's own JS heap, the view's
// elements — and that the figures follow what the app holds.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collector } from '../../../cli/memory.js';
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

  it("does not keep the framework's or the app's code in the worker once QuickJS has evaluated it", async () => {
    // With gc exposed before the workers start, each worker measures its heap after a collection.
    collector();
    const dir = mkdtempSync(join(tmpdir(), 'miniapp-code-kept-'));
    const heapOf = async (padding: number): Promise<number> => {
      cpSync(template('blank'), dir, { recursive: true });
      // app.js carries `padding` characters of code: logic.js, which the worker receives at boot, grows by them.
      writeFileSync(join(dir, 'app.js'), `const PADDING = '${'x'.repeat(padding)}';\nApp({ globalData: { padding: PADDING.length } });\n`);
      const t = await startApp(dir);
      expect(t.errors).toEqual([]);
      const heap = (await t.app.memoryUsage())!.logic.workerHeap!.usedBytes;
      await t.close();
      return heap;
    };
    try {
      const small = await heapOf(0);
      const large = await heapOf(1536 * 1024);
      // Kept, 1.5 MB of logic.js would stay in the worker's heap for the app's life (with the
      // framework's 165 KB); QuickJS holds its own copy, in its wasm memory.
      expect(large - small).toBeLessThan(512 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
