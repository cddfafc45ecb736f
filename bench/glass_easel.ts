// peer.glass-easel: WeChat's own component framework (glass-easel, its mini-program adapter and its
// WXML compiler), single-threaded and without isolation, as the ceiling of what a WXML framework does
// in one JavaScript thread. Measured beside ours in the same run:
// - compile: every WXML of @vant/weapp, weui-miniprogram and the official demo, to code, warm
//   (after warm-up passes) and cold (a fresh worker: module load plus one pass);
// - first render: the list component with 100, 1,000 and 10,000 items, and a page of @vant/weapp
//   components, glass-easel on happy-dom in its own worker vs our firstRender mark, alternating;
// - one-path patch of the 10,000-item list: their setData of `items[5000].title` to the DOM vs
//   render.patch's figure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Window } from 'happy-dom';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import type { CompileAnswer, CompileJob, Corpus } from './glass_easel_compile_worker.js';
import type { GlassEaselRequest } from './glass_easel_render_worker.js';
import { ListComponentApp } from './list_component.js';
import { median, type BenchResult } from './stats.js';

const require = createRequire(import.meta.url);
/** The official demo (read only); the compile rows leave it out when it is not there. */
const DEMO = process.env.MINIAPP_DEMO ?? '/work/shared/corpus/miniprogram-demo/miniprogram';
const vantPage = fileURLToPath(new URL('../../bench/fixtures/vant-page', import.meta.url));

function wxmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) wxmlFiles(path, out);
    else if (entry.endsWith('.wxml')) out.push(path);
  }
  return out;
}

function corpus(name: string, root: string): Corpus {
  return { name, root, files: wxmlFiles(root).map((path) => ({ path: relative(root, path), source: readFileSync(path, 'utf8') })) };
}

/** The WXML of @vant/weapp and weui-miniprogram (their miniprogram folders) and of the demo. */
export function compileCorpora(): Corpus[] {
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  const corpora = [corpus('vant', join(packageDir('@vant/weapp'), 'lib')), corpus('weui', join(packageDir('weui-miniprogram'), 'miniprogram_dist'))];
  try {
    if (statSync(DEMO).isDirectory()) corpora.push(corpus('demo', DEMO));
  } catch {
    // no demo here
  }
  return corpora;
}

function runCompileWorker(job: CompileJob): Promise<CompileAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./glass_easel_compile_worker.js', import.meta.url), { workerData: job });
    worker.once('message', (answer: CompileAnswer) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Warm: one worker, `runs` alternating passes over each corpus after `warmup`. Cold: `colds` fresh
 * workers per side, alternating, each loading its compiler and compiling every file once.
 */
export async function glassEaselCompile(warmup = 1, runs = 5, colds = 2): Promise<BenchResult[]> {
  const corpora = compileCorpora();
  const count = corpora.reduce((sum, c) => sum + c.files.length, 0);
  const warm = await runCompileWorker({ mode: 'warm', warmup, runs, corpora });
  if (warm.mode !== 'warm') throw new Error('unexpected answer');
  if (warm.failed.ours + warm.failed.theirs > 0) throw new Error(`files that did not compile: ${warm.failed.ours} of ours, ${warm.failed.theirs} of glass-easel's`);
  const cold = { ours: [] as number[], theirs: [] as number[] };
  const load = { ours: [] as number[], theirs: [] as number[] };
  for (let i = 0; i < colds; i++) {
    for (const side of ['theirs', 'ours'] as const) {
      const answer = await runCompileWorker({ mode: 'cold', side, corpora });
      if (answer.mode !== 'cold' || answer.failed > 0) throw new Error(`a cold compile (${side}) failed`);
      cold[side].push(answer.total);
      load[side].push(answer.load);
    }
  }
  const sum = (passes: number[][]) => passes[0].map((_, run) => passes.reduce((s, p) => s + p[run], 0));
  return [
    ...corpora.map((c, i): BenchResult => ({
      name: `glass-easel: compile ${c.name} (${c.files.length})`,
      what: `WXML → code of the ${c.files.length} templates of ${c.name}, warm, vs glass-easel-template-compiler`,
      ours: median(warm.ours[i]),
      baseline: median(warm.theirs[i]),
      unit: 'ms',
      target: { ratio: 1 },
    })),
    { name: `glass-easel: compile all (${count})`, what: `all ${count} templates, warm`, ours: median(sum(warm.ours)), baseline: median(sum(warm.theirs)), unit: 'ms', target: { ratio: 1 } },
    { name: `glass-easel: compile cold (${count})`, what: `a fresh worker: the compiler's load and one pass over all ${count} templates`, ours: median(cold.ours), baseline: median(cold.theirs), unit: 'ms', target: { ratio: 1 } },
    { name: '  of which loading', what: "the compiler's modules (theirs: the WebAssembly module compiled and instantiated)", ours: median(load.ours), baseline: median(load.theirs), unit: 'ms', target: { none: true } },
  ];
}

/** glass-easel in its worker: each request runs there while our side waits. */
class GlassEasel {
  private readonly worker = new Worker(new URL('./glass_easel_render_worker.js', import.meta.url));

  ask(request: GlassEaselRequest): Promise<number[]> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (answer: { times: number[] } | { error: string }) => {
        this.worker.off('error', onError);
        if ('error' in answer) reject(new Error(`glass-easel: ${answer.error}`));
        else resolve(answer.times);
      });
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Our first render of the vant page (its firstRender mark), a fresh app and window. */
async function ourVantFirst(bundle: ReturnType<typeof compileProject>['bundle']): Promise<number> {
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  await app.ready;
  const entry = app.performanceEntries().find((e) => e.name === 'firstRender')!;
  if (window.document.querySelectorAll('van-cell').length === 0) throw new Error('the vant page did not render');
  await app.close();
  await window.happyDOM.close();
  return entry.duration;
}

/** The list sizes and, for each, warm-up pairs and measured pairs of first renders. */
const LISTS: [n: number, warmup: number, runs: number][] = [
  [100, 2, 7],
  [1000, 1, 5],
  // Warmed by the smaller lists; two pairs, as each takes seconds (the median of two is their mean).
  [10000, 0, 2],
];

/**
 * First renders alternate, one of glass-easel's then one of ours. The last pair at 10,000 items
 * stays up for the one-path patches: `patches` on each side, after as many warm-up ones.
 */
export async function glassEaselRender(patches = 20): Promise<BenchResult[]> {
  const them = new GlassEasel();
  const rows: BenchResult[] = [];
  try {
    for (const [n, warmup, runs] of LISTS) {
      const theirs: number[] = [];
      const ours: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const last = i === warmup + runs - 1 && n === 10000;
        const t = (await them.ask({ kind: 'first', fixture: 'list', n, keep: last }))[0];
        // The 10,000-item list's first task can outlast the default 5 s deadline on a busy machine.
        const list = await ListComponentApp.start(n, { taskTimeoutMs: 60_000 });
        const o = list.firstRender();
        if (i >= warmup) {
          theirs.push(t);
          ours.push(o);
        }
        if (!last) {
          await list.close();
          continue;
        }
        rows.push({ name: `glass-easel: first render (${n})`, what: `first render of a ${n}-item list component vs glass-easel`, ours: median(ours), baseline: median(theirs), unit: 'ms', target: { ratio: 1.5 } });
        const theirPatch = (await them.ask({ kind: 'patch', patches: 2 * patches })).slice(patches);
        await them.ask({ kind: 'release' });
        const ourPatch: number[] = [];
        for (let round = 1; round <= 2 * patches; round++) {
          const { duration } = await list.tap('one');
          if (round > patches) ourPatch.push(duration);
        }
        await list.close();
        rows.push({ name: `glass-easel: 1-path patch (${n})`, what: `setData of items[${n >> 1}].title in a ${n}-item list to the DOM vs glass-easel`, ours: median(ourPatch), baseline: median(theirPatch), unit: 'ms', target: { ratio: 1 } });
      }
      if (n !== 10000) rows.push({ name: `glass-easel: first render (${n})`, what: `first render of a ${n}-item list component vs glass-easel`, ours: median(ours), baseline: median(theirs), unit: 'ms', target: { ratio: 1.5 } });
    }
    const { bundle } = compileProject(vantPage);
    const theirs: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < 1 + 5; i++) {
      const t = (await them.ask({ kind: 'first', fixture: 'vant' }))[0];
      const o = await ourVantFirst(bundle);
      if (i >= 1) {
        theirs.push(t);
        ours.push(o);
      }
    }
    rows.push({ name: 'glass-easel: first render (vant)', what: 'first render of a page of @vant/weapp components vs glass-easel', ours: median(ours), baseline: median(theirs), unit: 'ms', target: { ratio: 1.5 } });
    // The 10,000-item rows were pushed in the loop: put the patch last, as the other peer does.
    const patch = rows.findIndex((r) => r.name.includes('patch'));
    rows.push(...rows.splice(patch, 1));
    return rows;
  } finally {
    await them.close();
  }
}
