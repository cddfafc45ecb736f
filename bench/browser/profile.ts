// Where a browser benchmark's time goes (BENCHMARKS.md, "In Chromium", cites what this prints):
//   node dist/bench/browser/profile.js render [n]   V8's sampling profiler on every thread of the page
//                                                   (a Chromium trace), inside the firstRender windows
//                                                   of three renders of n items (1000 by default)
//   node dist/bench/browser/profile.js tap          a tap's segments from the messages' own times
//   node dist/bench/browser/profile.js startup      the shop's startup marks beside the bare worker's steps
// Run after `npm run build`; Chromium as for `npm run bench -- --browser`. A trace slows what it
// measures (about 2× here): its shares, not its milliseconds, are the result.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { median } from '../stats.js';
import { call, findChromium, openSession } from './session.js';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string; data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName?: string; url?: string };
}

/** What a sample was doing, in the few kinds the question needs. */
function kind({ functionName: name = '', url = '' }: ProfileNode['callFrame']): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)') return 'native, not JS (style, layout, the event loop…)';
  if (name.startsWith('wasm-function') || url.startsWith('wasm')) return 'QuickJS (wasm)';
  if (url.endsWith('/worker.js')) return 'worker.js (the worker\'s JS: quickjs-emscripten, the logic thread\'s host side)';
  if (url.endsWith('/miniapp.js')) return 'miniapp.js (the host and the view)';
  if (url === '') return `native ${name}`;
  return url.slice(url.lastIndexOf('/') + 1);
}

/** Per thread, the busy time inside the windows named `measure`, by kind and by function. */
function summarize(events: TraceEvent[], measure: string): string[] {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const windows: [number, number][] = [];
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.cat !== 'blink.user_timing' || e.name !== measure) continue;
    const key = e.id2?.local ?? e.id ?? '';
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph === 'e' && open.has(key)) windows.push([open.get(key)!, e.ts]);
  }
  const inside = (t: number) => windows.some(([a, b]) => t >= a && t <= b);
  const lines = [`${windows.length} windows "${measure}", ${(windows.reduce((s, [a, b]) => s + b - a, 0) / 1000).toFixed(1)} ms in all`];
  const profiles = new Map<string, { thread: string; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { thread: threads.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`, start: data?.startTime ?? 0, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(`${e.pid}:${e.id}`);
      if (p === undefined || data === undefined) continue;
      for (const node of data.cpuProfile?.nodes ?? []) p.nodes.set(node.id, node);
      p.samples.push(...(data.cpuProfile?.samples ?? []));
      p.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  const byThread = new Map<string, { busy: number; idle: number; kinds: Map<string, number>; functions: Map<string, number> }>();
  for (const p of profiles.values()) {
    const acc = byThread.get(p.thread) ?? { busy: 0, idle: 0, kinds: new Map(), functions: new Map() };
    byThread.set(p.thread, acc);
    let t = p.start;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.deltas[i] ?? 0;
      const node = p.nodes.get(p.samples[i]);
      if (node === undefined || !inside(t)) continue;
      const ms = (p.deltas[i + 1] ?? 0) / 1000;
      if (node.callFrame.functionName === '(idle)') {
        acc.idle += ms;
        continue;
      }
      acc.busy += ms;
      const k = kind(node.callFrame);
      acc.kinds.set(k, (acc.kinds.get(k) ?? 0) + ms);
      const f = node.callFrame.functionName || '(anonymous)';
      acc.functions.set(f, (acc.functions.get(f) ?? 0) + ms);
    }
  }
  for (const [thread, acc] of byThread) {
    if (acc.busy < 1) continue;
    lines.push('', `${thread}: busy ${acc.busy.toFixed(1)} ms, idle ${acc.idle.toFixed(1)} ms`);
    for (const [k, ms] of [...acc.kinds].sort((a, b) => b[1] - a[1]).slice(0, 8)) lines.push(`  ${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / acc.busy).toFixed(0).padStart(3)}%  ${k}`);
    lines.push('  functions (self time):');
    for (const [f, ms] of [...acc.functions].sort((a, b) => b[1] - a[1]).slice(0, 6)) lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${f}`);
  }
  return lines;
}

async function profileRender(page: Page, n: number): Promise<string[]> {
  await call(page, 'ours', n);
  await call(page, 'ours', n);
  const browser = page.context().browser();
  if (browser === null) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: ['__metadata', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
  const runs: { firstRender: number; view: number }[] = [];
  for (let i = 0; i < 3; i++) runs.push(await call(page, 'ours', n));
  const trace = await browser.stopTracing();
  const file = join(tmpdir(), `miniapp-render-${n}.trace.json`);
  writeFileSync(file, trace);
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  return [
    `render.first of ${n} items, traced (${file}, opens in Perfetto): firstRender ${runs.map((r) => r.firstRender.toFixed(1)).join(', ')} ms, of which the view ${runs.map((r) => r.view.toFixed(1)).join(', ')} ms`,
    ...summarize(events, 'miniapp firstRender'),
  ];
}

/** A tap's segments (median of 500 after 1,000 warm-up taps), from the times the messages carry and the page's own clock. */
async function profileTap(page: Page): Promise<string[]> {
  const segments = await page.evaluate(async () => {
    type Times = Partial<Record<'click' | 'post' | 'posted' | 'start' | 'ops' | 'applied' | 'changed', number>>;
    const { createMiniApp, fetchBundle } = (await import(String('/miniapp/miniapp.js'))) as typeof import('../../runtime/host/browser/index.js');
    const bundle = await fetchBundle('/counter/');
    const clock = () => performance.timeOrigin + performance.now();
    let times: Times | null = null;
    // The host's messages to the worker and the worker's to the host, as they pass.
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: { message?: { t?: string } }, ...rest: never[]) {
      const event = times !== null && message?.message?.t === 'event' && times.post === undefined;
      if (event) times!.post = clock();
      post.call(this, message, ...rest);
      if (event) times!.posted = clock();
    } as typeof post;
    const listen = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (this: Worker, type: string, listener: EventListener, options?: boolean | AddEventListenerOptions) {
      if (type !== 'message') return listen.call(this, type, listener, options);
      return listen.call(this, type, function (this: Worker, e: Event) {
        const data = (e as MessageEvent<{ t: string; start?: number }>).data;
        const first = times !== null && data.t === 'ops' && times.ops === undefined;
        if (first) Object.assign(times!, { ops: clock(), start: data.start });
        listener.call(this, e);
        if (first) times!.applied = clock();
      }, options);
    } as typeof listen;
    const container = document.body.appendChild(document.createElement('div'));
    const app = createMiniApp({ bundle, container });
    await app.ready;
    await app.settled();
    const counter = container.querySelector<HTMLElement>('#counter')!;
    const all: Times[] = [];
    for (let i = 0; i < 1500; i++) {
      times = {};
      const changed = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          resolve(clock());
          observer.disconnect();
        });
        observer.observe(counter.firstChild!, { characterData: true });
      });
      times.click = clock();
      counter.click();
      times.changed = await changed;
      if (i >= 1000) all.push(times);
      times = null;
      await app.settled();
    }
    await app.close();
    return all;
  });
  const segment = (label: string, from: keyof (typeof segments)[0], to: keyof (typeof segments)[0]) =>
    `  ${(median(segments.map((s) => s[to]! - s[from]!)) * 1000).toFixed(0).padStart(5)} µs  ${label}`;
  return [
    'bridge.event in Chromium, medians of 500 taps after 1,000 (the worker\'s clock is epoch-based, as the page\'s):',
    segment('click → the event message posted (the view: target, touch point, message)', 'click', 'post'),
    segment('postMessage to the worker (the call itself)', 'post', 'posted'),
    segment('the event posted → its task starts in the worker', 'post', 'start'),
    segment('the task starts → its operations reach the page (QuickJS: dispatch, handler, setData; the batch\'s text; the message)', 'start', 'ops'),
    segment('the operations handled (parsed and applied)', 'ops', 'applied'),
    segment('click → MutationObserver (the bench\'s figure)', 'click', 'changed'),
  ];
}

/** The shop's startup marks (medians of 9) beside the bare worker's steps, each asked of it in turn (medians of 9). */
async function profileStartup(page: Page): Promise<string[]> {
  await call(page, 'ours');
  const marks = await page.evaluate(async () => {
    const { createMiniApp, fetchBundle } = (await import(String('/miniapp/miniapp.js'))) as typeof import('../../runtime/host/browser/index.js');
    const bundle = await fetchBundle('/shop/');
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < 9; i++) {
      const container = document.body.appendChild(document.createElement('div'));
      const app = createMiniApp({ bundle, container });
      await app.ready;
      await app.settled({ timers: 0 });
      const run: Record<string, number> = {};
      for (const entry of app.performanceEntries()) run[entry.name] ??= entry.duration;
      runs.push(run);
      await app.close();
      container.remove();
    }
    return runs;
  });
  const steps: number[][] = [];
  const limited: number[][] = [];
  for (let i = 0; i < 9; i++) {
    steps.push(await call<number[]>(page, 'logicSteps', false));
    limited.push(await call<number[]>(page, 'logicSteps', true));
  }
  const l = (i: number) => median(limited.map((r) => r[i])).toFixed(1).padStart(7);
  // Then three starts traced: what each thread does from createMiniApp until QuickJS is ready.
  const browser = page.context().browser();
  if (browser === null) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: ['__metadata', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'devtools.timeline'] });
  for (let i = 0; i < 3; i++) await call(page, 'ours');
  const trace = await browser.stopTracing();
  const file = join(tmpdir(), 'miniapp-startup.trace.json');
  writeFileSync(file, trace);
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const m = (name: string) => median(marks.map((r) => r[name] ?? NaN)).toFixed(1).padStart(7);
  const s = (i: number) => median(steps.map((r) => r[i])).toFixed(1).padStart(7);
  return [
    'startup.e2e in Chromium (shop), medians of 9: ours (the startup marks) | the bare worker, step by step (with the logic thread\'s limits: in brackets)',
    `  ${m('startRuntime')} ms  startRuntime: createMiniApp → QuickJS ready in the worker   | ${s(0)} ms (${l(0)})  new Worker → QuickJS instantiated`,
    `  ${m('evaluateFramework')} ms  evaluateFramework                                        | ${s(1)} ms (${l(1)})  the framework evaluated`,
    `  ${m('evaluateScript')} ms  evaluateScript (the app, its registrations)              | ${s(2)} ms (${l(2)})  the app's logic.js evaluated (inert registrations)`,
    `  ${m('onLaunch')} ms  onLaunch`,
    `  ${m('firstRender')} ms  firstRender (the first page: QuickJS, ops, the view)     | ${s(3)} ms  the first page's DOM built raw`,
    `  ${m('appLaunch')} ms  appLaunch                                                | ${(steps.length ? median(steps.map((r) => r[0] + r[1] + r[2] + r[3])) : 0).toFixed(1).padStart(7)} ms  in all`,
    '',
    `startRuntime of three starts, traced (${file}, opens in Perfetto):`,
    ...summarize(events, 'miniapp startRuntime'),
  ];
}

const [what = 'render', arg] = process.argv.slice(2);
const found = await findChromium();
if ('reason' in found) {
  console.error(found.reason);
  process.exit(1);
}
const session = await openSession(found.path);
try {
  const page = await session.open(what === 'tap' ? 'event' : what);
  const lines = what === 'render' ? await profileRender(page, Number(arg ?? 1000)) : what === 'tap' ? await profileTap(page) : await profileStartup(page);
  console.log(`Chromium ${session.version}\n${lines.join('\n')}`);
} finally {
  await session.close();
}
