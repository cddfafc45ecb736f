// The browser platform: a module Web Worker, QuickJS's wasm compiled once from its URL, the
// framework fetched once. SharedArrayBuffer (the sync channel, the watchdog's heartbeat) needs the
// page to be cross-origin isolated (COOP: same-origin, COEP: require-corp).
import type { LogicBatch } from '../../../bridge/protocol.js';
import type { Platform } from '../platform.js';

/** Where the browser build's files are: by default beside miniapp.js. */
export interface BrowserAssets {
  /** The logic thread's worker script (dist/browser/worker.js). */
  workerUrl: string | URL;
  /** QuickJS's WebAssembly (dist/browser/quickjs.wasm). */
  wasmUrl: string | URL;
  /** The logic framework (dist/browser/logic-framework.js). */
  frameworkUrl: string | URL;
  /** The framework of a mini-program's Worker (dist/browser/app-worker-framework.js); by default beside the logic framework. */
  workerFrameworkUrl?: string | URL;
}

/** The name of a pool's worker (runtime/host/worker_pool.ts): it runs several apps' logic threads. */
export const POOL_WORKER_NAME = 'miniapp logic threads';

const compiled = new Map<string, Promise<WebAssembly.Module>>();
const scripts = new Map<string, Promise<string>>();

function once<T>(cache: Map<string, Promise<T>>, url: string | URL, load: (url: string) => Promise<T>): Promise<T> {
  const key = String(url);
  let value = cache.get(key);
  if (value === undefined) {
    value = load(key);
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** The platform for the given assets. */
export function browserPlatform(assets: BrowserAssets): Platform {
  if (typeof SharedArrayBuffer === 'undefined' || (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === false) {
    throw new Error('miniapp needs SharedArrayBuffer: serve the page with "Cross-Origin-Opener-Policy: same-origin" and "Cross-Origin-Embedder-Policy: require-corp"');
  }
  return {
    startWorker(listeners) {
      const worker = new Worker(assets.workerUrl, { type: 'module', name: 'miniapp logic thread' });
      worker.addEventListener('message', (event: MessageEvent<LogicBatch>) => listeners.message(event.data));
      worker.addEventListener('error', (event) => listeners.error(event.message || 'the worker script failed to load'));
      worker.addEventListener('messageerror', () => listeners.error('a message from the worker could not be read'));
      return { post: (envelope) => worker.postMessage(envelope), terminate: () => worker.terminate() };
    },
    startPoolWorker(listeners) {
      // The worker's name tells it to run the apps of a pool (browser/worker.ts).
      const worker = new Worker(assets.workerUrl, { type: 'module', name: POOL_WORKER_NAME });
      worker.addEventListener('error', (event) => listeners.error(event.message || 'the worker script failed to load'));
      return { control: (message, transfer) => worker.postMessage(message, transfer ?? []), terminate: () => worker.terminate() };
    },
    quickjs: () => once(compiled, assets.wasmUrl, async (url) => WebAssembly.compile(await (await fetchOk(url)).arrayBuffer())),
    framework: () => once(scripts, assets.frameworkUrl, async (url) => (await fetchOk(url)).text()),
    workerFramework: () =>
      once(scripts, assets.workerFrameworkUrl ?? new URL('app-worker-framework.js', new URL(String(assets.frameworkUrl), location.href)), async (url) => (await fetchOk(url)).text()),
  };
}
