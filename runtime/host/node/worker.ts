// Entry of the logic thread in Node: a worker_threads worker running one app's QuickJS, or, started
// for a pool (`workerData.pool`), several apps' QuickJS, each app on a port of its own.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { newQuickJSWASMModule, newVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import type { HostEnvelope } from '../../../bridge/protocol.js';
import { runLogicWorker, runLogicWorkers, type InstantiateQuickJS, type PoolControl } from '../worker_main.js';

const port = parentPort;
if (port === null) throw new Error('the logic worker (dist/logic-worker.js) runs only as a worker thread');

const instantiate: InstantiateQuickJS = (wasmModule, wasmMemory) => newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmModule, wasmMemory }));
// This worker's own isolate: its heap is apart from the host's and from the other apps' workers
// (a pool's worker reports the heap its apps share). In a process that exposes gc (`--expose-gc`,
// or `miniapp profile` turning the flag on before the worker started) it is measured after a
// collection, as the host's heap is.
const workerHeap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const heap = getHeapStatistics();
  return { usedBytes: heap.used_heap_size, totalBytes: heap.total_heap_size };
};

if ((workerData as { pool?: boolean } | null)?.pool === true) {
  runLogicWorkers(
    (listener) => port.on('message', (control: PoolControl) => listener(control)),
    (appPort) => {
      const p = appPort as MessagePort;
      return { post: (messages) => p.postMessage(messages), onMessage: (listener) => p.on('message', (envelope: HostEnvelope) => listener(envelope)), close: () => p.close() };
    },
    instantiate,
    workerHeap,
  );
} else {
  runLogicWorker({ post: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', (envelope: HostEnvelope) => listener(envelope)) }, instantiate, workerHeap);
}
