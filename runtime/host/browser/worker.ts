// Entry of the logic thread in a browser: a module Web Worker running one app's QuickJS, the same
// build the Node worker runs (bundled with the framework-independent parts by scripts/build.mjs).
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSSyncVariant } from 'quickjs-emscripten-core';
import type { HostEnvelope, LogicBatch } from '../../../bridge/protocol.js';
import { runLogicWorker } from '../worker_main.js';

// The package's types describe its CommonJS build; the bundler takes its ES module, whose default
// export is the variant.
const scope = globalThis as unknown as { postMessage(messages: LogicBatch): void; addEventListener(type: 'message', listener: (event: MessageEvent<HostEnvelope>) => void): void };

runLogicWorker(
  { post: (messages) => scope.postMessage(messages), onMessage: (listener) => scope.addEventListener('message', (event) => listener(event.data)) },
  (wasmModule, wasmMemory) => newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC as unknown as QuickJSSyncVariant, { wasmModule, wasmMemory })),
);
