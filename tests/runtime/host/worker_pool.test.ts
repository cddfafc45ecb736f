// A WorkerPool runs several apps' logic threads in one worker, each with its own QuickJS runtime,
// wasm memory and limits, over a port of its own: in the real QuickJS and real worker threads, each
// app runs as if it were alone, a hostile app's interruption or out-of-memory ends only that app,
// a closed app leaves its place, and a worker that stops answering ends the apps in it and no others.
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../runtime/host/index.js';
import { nodePlatform } from '../../../runtime/host/node/platform.js';
import { fixture, startApp, template, type TestApp } from '../../helpers/app.js';

const limits = { taskTimeoutMs: 300, memoryBytes: 32 * 1024 * 1024, wasmHeapBytes: 96 * 1024 * 1024 };
let open: TestApp[] = [];
let pool: WorkerPool;
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
  await pool.close();
});

async function start(dir: string, appLimits: Partial<typeof limits> = limits): Promise<TestApp> {
  const t = await startApp(dir, { limits: appLimits, workers: pool });
  open.push(t);
  return t;
}

describe('a worker pool', () => {
  it('puts up to appsPerWorker apps in a worker; each runs as if alone', async () => {
    pool = new WorkerPool({ appsPerWorker: 2 });
    const [a, b, demo] = [await start(fixture('hostile')), await start(fixture('hostile')), await start(template('demo'))];
    expect(pool.sizes).toEqual([2, 1]);
    await a.tap('#ping');
    await a.tap('#ping');
    await b.tap('#ping');
    expect([a.text('#pings'), b.text('#pings')]).toEqual(['2', '1']);
    expect(demo.text('.title')).toBe('Hello from miniapp');
    expect([...a.errors, ...b.errors, ...demo.errors]).toEqual([]);
  });

  it('a closed app leaves its place to the next; the last one out stops the worker', async () => {
    pool = new WorkerPool({ appsPerWorker: 2 });
    const a = await start(fixture('hostile'));
    const b = await start(fixture('hostile'));
    await a.close();
    open = open.filter((t) => t !== a);
    expect(pool.sizes).toEqual([1]);
    const c = await start(fixture('hostile'));
    expect(pool.sizes).toEqual([2]);
    await c.tap('#ping');
    await b.tap('#ping');
    expect([b.text('#pings'), c.text('#pings')]).toEqual(['1', '1']);
    await b.close();
    await c.close();
    open = [];
    expect(pool.sizes).toEqual([]);
  });

  it("a hostile app's endless loop is interrupted and its out-of-memory ends it alone; its neighbour goes on", async () => {
    pool = new WorkerPool({ appsPerWorker: 2 });
    const hostile = await start(fixture('hostile'), { ...limits, taskTimeoutMs: 10_000 });
    const neighbour = await start(fixture('hostile'));
    await hostile.tap('#allocate');
    expect(hostile.errors).toEqual([expect.objectContaining({ kind: 'memory', fatal: true })]);
    expect(hostile.app.state).toBe('crashed');
    expect(pool.sizes).toEqual([1]);
    await neighbour.tap('#spin');
    expect(neighbour.errors).toEqual([expect.objectContaining({ kind: 'timeout', fatal: false })]);
    await neighbour.tap('#ping');
    expect(neighbour.text('#pings')).toBe('1');
    expect(neighbour.app.state).toBe('running');
  });

  it('a worker that stops answering ends the apps in it, and only them', async () => {
    pool = new WorkerPool({ appsPerWorker: 2 });
    // A logic thread the watchdog finds stuck: its handle is stopped as the watchdog stops it.
    const stuck = pool.start(nodePlatform, { message: () => undefined, error: () => undefined, exit: () => undefined });
    const neighbour = await start(fixture('hostile'));
    const elsewhere = await start(fixture('hostile'));
    expect(pool.sizes).toEqual([2, 1]);
    await stuck.terminate(true);
    expect(neighbour.app.state).toBe('crashed');
    expect(neighbour.errors).toEqual([
      expect.objectContaining({ kind: 'crash', fatal: true, message: 'the logic thread failed: another app in its shared worker did not answer, and the worker was terminated' }),
    ]);
    expect(pool.sizes).toEqual([1]);
    await elsewhere.tap('#ping');
    expect(elsewhere.text('#pings')).toBe('1');
    expect(elsewhere.errors).toEqual([]);
  });
});
