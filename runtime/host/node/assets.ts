// Where the built runtime files are. They live in dist/ beside package.json; the tests run the
// TypeScript sources, which find them there too.
import { readFileSync } from 'node:fs';

const dist = import.meta.url.endsWith('.ts') ? new URL('../../../dist/', import.meta.url) : new URL('../../../', import.meta.url);

/** The Node worker of the logic thread: runtime/host/node/worker.js and what it imports, QuickJS's package included, in one file. */
export const nodeWorkerUrl = new URL('logic-worker.js', dist);

let framework: string | undefined;

/** The logic framework script (runtime/logic bundled into one file by the build). */
export function frameworkScript(): string {
  framework ??= readFileSync(new URL('logic-framework.js', dist), 'utf8');
  return framework;
}

let workerFramework: string | undefined;

/** The framework of a mini-program's Worker (runtime/app_worker bundled). */
export function workerFrameworkScript(): string {
  workerFramework ??= readFileSync(new URL('app-worker-framework.js', dist), 'utf8');
  return workerFramework;
}
