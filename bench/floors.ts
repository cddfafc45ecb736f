// What the floors of the bench are made of, each measured on its own in the same run: a bare
// worker round trip, one raw call into QuickJS, one raw call from QuickJS to the host, raw
// `Text.data` writes. A floor is the least any two-thread design running the mini-program in
// QuickJS pays; the crossings here are the raw ones the runtime itself uses (runtime/host/quickjs_raw.ts).
import { Window } from 'happy-dom';
import { Worker } from 'node:worker_threads';
import { newQuickJSWASMModule, RELEASE_SYNC } from 'quickjs-emscripten';
import { RawQuickJS } from '../runtime/host/quickjs_raw.js';

/** A worker that answers every message with a string of `workerData` characters. */
const ECHO_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const reply = 'a'.repeat(workerData);
parentPort.on('message', () => parentPort.postMessage(reply));`;

/** A bare thread round trip: a small message to a worker and `bytes` characters back (ms each). */
export async function echoRoundTrip(bytes: number, warmup: number, runs: number): Promise<number[]> {
  const worker = new Worker(ECHO_WORKER, { eval: true, workerData: bytes });
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    await new Promise((resolve) => {
      worker.once('message', resolve);
      worker.postMessage({ t: 'event', node: 12, type: 'tap' });
    });
    if (i >= warmup) samples.push(performance.now() - start);
  }
  await worker.terminate();
  return samples;
}

/** The 100-byte message the raw call carries. */
export const MESSAGE = JSON.stringify({ t: 'event', event: { node: 12, type: 'tap', timeStamp: 1234, detail: { x: 10, y: 20 } }, pad: 'xxx' });

/** One raw call of a QuickJS function parsing a 100-byte JSON message (ms each). */
export async function rawCall(warmup: number, calls: number): Promise<number[]> {
  if (MESSAGE.length !== 100) throw new Error(`the message is ${MESSAGE.length} bytes, not 100`);
  const quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const context = quickjs.newContext();
  const raw = new RawQuickJS(quickjs, context);
  const fn = context.unwrapResult(context.evalCode('(function (json) { var m = JSON.parse(json); return m.event.node; })'));
  const samples: number[] = [];
  for (let i = 0; i < warmup + calls; i++) {
    const start = performance.now();
    const outcome = raw.call(fn, MESSAGE);
    if (outcome.error) throw new Error('the raw call failed');
    raw.free(outcome.value);
    if (i >= warmup) samples.push(performance.now() - start);
  }
  fn.dispose();
  context.dispose();
  return samples;
}

/**
 * One raw call from QuickJS code to a host function taking a string and answering one (µs each):
 * `runs` loops of `calls` calls, each loop timed as a whole.
 */
export async function rawHostCall(calls: number, runs: number): Promise<number[]> {
  const quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const context = quickjs.newContext();
  const raw = new RawQuickJS(quickjs, context);
  const answer = JSON.stringify({ ok: true, res: { data: 42 } });
  const host = raw.newFunction('call', 2, (args) => (args.string(0) === 'getStorageSync' ? answer : ''));
  context.setProp(context.global, 'call', host);
  host.dispose();
  const loop = context.unwrapResult(context.evalCode(`(function () { var a; for (var i = 0; i < ${calls}; i++) a = call('getStorageSync', '["k"]'); return a; })`));
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const outcome = raw.call(loop);
    if (outcome.error) throw new Error('the raw host calls failed');
    if (raw.takeString(outcome.value) !== answer) throw new Error('the raw host call answered wrong');
    if (i > 0) samples.push(((performance.now() - start) * 1000) / calls);
  }
  loop.dispose();
  context.dispose();
  return samples;
}

/**
 * `writes` raw `Text.data` writes (ms per round) in a happy-dom list of `n` items built as the
 * fixtures' lists are: one in the middle for a single write, else the first `writes`.
 */
export async function textWrites(n: number, writes: number, warmup: number, runs: number): Promise<number[]> {
  const window = new Window();
  const document = window.document;
  const texts: Text[] = [];
  const list = document.createElement('wx-view');
  for (let i = 0; i < n; i++) {
    const item = document.createElement('wx-view');
    const title = document.createElement('wx-text');
    const text = document.createTextNode(`Item ${i}`);
    title.appendChild(text);
    item.appendChild(title);
    list.appendChild(item);
    texts.push(text as unknown as Text);
  }
  document.body.appendChild(list);
  const samples: number[] = [];
  const first = writes === 1 ? n >> 1 : 0;
  for (let round = 1; round <= warmup + runs; round++) {
    const start = performance.now();
    for (let i = first; i < first + writes; i++) texts[i].data = `Item ${i} (${round})`;
    const time = performance.now() - start;
    if (round > warmup) samples.push(time);
  }
  await window.happyDOM.close();
  return samples;
}
