// The body of a logic-thread worker, in Node and in a browser alike: wait for `boot`, load QuickJS
// with a wasm memory whose maximum is the app's heap limit (so no allocation, ArrayBuffers and
// strings included, can grow the heap past it: it fails inside QuickJS instead), then run every
// host message as a task.
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

/** Runs the logic thread on an endpoint; `workerHeap` measures the worker's own JS heap where the platform can. */
export function runLogicWorker(endpoint: WorkerEndpoint, instantiate: InstantiateQuickJS, workerHeap?: () => LogicMemory['workerHeap']): void {
  // Messages wait here until QuickJS is loaded with the limits the boot message brings.
  const queue: HostEnvelope[] = [];
  let thread: LogicThread | null = null;

  const start = async (boot: HostEnvelope) => {
    if (boot.message.t !== 'boot') throw new Error(`the first message to the logic thread must be boot, not ${boot.message.t}`);
    const quickjs = await instantiate(boot.message.quickjs, wasmMemoryFor(boot.message.limits));
    const ready = new LogicThread(quickjs, (messages) => endpoint.post(messages), workerHeap);
    for (const envelope of queue.splice(0)) ready.handle(envelope.message, envelope.seq);
    thread = ready;
  };

  endpoint.onMessage((envelope) => {
    if (thread !== null) return thread.handle(envelope.message, envelope.seq);
    queue.push(envelope);
    if (queue.length === 1) void start(envelope);
  });
}
