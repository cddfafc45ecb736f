// bridge.event: a tap in the view to its setData reaching the DOM (view → worker → QuickJS handler →
// setData → operations → view), against one QuickJS callFunction with a 100-byte JSON message.
// Both are measured warm: V8 optimizes the worker's code (and QuickJS's wasm) only after some
// hundreds of taps, and the baseline gets the same number of calls first.
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { newQuickJSWASMModule, RELEASE_SYNC } from 'quickjs-emscripten';
import { compileProject } from '../compiler/index.js';
import { createMiniApp } from '../runtime/host/index.js';
import { median, type BenchResult } from './stats.js';

const project = fileURLToPath(new URL('../../bench/fixtures/counter', import.meta.url));

async function ours(warmup: number, taps: number): Promise<number[]> {
  const { bundle } = compileProject(project);
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  await app.ready;
  await app.settled();
  const counter = window.document.querySelector('#counter')!;
  const text = counter.firstChild!;
  const samples: number[] = [];
  for (let i = 1; i <= warmup + taps; i++) {
    const changed = new Promise<void>((resolve) => {
      const observer = new window.MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(text, { characterData: true });
    });
    const start = performance.now();
    counter.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    await changed;
    if (i > warmup) samples.push(performance.now() - start);
    if (text.textContent !== String(i)) throw new Error(`tap ${i} showed ${text.textContent}`);
    await app.settled();
  }
  await app.close();
  await window.happyDOM.close();
  return samples;
}

/** One QuickJS `callFunction` parsing a 100-byte JSON message (ms per call). */
export async function bareCall(warmup: number, calls: number): Promise<number[]> {
  const quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const context = quickjs.newContext();
  const fn = context.unwrapResult(context.evalCode('(function (json) { var m = JSON.parse(json); return m.node; })'));
  const message = JSON.stringify({ t: 'event', event: { node: 12, type: 'tap', timeStamp: 1234, detail: { x: 10, y: 20 } }, pad: 'xxx' });
  if (message.length !== 100) throw new Error(`the baseline message is ${message.length} bytes, not 100`);
  const samples: number[] = [];
  for (let i = 0; i < warmup + calls; i++) {
    const start = performance.now();
    const arg = context.newString(message);
    const result = context.callFunction(fn, context.undefined, arg);
    arg.dispose();
    context.unwrapResult(result).dispose();
    if (i >= warmup) samples.push(performance.now() - start);
  }
  fn.dispose();
  context.dispose();
  return samples;
}

export async function bridgeEvent(warmup: number, taps: number): Promise<BenchResult> {
  const o = await ours(warmup, taps);
  const b = await bareCall(warmup, taps);
  return { name: 'bridge.event', what: 'tap → handler → setData → DOM vs one 100-byte callFunction', ours: median(o) * 1000, baseline: median(b) * 1000, unit: 'µs', target: { ratio: 2 } };
}
