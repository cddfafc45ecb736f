// Entry of the logic thread in Node: a worker_threads worker running one app's QuickJS.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModule, newVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import type { HostEnvelope } from '../../../bridge/protocol.js';
import { runLogicWorker } from '../worker_main.js';

const port = parentPort;
if (port === null) throw new Error('runtime/host/node/worker.js runs only as a worker thread');

runLogicWorker(
  { post: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', (envelope: HostEnvelope) => listener(envelope)) },
  (wasmModule, wasmMemory) => newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmModule, wasmMemory })),
  // This worker's own isolate: its heap is apart from the host's and from the other apps' workers.
  // In a process that exposes gc (`--expose-gc`, or `miniapp profile` turning the flag on before
  // the worker started) it is measured after a collection, as the host's heap is.
  () => {
    (globalThis as { gc?: () => void }).gc?.();
    const heap = getHeapStatistics();
    return { usedBytes: heap.used_heap_size, totalBytes: heap.total_heap_size };
  },
);
