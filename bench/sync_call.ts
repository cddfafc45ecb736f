// sync.call: one `*Sync` API round trip (wx.getStorageSync: QuickJS → the worker posts the call and
// blocks in Atomics.wait → the host validates it, reads storage, writes the answer into shared
// memory and wakes the worker → QuickJS gets the value), timed inside QuickJS over 2,000 calls,
// against its floor: the bare mechanism (a worker posting a message and blocking in Atomics.wait
// until the host thread writes a word and notifies it) plus one raw call from QuickJS to a host
// function (bench/floors.ts).
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import { rawHostCall } from './floors.js';
import { median, type BenchResult } from './stats.js';

const project = fileURLToPath(new URL('../../bench/fixtures/sync', import.meta.url));
const CALLS = 2000;

async function ours(runs: number): Promise<number[]> {
  const { bundle } = compileProject(project);
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  const samples: number[] = [];
  app.on('log', ({ text }) => {
    if (text.startsWith('sync ')) samples.push(Number(text.slice(5)) * 1000);
  });
  await app.ready;
  const run = window.document.querySelector('#run')!;
  run.setAttribute('data-calls', String(CALLS));
  // One warm-up run, then the measured ones.
  for (let i = 0; i <= runs; i++) {
    run.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    await app.settled();
  }
  await app.close();
  await window.happyDOM.close();
  return samples.slice(1);
}

const ECHO_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const slots = new Int32Array(workerData);
parentPort.on('message', (calls) => {
  const start = performance.now();
  for (let i = 0; i < calls; i++) {
    Atomics.store(slots, 0, 0);
    parentPort.postMessage(i);
    while (Atomics.load(slots, 0) === 0) Atomics.wait(slots, 0, 0);
  }
  parentPort.postMessage({ microseconds: ((performance.now() - start) * 1000) / calls });
});`;

async function baseline(runs: number): Promise<number[]> {
  const shared = new SharedArrayBuffer(8);
  const slots = new Int32Array(shared);
  const worker = new Worker(ECHO_WORKER, { eval: true, workerData: shared });
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const result = await new Promise<number>((resolve) => {
      const onMessage = (message: number | { microseconds: number }) => {
        if (typeof message === 'number') {
          Atomics.store(slots, 0, 1);
          Atomics.notify(slots, 0);
        } else {
          worker.off('message', onMessage);
          resolve(message.microseconds);
        }
      };
      worker.on('message', onMessage);
      worker.postMessage(CALLS);
    });
    if (i > 0) samples.push(result);
  }
  await worker.terminate();
  return samples;
}

/** The row against its floor (the bare mechanism plus one raw host call), then the floor's parts. */
export async function syncCall(runs: number): Promise<BenchResult[]> {
  const o = median(await ours(runs));
  const wait = median(await baseline(runs));
  const call = median(await rawHostCall(CALLS, runs));
  const floor = wait + call;
  return [
    { name: 'sync.call (getStorageSync)', what: 'a *Sync API round trip vs its floor (post + Atomics.wait + one raw host call)', ours: o, baseline: floor, unit: 'µs', target: { ratio: 2 } },
    { name: '  floor: post + Atomics.wait', what: 'a bare worker posting and blocking until the host thread wakes it, as a share of the floor', ours: wait, baseline: floor, unit: 'µs', target: { floor: true } },
    { name: '  floor: raw host call', what: 'one raw call from QuickJS to a host function answering a string, as a share of the floor', ours: call, baseline: floor, unit: 'µs', target: { floor: true } },
  ];
}
