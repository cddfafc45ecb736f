// The body of a logic-thread worker, in Node and in a browser alike: wait for `boot`, load QuickJS
// with a wasm memory whose maximum is the app's heap limit (so no allocation, ArrayBuffers and
// strings included, can grow the heap past it: it fails inside QuickJS instead), then run every
// host message as a task. A worker of a pool (runtime/host/worker_pool.ts) runs several apps this
// way, each on a message port of its own, each with its own QuickJS runtime and wasm memory.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { HostEnvelope, LogicBatch, LogicMemory } from '../../bridge/protocol.js';
import { LogicThread, wasmMemoryFor } from './logic_thread.js';

/** The worker's side of its message port. */
export interface WorkerEndpoint {
  post(messages: LogicBatch): void;
  onMessage(listener: (envelope: HostEnvelope) => void): void;
}

/** Instantiates QuickJS from the module the host compiled, with the given memory. */
export type InstantiateQuickJS = (module: WebAssembly.Module, memory: WebAssembly.Memory) => Promise<QuickJSWASMModule>;

/** What the host of a pool's worker tells it: an app's logic thread starts on `port`, or closes. */
export type PoolControl = { t: 'open'; id: number; port: unknown } | { t: 'close'; id: number };

/**
 * Runs the logic thread on an endpoint; `workerHeap` measures the worker's own JS heap where the
 * platform can. The returned function closes it: its timers stop and nothing of it runs again.
 */
export function runLogicWorker(endpoint: WorkerEndpoint, instantiate: InstantiateQuickJS, workerHeap?: () => LogicMemory['workerHeap']): () => void {
  // Messages wait here until QuickJS is loaded with the limits the boot message brings.
  const queue: HostEnvelope[] = [];
  let thread: LogicThread | null = null;
  let closed = false;

  const start = async (boot: HostEnvelope) => {
    if (boot.message.t !== 'boot') throw new Error(`the first message to the logic thread must be boot, not ${boot.message.t}`);
    const quickjs = await instantiate(boot.message.quickjs, wasmMemoryFor(boot.message.limits));
    if (closed) return;
    const ready = new LogicThread(quickjs, (messages) => endpoint.post(messages), workerHeap);
    for (const envelope of queue.splice(0)) ready.handle(envelope.message, envelope.seq);
    thread = ready;
  };

  endpoint.onMessage((envelope) => {
    if (closed) return;
    if (thread !== null) return thread.handle(envelope.message, envelope.seq);
    queue.push(envelope);
    if (queue.length === 1) void start(envelope);
  });
  return () => {
    closed = true;
    queue.length = 0;
    thread?.close();
    thread = null;
  };
}

/**
 * Runs the logic threads of a pool's apps in this worker: each opens on a port of its own
 * (`portEndpoint` makes the platform's port an endpoint) and closes when the host says so.
 */
export function runLogicWorkers(
  onControl: (listener: (control: PoolControl) => void) => void,
  portEndpoint: (port: unknown) => WorkerEndpoint & { close(): void },
  instantiate: InstantiateQuickJS,
  workerHeap?: () => LogicMemory['workerHeap'],
): void {
  const apps = new Map<number, { endpoint: WorkerEndpoint & { close(): void }; close: () => void }>();
  onControl((control) => {
    if (control.t === 'open') {
      const endpoint = portEndpoint(control.port);
      apps.set(control.id, { endpoint, close: runLogicWorker(endpoint, instantiate, workerHeap) });
      return;
    }
    const app = apps.get(control.id);
    if (app === undefined) return;
    apps.delete(control.id);
    app.close();
    app.endpoint.close();
  });
}
