// render.patch: one setData changing one path of a 10,000-item list, and one changing all 1,000
// titles of a 1,000-item list, from the start of the logic task (the tap handler) to the end of
// the view's update. One path: at most 1 ms. All titles: against its floor, the fixture's handler
// alone in bare QuickJS plus as many raw `Text.data` writes in the same DOM.
import { readFileSync } from 'node:fs';
import { newQuickJSWASMModule, RELEASE_SYNC } from 'quickjs-emscripten';
import { RawQuickJS } from '../runtime/host/quickjs_raw.js';
import { textWrites } from './floors.js';
import { ListComponentApp, listComponent } from './list_component.js';
import { median, type BenchResult } from './stats.js';

async function ours(n: number, id: 'one' | 'all', warmup: number, runs: number): Promise<{ total: number[]; view: number[] }> {
  const list = await ListComponentApp.start(n);
  const total: number[] = [];
  const view: number[] = [];
  for (let round = 1; round <= warmup + runs; round++) {
    const update = await list.tap(id);
    if (round > warmup) {
      total.push(update.duration);
      view.push(update.viewDuration);
    }
    const titles = list.titles();
    const expected = id === 'one' ? [[n >> 1, `Changed ${round}`]] : [[0, `Item 0 (${round})`], [n - 1, `Item ${n - 1} (${round})`]];
    for (const [i, text] of expected) {
      if (titles[i as number].textContent !== text) throw new Error(`after tap ${round} title ${i} is ${titles[i as number].textContent}`);
    }
  }
  await list.close();
  return { total, view };
}

/**
 * The fixture's own `all` handler (building its 1,000-key patch) in a bare QuickJS context, with a
 * setData that does nothing: the part of the update that is the mini-program's code, which no
 * framework running it in QuickJS can take away.
 */
async function handlerAlone(n: number, warmup: number, runs: number): Promise<number[]> {
  const quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const context = quickjs.newContext();
  const raw = new RawQuickJS(quickjs, context);
  const source = readFileSync(`${listComponent}.js`, 'utf8');
  const all = context.unwrapResult(
    context.evalCode(`(function () {
      let definition = null;
      function Component(options) { definition = options; }
      ${source}
      const self = { data: { n: ${n} }, round: 0, setData() {} };
      return function () { definition.methods.all.call(self); };
    })()`),
  );
  const samples: number[] = [];
  for (let round = 1; round <= warmup + runs; round++) {
    const start = performance.now();
    const outcome = raw.call(all);
    if (outcome.error) throw new Error('the handler failed');
    raw.free(outcome.value);
    if (round > warmup) samples.push(performance.now() - start);
  }
  all.dispose();
  context.dispose();
  return samples;
}

export async function renderPatchOne(n: number, runs: number): Promise<BenchResult> {
  const warmup = Math.ceil(runs / 4);
  const o = await ours(n, 'one', warmup, runs);
  const b = await textWrites(n, 1, warmup, runs);
  return { name: `render.patch (1 path, ${n} items)`, what: `setData of one title in a ${n}-item list to the DOM vs one raw Text.data write`, ours: median(o.total), baseline: median(b), unit: 'ms', target: { atMost: 1 } };
}

/**
 * Three rows: the whole update, the render layer's share of it (reading and applying the
 * operations), and its floor: the handler's own code in bare QuickJS plus the raw writes.
 */
export async function renderPatchAll(n: number, runs: number): Promise<BenchResult[]> {
  const warmup = Math.ceil(runs / 4);
  const o = await ours(n, 'all', warmup, runs);
  const b = median(await textWrites(n, n, warmup, runs));
  const handler = median(await handlerAlone(n, warmup, runs));
  return [
    { name: `render.patch (${n} titles)`, what: `setData of all ${n} titles to the DOM vs its floor (the handler alone in bare QuickJS + ${n} raw writes)`, ours: median(o.total), baseline: handler + b, unit: 'ms', target: { ratio: 1.5 } },
    { name: `  of which the view`, what: `the render layer's share of it vs ${n} raw Text.data writes`, ours: median(o.view), baseline: b, unit: 'ms', target: { ratio: 3 } },
    { name: `  floor: handler + writes`, what: `the tap handler alone in bare QuickJS plus the ${n} raw Text.data writes, vs the writes`, ours: handler + b, baseline: b, unit: 'ms', target: { floor: true } },
  ];
}
