// Mini-program code that never ends, recurses without end or allocates without end is stopped;
// the host gets an error event naming the page and the cause, and keeps running.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, template, type TestApp } from '../../helpers/app.js';

const limits = { taskTimeoutMs: 300, memoryBytes: 32 * 1024 * 1024, wasmHeapBytes: 96 * 1024 * 1024 };
// Filling the heap takes longer than the short deadline above: memory must run out first.
const memoryLimits = { ...limits, taskTimeoutMs: 10_000 };
let open: TestApp[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

async function start(dir = fixture('hostile'), appLimits = limits) {
  const t = await startApp(dir, { limits: appLimits });
  open.push(t);
  return t;
}

describe('a hostile handler', () => {
  it('running forever is interrupted at its deadline; the app goes on', async () => {
    const t = await start();
    await t.tap('#spin');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'timeout', page: 'pages/index/index', fatal: false })]);
    expect(t.errors[0].message).toContain('ran longer than 300 ms');
    await t.tap('#ping');
    expect(t.text('#pings')).toBe('1');
    expect(t.app.state).toBe('running');
  });

  it('recursing without end hits the stack limit; the app goes on', async () => {
    const t = await start();
    await t.tap('#recurse');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'stack', page: 'pages/index/index', fatal: false })]);
    expect(t.errors[0].message).toContain('(in recurse)');
    await t.tap('#ping');
    expect(t.text('#pings')).toBe('1');
  });

  it('allocating without end hits the memory limit; the app is terminated, the host is not', async () => {
    const t = await start(fixture('hostile'), memoryLimits);
    await t.tap('#allocate');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'memory', page: 'pages/index/index', fatal: true })]);
    expect(t.app.state).toBe('crashed');
    // The last page stays on screen, and the host can start another app.
    expect(t.text('#pings')).toBe('0');
    const next = await start(template('demo'));
    expect(next.text('.title')).toBe('Hello from miniapp');
  });

  it('doubling a string without end hits the memory limit; the host can launch again', async () => {
    const t = await start(fixture('hostile'), memoryLimits);
    await t.tap('#strings');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'memory', page: 'pages/index/index', fatal: true })]);
    expect(t.errors[0].message).toContain('out of memory');
    expect(t.app.state).toBe('crashed');
    const next = await start(template('demo'));
    expect(next.text('.title')).toBe('Hello from miniapp');
  });

  it('concatenating a string with itself without end stops at QuickJS\'s string length limit; the app goes on', async () => {
    const t = await start(fixture('hostile'), memoryLimits);
    await t.tap('#ropes');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'exception', page: 'pages/index/index', fatal: false })]);
    expect(t.errors[0].message).toBe('InternalError: string too long (in ropes)');
    await t.tap('#ping');
    expect(t.text('#pings')).toBe('1');
  });

  it('growing ArrayBuffers past the wasm heap limit is caught by the watchdog', async () => {
    const t = await start(fixture('hostile'), memoryLimits);
    await t.tap('#buffers');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'memory', fatal: true })]);
    expect(t.app.state).toBe('crashed');
  });
});
