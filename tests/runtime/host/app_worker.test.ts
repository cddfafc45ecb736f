// A mini-program's Worker (wx.createWorker with app.json's `workers` folder), in the real QuickJS:
// its scripts are built apart from the app's, it runs in a context of its own (no wx, no getApp),
// messages are copied both ways in later tasks, its timers run, one Worker runs at a time, and what
// goes wrong in it (an endless loop, an exception, a require out of its folder) is reported as the
// app's error while the app goes on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileProject, readBundle, writeBundle } from '../../../compiler/index.js';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp | undefined;
afterEach(() => t?.close());

const out = (t: TestApp) => t.text('#out');
const json = (t: TestApp) => JSON.parse(out(t)) as Record<string, unknown>;

describe('wx.createWorker', () => {
  it("builds the Worker folder apart: its scripts are workers.js's, not the app's, and a require out of it is a warning", () => {
    const { bundle, warnings } = compileProject(fixture('worker'));
    expect(bundle.manifest.workers).toEqual({ folder: 'workers', modules: ['workers/bad/index.js', 'workers/calc/fib.js', 'workers/calc/index.js'] });
    expect(bundle.manifest.modules).toEqual(['app.js', 'pages/index/index.js', 'util.js']);
    expect(bundle.workers!.code).toContain('__miniapp.define("workers/calc/fib.js"');
    expect(bundle.logic).not.toContain('__miniapp.define("workers/');
    expect(warnings.map((w) => `${w.file}:${w.start.line}: ${w.message}`)).toEqual([
      `workers/bad/index.js:2: require("../../util.js"): a Worker's code requires only files of its folder "workers" ("util.js" is outside it); it throws when it runs`,
    ]);
  });

  it('answers messages from its own context, with its own modules and timers, and none of the app\'s globals', async () => {
    // Written and read back, as `miniapp build` and a host would.
    const dir = mkdtempSync(join(tmpdir(), 'miniapp-worker-'));
    try {
      writeBundle(compileProject(fixture('worker')).bundle, dir);
      expect(readBundle(dir).workers).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    t = await startApp(fixture('worker'));
    expect(t.logs.map((l) => l.text)).toContain('calc worker ready');
    await t.tap('#fib');
    expect(json(t)).toEqual({ type: 'fib', n: 20, result: 6765 });
    // A timer in the Worker: settled() waits for it, as for the app's own.
    await t.tap('#later');
    expect(json(t)).toEqual({ type: 'later', done: true });
    await t.tap('#globals');
    expect(json(t)).toEqual({ type: 'globals', wx: 'undefined', getApp: 'undefined', page: 'undefined' });
    expect(t.errors).toEqual([]);
  });

  it('runs one Worker at a time; a terminated one hears nothing more; an unknown script throws', async () => {
    t = await startApp(fixture('worker'));
    await t.tap('#second');
    expect(out(t)).toBe('wx.createWorker: a Worker is running: only one may run at a time (terminate it first)');
    await t.tap('#terminate');
    expect(out(t)).toBe('terminated');
    await t.tap('#missing');
    expect(out(t)).toBe('wx.createWorker: "workers/nope/index.js" is not a script of the Worker folder');
    expect(t.errors).toEqual([]);
  });

  it("reports the Worker's endless loop, exception and bad require as the app's errors; the app and the Worker go on", async () => {
    t = await startApp(fixture('worker'), { limits: { taskTimeoutMs: 300 } });
    await t.tap('#spin');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'timeout', fatal: false })]);
    await t.tap('#throw');
    expect(t.errors[1]).toEqual(expect.objectContaining({ kind: 'exception', fatal: false }));
    expect(t.errors[1].message).toContain('the Worker gave up');
    await t.tap('#fib');
    expect(json(t)).toEqual({ type: 'fib', n: 20, result: 6765 });
    await t.tap('#bad');
    expect(t.errors[2].message).toContain('module "util.js" is not defined');
    expect(t.app.state).toBe('running');
  });

  it('refuses a Worker more than 10,000 messages waiting for the app: the rest throw in the Worker', async () => {
    t = await startApp(fixture('worker'), { limits: { taskTimeoutMs: 5000 } });
    await t.tap('#flood');
    expect(out(t)).toBe('flooded 10000');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'exception', fatal: false })]);
    expect(t.errors[0].message).toContain('worker.postMessage: more than 10000 messages are waiting for the app');
    await t.tap('#fib');
    expect(json(t)).toEqual({ type: 'fib', n: 20, result: 6765 });
  }, 30_000);
});
