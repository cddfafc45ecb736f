// bridge.event: a tap in the view to its setData reaching the DOM (view → worker → QuickJS handler →
// setData → operations → view), against its floor: a bare worker echo round trip, one raw QuickJS
// call of a 100-byte JSON message and one Text.data write (bench/floors.ts). All are measured warm:
// V8 optimizes the worker's code (and QuickJS's wasm) only after some hundreds of taps, and each
// part of the floor gets the same number of runs first.
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import { echoRoundTrip, rawCall, textWrites } from './floors.js';
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

/**
 * The row against its floor, then the floor's parts: a bare worker echo round trip, one raw
 * QuickJS call of a 100-byte message and one `Text.data` write, each measured in this run.
 */
export async function bridgeEvent(warmup: number, taps: number): Promise<BenchResult[]> {
  const o = median(await ours(warmup, taps)) * 1000;
  const echo = median(await echoRoundTrip(1, warmup, taps)) * 1000;
  const call = median(await rawCall(warmup, taps)) * 1000;
  const write = median(await textWrites(1, 1, warmup, taps)) * 1000;
  const floor = echo + call + write;
  const part = (name: string, what: string, value: number): BenchResult => ({ name: `  ${name}`, what, ours: value, baseline: floor, unit: 'µs', target: { floor: true } });
  return [
    { name: 'bridge.event', what: 'tap → handler → setData → DOM vs its floor (echo + raw call + write)', ours: o, baseline: floor, unit: 'µs', target: { ratio: 2 } },
    part('floor: echo round trip', 'a bare worker postMessage echo, as a share of the floor', echo),
    part('floor: raw call (100 B)', 'one raw QuickJS call parsing a 100-byte message, as a share of the floor', call),
    part('floor: Text.data write', 'one raw text write in happy-dom, as a share of the floor', write),
  ];
}
