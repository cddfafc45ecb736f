// Entry of the logic thread in a browser: a module Web Worker running one app's QuickJS, the same
// build the Node worker runs (bundled with the framework-independent parts by scripts/build.mjs);
// named for a pool (POOL_WORKER_NAME), several apps' QuickJS, each app on a port of its own.
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSSyncVariant } from 'quickjs-emscripten-core';
import type { HostEnvelope, LogicBatch } from '../../../bridge/protocol.js';
import { runLogicWorker, runLogicWorkers, type InstantiateQuickJS, type PoolControl, type WorkerEndpoint } from '../worker_main.js';
import { POOL_WORKER_NAME } from './platform.js';

// The package's types describe its CommonJS build; the bundler takes its ES module, whose default
// export is the variant.
const scope = globalThis as unknown as {
  name: string;
  postMessage(messages: LogicBatch): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
const instantiate: InstantiateQuickJS = (wasmModule, wasmMemory) => newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC as unknown as QuickJSSyncVariant, { wasmModule, wasmMemory }));

if (scope.name === POOL_WORKER_NAME) {
  runLogicWorkers(
    (listener) => scope.addEventListener('message', (event: MessageEvent<PoolControl>) => listener(event.data)),
    (appPort): WorkerEndpoint & { close(): void } => {
      const port = appPort as MessagePort;
      return {
        post: (messages) => port.postMessage(messages),
        onMessage: (listener) => (port.onmessage = (event: MessageEvent<HostEnvelope>) => listener(event.data)),
        close: () => port.close(),
      };
    },
    instantiate,
  );
} else {
  runLogicWorker({ post: (messages) => scope.postMessage(messages), onMessage: (listener) => scope.addEventListener('message', (event: MessageEvent<HostEnvelope>) => listener(event.data)) }, instantiate);
}
