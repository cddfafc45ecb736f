// `miniapp profile <project> [--runs N] [--trace out.json] [--budget ms] [--memory N] [--apps-per-worker N] [--json]`:
// cold-starts the app headless N times (a new worker, QuickJS runtime and DOM each time; QuickJS's
// wasm is compiled once per process, as a host keeps it), prints each startup phase's median and
// p95, then the memory of an idle instance (cli/memory.ts: per part, and the marginal growth of
// the process over `--memory` instances side by side), writes the runs as Chrome trace events
// (Perfetto, chrome://tracing), and exits 1 when the median firstRender is over the budget.
// `--json` prints all of it as one JSON object instead of the tables.
import { Window } from 'happy-dom';
import { writeFileSync } from 'node:fs';
import { createMiniApp, STARTUP_PHASES, type PerformanceEntry } from '../runtime/host/index.js';
import { compileOrReport } from './diagnostics.js';
import { measureMemoryApart, memoryText, type MemoryReport } from './memory.js';
import { traceEvents } from './trace.js';

export interface ProfileArgs {
  project: string;
  runs: number;
  trace?: string;
  budget?: number;
  /** How long one start may take, in ms. */
  timeout: number;
  /** How many idle instances to launch side by side for the memory figures (0: none). */
  memory?: number;
  /** How many apps share a worker thread in the memory figures (1: a worker each). */
  appsPerWorker?: number;
  /** Print one JSON object instead of the tables. */
  json?: boolean;
}

/** What `--json` prints. */
export interface ProfileJson {
  project: string;
  entryPagePath: string;
  runs: number;
  compileMs: number;
  /** Each startup phase's median and p95 over the runs, in ms. */
  phases: Record<string, { median: number; p95: number }>;
  /** The memory of an idle instance (bytes), or null with `--memory 0`. */
  memory: MemoryReport | null;
}

/** The startup marks of one cold start. */
async function coldStart(bundle: Parameters<typeof createMiniApp>[0]['bundle'], timeout: number): Promise<PerformanceEntry[]> {
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  const errors: string[] = [];
  app.on('error', (e) => errors.push(`${e.kind}: ${e.message}`));
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the app did not start within ${timeout} ms`)), timeout);
    });
    await Promise.race([app.ready.then(() => app.settled({ timers: 0 })), expired]);
    clearTimeout(timer);
    if (app.state !== 'running') throw new Error(`the app did not start: ${errors.join('; ')}`);
    return app.performanceEntries();
  } finally {
    await app.close();
    await window.happyDOM.close();
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/** The first entry of each startup phase (a page's onLoad and onReady: the launch page's). */
function phasesOf(entries: PerformanceEntry[]): Map<string, PerformanceEntry> {
  const phases = new Map<string, PerformanceEntry>();
  for (const entry of entries) {
    const key = entry.name === 'evaluateScript' && entry.moduleName !== 'APP' ? null : entry.name;
    if (key !== null && STARTUP_PHASES.includes(entry.name) && !phases.has(key)) phases.set(key, entry);
  }
  return phases;
}

export async function profile(args: ProfileArgs): Promise<number> {
  if (!Number.isInteger(args.runs) || args.runs < 1) {
    process.stderr.write('miniapp: --runs must be a whole number of at least 1\n');
    return 1;
  }
  const instances = args.memory ?? 5;
  if (!Number.isInteger(instances) || instances < 0) {
    process.stderr.write('miniapp: --memory must be a whole number of instances (0 skips the memory figures)\n');
    return 1;
  }
  const appsPerWorker = args.appsPerWorker ?? 1;
  if (!Number.isInteger(appsPerWorker) || appsPerWorker < 1) {
    process.stderr.write('miniapp: --apps-per-worker must be a whole number of at least 1\n');
    return 1;
  }
  if (args.budget !== undefined && !(Number.isFinite(args.budget) && args.budget >= 0)) {
    process.stderr.write('miniapp: --budget must be a number of milliseconds (0 or more)\n');
    return 1;
  }
  const compileStart = performance.now();
  const compiled = compileOrReport(args.project);
  if (compiled === null) return 1;
  const compileTime = performance.now() - compileStart;
  const runs: PerformanceEntry[][] = [];
  for (let i = 0; i < args.runs; i++) {
    try {
      runs.push(await coldStart(compiled.bundle, args.timeout));
    } catch (error) {
      process.stderr.write(`miniapp: run ${i + 1}: ${(error as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`\rminiapp: cold start ${i + 1}/${args.runs}`);
  }
  process.stderr.write('\n');

  // In a fresh process (cli/memory.ts says why): one instance kept running, then N more, each idle
  // (settled) and open until the measure ends.
  let memory: MemoryReport | null = null;
  if (instances > 0) {
    process.stderr.write(`miniapp: measuring the memory of ${instances} idle instance(s)\n`);
    try {
      memory = await measureMemoryApart(args.project, { instances, timeout: args.timeout, appsPerWorker });
    } catch (error) {
      process.stderr.write(`miniapp: memory: ${(error as Error).message}\n`);
      return 1;
    }
  }

  const perRun = runs.map(phasesOf);
  const lines = [`${'phase'.padEnd(20)}${'median'.padStart(12)}${'p95'.padStart(12)}`];
  const medians = new Map<string, number>();
  const phases: ProfileJson['phases'] = {};
  for (const phase of STARTUP_PHASES) {
    const durations = perRun.map((p) => p.get(phase)?.duration).filter((d): d is number => d !== undefined).sort((a, b) => a - b);
    if (durations.length === 0) continue;
    const median = durations.length % 2 === 1 ? durations[durations.length >> 1] : (durations[durations.length / 2 - 1] + durations[durations.length / 2]) / 2;
    medians.set(phase, median);
    phases[phase] = { median, p95: quantile(durations, 0.95) };
    lines.push(`${phase.padEnd(20)}${`${median.toFixed(2)} ms`.padStart(12)}${`${quantile(durations, 0.95).toFixed(2)} ms`.padStart(12)}`);
  }
  if (args.json === true) {
    const json: ProfileJson = { project: args.project, entryPagePath: compiled.bundle.manifest.entryPagePath, runs: args.runs, compileMs: compileTime, phases, memory };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${lines.join('\n')}\n\n${args.runs} cold start(s) of ${compiled.bundle.manifest.entryPagePath}; compiling took ${compileTime.toFixed(1)} ms (not a startup phase)\n`);
    if (memory !== null) process.stdout.write(`\n${memoryText(memory)}\n`);
  }

  if (args.trace !== undefined) {
    writeFileSync(args.trace, JSON.stringify(traceEvents(runs)));
    process.stderr.write(`miniapp: wrote the trace of ${args.runs} run(s) to ${args.trace} (open it in https://ui.perfetto.dev or chrome://tracing)\n`);
  }
  const firstRender = medians.get('firstRender');
  if (args.budget !== undefined && firstRender === undefined) {
    process.stderr.write(`miniapp: --budget: no run rendered a first page, so there is no firstRender to hold to it\n`);
    return 1;
  }
  if (args.budget !== undefined && firstRender !== undefined && firstRender > args.budget) {
    process.stderr.write(`miniapp: the median firstRender, ${firstRender.toFixed(2)} ms, is over the budget of ${args.budget} ms\n`);
    return 1;
  }
  return 0;
}
