// memory.instance's floors, each in a process of its own (see cli/memory.ts for why): the marginal
// RSS (MB) of one more bare worker (memory_worker.ts), with an idle QuickJS context or empty.
// node --expose-gc memory_child.js quickjs|empty <count>
import { Worker } from 'node:worker_threads';
import { collector } from '../cli/memory.js';
import { quickjsModule } from '../runtime/host/node/quickjs_module.js';

// Bundled with QuickJS's package by the build, as the logic thread's worker is (dist/logic-worker.js).
const WORKER = new URL('./memory_worker.bundle.js', import.meta.url);
const [kind, count] = [process.argv[2], Number(process.argv[3])];
const empty = kind === 'empty';
const gc = collector();
const wasmModule = await quickjsModule();

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

async function start(): Promise<void> {
  const worker = new Worker(WORKER);
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.postMessage({ wasmModule, empty });
  });
}

await start();
await settle();
const before = process.memoryUsage().rss;
for (let i = 0; i < count; i++) await start();
await settle();
process.stdout.write(JSON.stringify((process.memoryUsage().rss - before) / count / (1024 * 1024)));
process.exit(0);
