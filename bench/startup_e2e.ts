// startup.e2e: a cold start of the shop template (createMiniApp to its first page on screen: the
// appLaunch mark) against the sum of the unavoidable parts measured in the same run: a worker that
// instantiates QuickJS, evaluates the framework's and the app's bytes and posts a message back
// (startup_worker.ts), plus building the first page's DOM node by node in a fresh window.
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import { frameworkScript } from '../runtime/host/node/assets.js';
import { quickjsModule } from '../runtime/host/node/quickjs_module.js';
import type { Bundle } from '../spec/bundle.js';
import { planOf, type Plan } from './browser/pages/raw_dom.js';
import { median, type BenchResult } from './stats.js';

const SHOP = fileURLToPath(new URL('../../templates/shop', import.meta.url));
// Bundled with QuickJS's package by the build, as the logic thread's worker is (dist/logic-worker.js).
const WORKER = new URL('./startup_worker.bundle.js', import.meta.url);


async function ours(bundle: Bundle): Promise<{ launch: number; page: Plan }> {
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  await app.ready;
  await app.settled({ timers: 0 });
  const launch = app.performanceEntries().find((e) => e.name === 'appLaunch')?.duration;
  const root = app.view.currentPage?.root;
  if (launch === undefined || root === undefined || app.state !== 'running') throw new Error('the shop did not start');
  const page = planOf(root as unknown as Node)!;
  await app.close();
  await window.happyDOM.close();
  return { launch, page };
}

async function logicBaseline(wasmModule: WebAssembly.Module, framework: string, logic: string): Promise<number> {
  const start = performance.now();
  const worker = new Worker(WORKER);
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage({ wasmModule, framework, logic });
  });
  const time = performance.now() - start;
  await worker.terminate();
  return time;
}

async function domBaseline(page: Plan): Promise<number> {
  const window = new Window();
  const document = window.document;
  const build = (plan: Plan): Node => {
    if ('text' in plan) return document.createTextNode(plan.text) as unknown as Node;
    const element = document.createElement(plan.tag);
    for (const [name, value] of plan.attrs) element.setAttribute(name, value);
    for (const child of plan.children) element.appendChild(build(child) as never);
    return element as unknown as Node;
  };
  const start = performance.now();
  document.body.appendChild(build(page) as never);
  const time = performance.now() - start;
  await window.happyDOM.close();
  return time;
}

export async function startupE2e(runs: number): Promise<BenchResult[]> {
  const { bundle } = compileProject(SHOP);
  const wasmModule = await quickjsModule();
  const framework = frameworkScript();
  const { page } = await ours(bundle);
  await logicBaseline(wasmModule, framework, bundle.logic);
  await domBaseline(page);
  const o: number[] = [];
  const logic: number[] = [];
  const dom: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push((await ours(bundle)).launch);
    logic.push(await logicBaseline(wasmModule, framework, bundle.logic));
    dom.push(await domBaseline(page));
  }
  const baseline = median(logic) + median(dom);
  return [
    { name: 'startup.e2e (shop)', what: 'appLaunch of the shop template vs worker + QuickJS + evaluating its bytes + building its first page', ours: median(o), baseline, unit: 'ms', target: { ratio: 1.3 } },
  ];
}
