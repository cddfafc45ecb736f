// memory.instance's floor: a worker that does what any logic thread of ours must hold at least —
// a Node worker thread that instantiates QuickJS from the host's compiled module with the wasm
// memory an app gets (wasmMemoryFor), makes a runtime and a context, and stays alive, idle.
// With `{ empty: true }` it holds nothing: the worker thread alone.
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModule, newVariant, RELEASE_SYNC, type QuickJSContext } from 'quickjs-emscripten';
import type { Limits } from '../bridge/protocol.js';
import { wasmMemoryFor } from '../runtime/host/logic_thread.js';

// DEFAULT_LIMITS' heap sizes, written out: importing mini_app.js would load the host's modules
// (the view, the bridge) into this worker, which the logic thread does not.
const LIMITS = { memoryBytes: 128 * 1024 * 1024, wasmHeapBytes: 256 * 1024 * 1024 } as Limits;

let kept: QuickJSContext | null = null;

parentPort!.once('message', async ({ wasmModule, empty }: { wasmModule: WebAssembly.Module; empty: boolean }) => {
  if (!empty) {
    const quickjs = await newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmModule, wasmMemory: wasmMemoryFor(LIMITS) }));
    const runtime = quickjs.newRuntime();
    runtime.setMemoryLimit(LIMITS.memoryBytes);
    kept = runtime.newContext();
  }
  (globalThis as { gc?: () => void }).gc?.();
  // The listener keeps the worker alive until it is terminated.
  parentPort!.on('message', () => undefined);
  parentPort!.postMessage(kept === null ? 'empty' : 'ready');
});
