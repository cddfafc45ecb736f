// Shared by the benchmark pages (they run in Chromium, served from dist/bench/browser/pages/ at
// /bench/): the browser host build, loaded as the pages of a user load it, and what a page exposes
// to the Node side.
import type * as BrowserHost from '../../../runtime/host/browser/index.js';
import type { QuickJSRequest } from './quickjs_worker.js';

export type BrowserHostModule = typeof BrowserHost;

/** dist/browser/miniapp.js, served at /miniapp/ (imported by URL: it is the built file, not this tree's source). */
export async function browserHost(): Promise<BrowserHostModule> {
  const url = '/miniapp/miniapp.js';
  return (await import(url)) as BrowserHostModule;
}

/** What a page puts on window.bench once loaded: named functions the Node side calls with page.evaluate. */
export function expose(functions: Record<string, (...args: never[]) => unknown>): void {
  (window as unknown as { bench: unknown }).bench = functions;
}

/** A fresh element in the page's body for one app or one raw build. */
export function freshContainer(): HTMLElement {
  const container = document.createElement('div');
  document.body.appendChild(container);
  return container;
}

/** The next animation frame's callback time (performance.now() inside it). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** QuickJS's wasm (dist/browser/quickjs.wasm) compiled in the page, as the host compiles it once for every app. */
export async function compiledQuickJS(): Promise<WebAssembly.Module> {
  return WebAssembly.compile(await (await fetch('/miniapp/quickjs.wasm')).arrayBuffer());
}

/** A bare QuickJS worker (./quickjs_worker.ts): `ask` sends it a request and resolves with the string it posts back. */
export function quickjsWorker(): { ask(request: QuickJSRequest): Promise<string>; terminate(): void } {
  const worker = new Worker('/bench/quickjs_worker.bundle.js', { type: 'module' });
  return {
    ask: (request) => new Promise<string>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<string>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the bare QuickJS worker failed'));
      worker.postMessage(request);
    }),
    terminate: () => worker.terminate(),
  };
}
