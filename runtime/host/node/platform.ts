// The Node platform: worker_threads, QuickJS's wasm and the framework read from the package.
import { Worker, type TransferListItem } from 'node:worker_threads';
import type { LogicBatch } from '../../../bridge/protocol.js';
import type { Platform } from '../platform.js';
import { frameworkScript, nodeWorkerUrl, workerFrameworkScript } from './assets.js';
import { quickjsModule } from './quickjs_module.js';

export const nodePlatform: Platform = {
  startWorker(listeners) {
    const worker = new Worker(nodeWorkerUrl, {
      // The worker's own JS heap; the QuickJS heap is bounded by the limits instead.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
    worker.on('message', (messages: LogicBatch) => listeners.message(messages));
    worker.on('error', (error) => listeners.error(error.message));
    worker.on('messageerror', () => listeners.error('a message from the worker could not be read'));
    worker.on('exit', (code) => listeners.exit(code));
    return { post: (envelope) => worker.postMessage(envelope), terminate: () => worker.terminate() };
  },
  startPoolWorker(listeners) {
    const worker = new Worker(nodeWorkerUrl, { workerData: { pool: true }, resourceLimits: { maxOldGenerationSizeMb: 512 }, stdout: false, stderr: false });
    worker.on('error', (error) => listeners.error(error.message));
    worker.on('exit', (code) => listeners.exit(code));
    return { control: (message, transfer) => worker.postMessage(message, transfer as TransferListItem[] | undefined), terminate: () => worker.terminate() };
  },
  quickjs: quickjsModule,
  framework: async () => frameworkScript(),
  workerFramework: async () => workerFrameworkScript(),
};
