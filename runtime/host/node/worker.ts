// Entry of the logic thread in Node: a worker_threads worker running one app's QuickJS.
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModule, newVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import type { HostEnvelope } from '../../../bridge/protocol.js';
import { runLogicWorker } from '../worker_main.js';

const port = parentPort;
if (port === null) throw new Error('runtime/host/node/worker.js runs only as a worker thread');

runLogicWorker(
  { post: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', (envelope: HostEnvelope) => listener(envelope)) },
  (wasmModule, wasmMemory) => newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmModule, wasmMemory })),
);
