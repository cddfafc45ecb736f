// Entry of the logic thread in Node: a worker_threads worker running one app's QuickJS. QuickJS
// gets a wasm memory whose maximum is the app's heap limit, so no allocation (ArrayBuffers and
// strings included) can grow the heap past it: the allocation fails inside QuickJS instead.
import { parentPort, workerData } from 'node:worker_threads';
import { newQuickJSWASMModule, newVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import type { HostEnvelope } from '../../bridge/protocol.js';
import { LogicThread, wasmMemoryFor } from './logic_thread.js';

const port = parentPort;
if (port === null) throw new Error('node_worker.js runs only as a worker thread');
const { heartbeat } = workerData as { heartbeat: SharedArrayBuffer };

// Messages wait here until QuickJS is loaded with the limits the boot message brings.
const queue: HostEnvelope[] = [];
let thread: LogicThread | null = null;

port.on('message', (envelope: HostEnvelope) => {
  if (thread !== null) return thread.handle(envelope.message, envelope.seq);
  queue.push(envelope);
  if (queue.length === 1) void start(envelope);
});

async function start(boot: HostEnvelope): Promise<void> {
  if (boot.message.t !== 'boot') throw new Error(`the first message to the logic thread must be boot, not ${boot.message.t}`);
  const { limits, quickjs: wasmModule } = boot.message;
  const quickjs = await newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmModule, wasmMemory: wasmMemoryFor(limits) }));
  const ready = new LogicThread(quickjs, (message) => port!.postMessage(message), new Int32Array(heartbeat));
  for (const envelope of queue.splice(0)) ready.handle(envelope.message, envelope.seq);
  thread = ready;
}
