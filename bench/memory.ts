// memory.instance: what one more idle mini-program costs a host process. N idle instances of a
// template are launched side by side (after one kept running: QuickJS's compiled module, which
// every app of a process shares, and the code are loaded) and the growth of the process's
// resident memory after GC is divided by N (cli/memory.ts, as `miniapp profile` measures it),
// each measure in a fresh process of its own.
// The baseline, measured the same way in the same run, is the floor of a design with one worker
// per app: N bare workers holding an idle QuickJS runtime and context (memory_worker.ts); a floor
// row sets that beside N empty worker threads. Target: 10 MB per idle shop instance. The pool row
// measures the same with a WorkerPool of 8 apps per worker (runtime/host/worker_pool.ts), the
// design that shares that floor among apps.
import { fileURLToPath } from 'node:url';
import { measureMemoryApart, runApart } from '../cli/memory.js';
import type { BenchResult } from './stats.js';

const MB = 1024 * 1024;
const CHILD = new URL('./memory_child.js', import.meta.url);

/** The floor rows' figures (MB per worker), measured once and shared by the rows of the run. */
let floors: Promise<{ quickjs: number; empty: number }> | undefined;

function measureFloors(count: number): Promise<{ quickjs: number; empty: number }> {
  floors ??= (async () => ({
    empty: await runApart<number>(CHILD, ['empty', String(count)]),
    quickjs: await runApart<number>(CHILD, ['quickjs', String(count)]),
  }))();
  return floors;
}

/**
 * `memory.instance (<template>)`: marginal RSS per idle instance, beside the bare-worker floor;
 * with `appsPerWorker`, the apps share the workers of a pool.
 */
export async function memoryInstance(template: 'shop' | 'demo', count: number, appsPerWorker = 1): Promise<BenchResult[]> {
  const floor = await measureFloors(count);
  const report = await measureMemoryApart(fileURLToPath(new URL(`../../templates/${template}`, import.meta.url)), { instances: count, timeout: 20000, appsPerWorker });
  const pooled = appsPerWorker > 1;
  const rows: BenchResult[] = [
    {
      name: pooled ? `memory.instance (${template}, ${appsPerWorker} apps per worker)` : `memory.instance (${template})`,
      what: `marginal RSS of one more idle ${template} instance (${count} side by side${pooled ? `, up to ${appsPerWorker} sharing a worker` : ''}) vs a bare worker holding an idle QuickJS context; target 10 MB`,
      ours: report.rssBytes / MB,
      baseline: floor.quickjs,
      unit: 'MB',
      target: { atMost: 10 },
    },
  ];
  if (template === 'shop' && !pooled) {
    rows.push({
      name: 'floor: worker + QuickJS',
      what: 'the baseline above (a worker thread, QuickJS instantiated with an app\'s wasm memory, a runtime and context) vs an empty worker thread',
      ours: floor.quickjs,
      baseline: floor.empty,
      unit: 'MB',
      target: { floor: true },
    });
  }
  return rows;
}
