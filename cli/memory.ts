// The memory of a running mini-program, for `miniapp profile` and the memory bench. Two views of it:
// what each part measures itself (QuickJS's count of its heap, the size of its wasm memory, the
// worker's own JS heap, the view's elements), and the marginal cost: launch N idle instances side
// by side and divide the growth of the process's resident memory (RSS) and of the host's JS heap,
// after garbage collection, by N. The marginal figure is the one a host embedding many
// mini-programs pays per app; QuickJS's compiled wasm module is shared by every app of the process
// and was loaded (with one instance kept running) before the measure starts.
//
// `measureMemoryApart` measures in a fresh process (memory_child.ts): what the process did before
// changes the figure (memory freed by earlier apps is reused; glibc gives each new thread its own
// malloc arena until there are 8 per core, then threads share them), so a figure taken after other
// work in the same process is not comparable from run to run.
import { Window } from 'happy-dom';
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { createMiniApp, WorkerPool, type MemoryUsage, type MiniApp } from '../runtime/host/index.js';

/** The design's target: an idle instance beyond the shared wasm module. */
export const MEMORY_TARGET_BYTES = 10 * 1024 * 1024;

export interface MemoryReport {
  /** How many instances ran side by side for the marginal figures. */
  instances: number;
  /** How many apps shared a worker (a WorkerPool's `appsPerWorker`); 1: each had a worker of its own. */
  appsPerWorker: number;
  /** Per part, the median over the instances of what each measured itself. */
  parts: {
    /** QuickJS's own count of its runtime's bytes (objects, strings, atoms, shapes, bytecode). */
    quickjsBytes: number;
    quickjsObjects: number;
    /** The wasm memory QuickJS runs in: reserved, 16 MB at least (the build's minimum); only its written pages are resident. */
    wasmBytes: number;
    /** The worker's own V8 heap: used, and allocated. */
    workerHeapUsedBytes: number;
    workerHeapTotalBytes: number;
    /** The elements of the app's container in the view. */
    viewElements: number;
  };
  /** Per instance: growth of the host's JS heap (the view's DOM and the host's side of the app), after GC. */
  hostHeapBytes: number;
  /** Per instance: growth of the process's resident memory after GC — worker, QuickJS, view, all of it. */
  rssBytes: number;
  targetBytes: number;
}

/** A full garbage collection on demand (with `--expose-gc`, or the flag turned on now). */
export function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Collects until the heap stops shrinking (finalizers and the workers' teardown free more after a turn). */
async function settleHeap(gc: () => void): Promise<void> {
  let last = Infinity;
  for (let i = 0; i < 6; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const used = process.memoryUsage().heapUsed;
    if (used >= last - 64 * 1024) break;
    last = used;
  }
}

interface Running {
  app: MiniApp;
  window: Window;
}

async function launchIdle(bundle: Parameters<typeof createMiniApp>[0]['bundle'], timeout: number, workers: WorkerPool | undefined): Promise<Running> {
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, workers });
  const errors: string[] = [];
  app.on('error', (e) => errors.push(`${e.kind}: ${e.message}`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the app did not start within ${timeout} ms`)), timeout);
  });
  try {
    await Promise.race([app.ready.then(() => app.settled({ timers: 0 })), expired]);
  } catch (error) {
    await app.close();
    await window.happyDOM.close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (app.state !== 'running') throw new Error(`the app did not start: ${errors.join('; ')}`);
  return { app, window };
}

function medianOf(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface MemoryOptions {
  instances: number;
  timeout: number;
  /** Apps per worker (a WorkerPool shared by every instance, the kept one first); 1 (the default): a worker each. */
  appsPerWorker?: number;
}

/**
 * Launches one instance (kept running: the shared module, happy-dom's and the framework's code
 * loaded), then `instances` more, each with its own QuickJS and happy-dom window and its own worker
 * (or a place in a pool's worker), waits until each is idle, and measures. Every instance is closed
 * before it returns.
 */
export async function measureMemory(bundle: Parameters<typeof createMiniApp>[0]['bundle'], options: MemoryOptions): Promise<MemoryReport> {
  const gc = collector();
  const running: Running[] = [];
  const appsPerWorker = options.appsPerWorker ?? 1;
  const workers = appsPerWorker > 1 ? new WorkerPool({ appsPerWorker }) : undefined;
  try {
    running.push(await launchIdle(bundle, options.timeout, workers));
    await settleHeap(gc);
    const before = process.memoryUsage();
    for (let i = 0; i < options.instances; i++) running.push(await launchIdle(bundle, options.timeout, workers));
    // Each worker collects its own heap when asked (gc is exposed to workers started after
    // collector()), so their figures, like the host's, are after GC. The kept first one too.
    const usages: MemoryUsage[] = [];
    for (const { app } of running) {
      const usage = await app.memoryUsage();
      if (usage === null) throw new Error('an instance stopped before its memory was measured');
      usages.push(usage);
    }
    usages.shift();
    await settleHeap(gc);
    const after = process.memoryUsage();
    const part = (read: (u: MemoryUsage) => number | undefined) => medianOf(usages.map((u) => read(u) ?? 0));
    return {
      instances: options.instances,
      appsPerWorker,
      parts: {
        quickjsBytes: part((u) => u.logic.quickjsBytes),
        quickjsObjects: part((u) => u.logic.quickjsObjects),
        wasmBytes: part((u) => u.logic.wasmBytes),
        workerHeapUsedBytes: part((u) => u.logic.workerHeap?.usedBytes),
        workerHeapTotalBytes: part((u) => u.logic.workerHeap?.totalBytes),
        viewElements: part((u) => u.view.elements),
      },
      hostHeapBytes: (after.heapUsed - before.heapUsed) / options.instances,
      rssBytes: (after.rss - before.rss) / options.instances,
      targetBytes: MEMORY_TARGET_BYTES,
    };
  } finally {
    for (const { app, window } of running) {
      await app.close();
      await window.happyDOM.close();
    }
  }
}

/** Runs a script in a fresh Node process with `--expose-gc` and parses the JSON it prints. */
export function runApart<T>(script: URL, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(stderr.trim() || `the measuring process exited with code ${code}`));
      try {
        resolve(JSON.parse(stdout) as T);
      } catch {
        reject(new Error(`the measuring process printed no report: ${stdout.slice(0, 200)}`));
      }
    });
  });
}

/** The built scripts (the tests run the TypeScript sources, which find them in dist/ too). */
const built = import.meta.url.endsWith('.ts') ? new URL('../dist/cli/', import.meta.url) : new URL('./', import.meta.url);

/** {@link measureMemory} of a project, compiled and launched in a fresh process. */
export function measureMemoryApart(project: string, options: MemoryOptions): Promise<MemoryReport> {
  return runApart<MemoryReport>(new URL('memory_child.js', built), [project, String(options.instances), String(options.timeout), String(options.appsPerWorker ?? 1)]);
}

const MB = 1024 * 1024;

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(2)} MB`;
}

/** The memory section of `miniapp profile`'s output. */
export function memoryText(report: MemoryReport): string {
  const { parts } = report;
  const row = (name: string, value: string, note: string) => `${name.padEnd(28)}${value.padStart(12)}   ${note}`;
  const verdict = report.rssBytes <= report.targetBytes ? 'within' : 'over';
  return [
    `memory of an idle instance (${report.instances} launched side by side, ${report.appsPerWorker > 1 ? `up to ${report.appsPerWorker} in a worker` : 'a worker each'}, after GC; QuickJS's wasm module is shared and not counted)`,
    row('QuickJS heap', mb(parts.quickjsBytes), `QuickJS's own count, ${parts.quickjsObjects} objects`),
    row('QuickJS wasm memory', mb(parts.wasmBytes), `reserved; only the pages QuickJS wrote are resident (they are in the total)`),
    row('worker JS heap', mb(parts.workerHeapUsedBytes), `the${report.appsPerWorker > 1 ? ' shared' : ''} worker's V8 heap in use, of ${mb(parts.workerHeapTotalBytes)} allocated`),
    row('view (host JS heap)', mb(report.hostHeapBytes), `growth of the host's heap per instance; ${parts.viewElements} elements`),
    row('total (marginal RSS)', mb(report.rssBytes), `growth of the process's resident memory per instance: ${verdict} the target of ${mb(report.targetBytes)}`),
    report.appsPerWorker > 1
      ? `(the parts do not add up to the total: each worker thread's own memory, about 8 MB, is shared by up to ${report.appsPerWorker} apps and shows only in it)`
      : `(the parts do not add up to the total: a worker thread's own memory — about 8.1 MB for an empty Node worker, about 8.6 MB with QuickJS (npm run bench -- memory) — shows only in it; --apps-per-worker shares it)`,
  ].join('\n');
}
