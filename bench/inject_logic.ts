// inject.logic: the startup of a 30-page app with about 200 KB of logic. Evaluating everything at
// launch (its `evaluateScript` mark: logic.js, then every page's and component's registration)
// against a bare evalCode of the same logic.js in a fresh QuickJS context; then the same app with
// lazyCodeLoading, whose launch evaluates only what the first page needs, against the eager one.
import { Window } from 'happy-dom';
import { rmSync } from 'node:fs';
import { newQuickJSWASMModule, RELEASE_SYNC } from 'quickjs-emscripten';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import type { Bundle } from '../spec/bundle.js';
import { median, type BenchResult } from './stats.js';
import { writeThirtyPageApp } from './thirty_pages.js';

interface Startup {
  /** All evaluateScript marks of the launch, summed (ms). */
  evaluate: number;
  /** The appLaunch mark (ms). */
  launch: number;
}

async function start(bundle: Bundle): Promise<Startup> {
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  await app.ready;
  await app.settled();
  const entries = app.performanceEntries();
  const evaluate = entries.filter((e) => e.name === 'evaluateScript').reduce((sum, e) => sum + e.duration, 0);
  const launch = entries.find((e) => e.name === 'appLaunch')!.duration;
  if (window.document.querySelectorAll('.product').length !== 5) throw new Error('the first page did not render');
  await app.close();
  await window.happyDOM.close();
  return { evaluate, launch };
}

/** A bare evalCode of logic.js: what evaluating its bytes costs at least (its registrations do nothing). */
async function bareEval(logic: string, runs: number): Promise<number[]> {
  const quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const context = quickjs.newContext();
    context.unwrapResult(context.evalCode('globalThis.__miniapp = { define() {}, template() {}, wxs() {} };')).dispose();
    const begin = performance.now();
    context.unwrapResult(context.evalCode(logic, 'logic.js')).dispose();
    if (i > 0) samples.push(performance.now() - begin);
    context.dispose();
  }
  return samples;
}

export async function injectLogic(runs: number): Promise<BenchResult[]> {
  const eagerDir = writeThirtyPageApp(false);
  const lazyDir = writeThirtyPageApp(true);
  try {
    const eager = compileProject(eagerDir).bundle;
    const lazy = compileProject(lazyDir).bundle;
    const e: Startup[] = [];
    const l: Startup[] = [];
    // One warm-up of each, then alternating runs.
    await start(eager);
    await start(lazy);
    for (let i = 0; i < runs; i++) {
      e.push(await start(eager));
      l.push(await start(lazy));
    }
    const bare = median(await bareEval(eager.logic, runs));
    const kb = Math.round(eager.logic.length / 1024);
    const eagerEval = median(e.map((s) => s.evaluate));
    return [
      { name: `inject.logic (${kb} KB)`, what: `evaluateScript of a 30-page app vs a bare evalCode of its ${kb} KB`, ours: eagerEval, baseline: bare, unit: 'ms', target: { ratio: 1.15 } },
      { name: '  lazy: evaluated at launch', what: 'evaluateScript marks of the launch with lazyCodeLoading vs without', ours: median(l.map((s) => s.evaluate)), baseline: eagerEval, unit: 'ms', target: { gain: true } },
      { name: '  lazy: appLaunch', what: 'appLaunch with lazyCodeLoading vs without', ours: median(l.map((s) => s.launch)), baseline: median(e.map((s) => s.launch)), unit: 'ms', target: { gain: true } },
    ];
  } finally {
    rmSync(eagerDir, { recursive: true, force: true });
    rmSync(lazyDir, { recursive: true, force: true });
  }
}
