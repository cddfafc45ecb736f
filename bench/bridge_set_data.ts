// bridge.setData: a setData of a payload of n bytes (as JSON) reaching the DOM (QuickJS's setData,
// the operations it builds, the worker → host message, the view setting the text), against
// what moving the same payload costs at least: QuickJS's JSON.stringify of it, getString out of
// QuickJS and the host's JSON.parse.
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { newQuickJSWASMModule, RELEASE_SYNC } from 'quickjs-emscripten';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import { echoRoundTrip, rawCall } from './floors.js';
import { median, type BenchResult } from './stats.js';

const project = fileURLToPath(new URL('../../bench/fixtures/payload', import.meta.url));

async function ours(bytes: number, warmup: number, runs: number): Promise<number[]> {
  const { bundle } = compileProject(project);
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, launch: { query: { bytes: String(bytes) } } });
  await app.ready;
  await app.settled();
  const element = window.document.querySelector('#text')!;
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const changed = new Promise<void>((resolve) => {
      const observer = new window.MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(element, { characterData: true, childList: true, subtree: true });
    });
    const start = performance.now();
    element.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    await changed;
    if (i >= warmup) samples.push(performance.now() - start);
    if (element.textContent!.length !== bytes - 11) throw new Error(`the page shows ${element.textContent!.length} characters`);
    await app.settled();
  }
  await app.close();
  await window.happyDOM.close();
  return samples;
}

async function baseline(bytes: number, warmup: number, runs: number): Promise<number[]> {
  const quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const context = quickjs.newContext();
  const fn = context.unwrapResult(
    context.evalCode(`(function () {
      const payloads = ['a', 'b'].map((c) => c.repeat(${bytes - 11}));
      let turn = 0;
      return function () { return JSON.stringify({ text: payloads[turn++ % 2] }); };
    })()`),
  );
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const result = context.unwrapResult(context.callFunction(fn, context.undefined));
    const parsed = JSON.parse(context.getString(result)) as { text: string };
    result.dispose();
    if (i >= warmup) samples.push(performance.now() - start);
    if (parsed.text.length !== bytes - 11) throw new Error('the baseline moved the wrong payload');
  }
  fn.dispose();
  context.dispose();
  return samples;
}

/**
 * The row against the baseline or (with `floor`) against what a tap's setData costs at least in a
 * design like ours: the baseline, the tap's trip to a worker and the payload's way back, and one
 * raw QuickJS call; the floor row shows it beside the baseline.
 */
export async function bridgeSetData(label: string, bytes: number, warmup: number, runs: number, floor = false): Promise<BenchResult[]> {
  const o = median(await ours(bytes, warmup, runs));
  const b = median(await baseline(bytes, warmup, runs));
  if (!floor) {
    return [{ name: `bridge.setData (${label})`, what: `setData of ${bytes} bytes to the DOM vs QuickJS stringify + getString + host parse`, ours: o, baseline: b, unit: 'ms', target: { ratio: 1.25 } }];
  }
  const trip = median(await echoRoundTrip(bytes, warmup, runs));
  const call = median(await rawCall(warmup, runs));
  const least = b + trip + call;
  return [
    { name: `bridge.setData (${label})`, what: `setData of ${bytes} bytes to the DOM vs its floor`, ours: o, baseline: least, unit: 'ms', target: { ratio: 1.25 } },
    { name: '  floor: + round trip + call', what: 'the baseline, a bare worker round trip bringing the payload back and one raw QuickJS call, vs the baseline', ours: least, baseline: b, unit: 'ms', target: { floor: true } },
  ];
}
