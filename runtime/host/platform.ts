// What differs between Node and a browser, for the embedding API: starting the worker, loading
// QuickJS's WebAssembly and the logic framework. Everything else is shared.
import type { HostEnvelope, LogicBatch } from '../../bridge/protocol.js';
import type { PoolControl } from './worker_main.js';

/** What the host hears from a worker. */
export interface WorkerListeners {
  /** The messages of one post, in order. */
  message(messages: LogicBatch): void;
  /** The worker failed (an uncaught error, a script that did not load). */
  error(message: string): void;
  /** The worker stopped by itself. */
  exit(code: number): void;
}

/** A started logic-thread worker. */
export interface WorkerHandle {
  post(envelope: HostEnvelope): void;
  /**
   * Stops the app's logic thread. `stuck`: it did not answer (the watchdog), so the thread running
   * it is stopped even where other apps share it.
   */
  terminate(stuck?: boolean): Promise<unknown> | void;
}

/** A started worker of a pool: it runs the logic threads of several apps, each over a port of its own. */
export interface PoolWorkerHandle {
  control(message: PoolControl, transfer?: Transferable[]): void;
  terminate(): Promise<unknown> | void;
}

export interface Platform {
  startWorker(listeners: WorkerListeners): WorkerHandle;
  /** A worker for a pool (runtime/host/worker_pool.ts); it tells of its own failure only. */
  startPoolWorker(listeners: Omit<WorkerListeners, 'message'>): PoolWorkerHandle;
  /** QuickJS's WebAssembly, compiled once and shared by every app's worker. */
  quickjs(): Promise<WebAssembly.Module>;
  /** The logic framework script (runtime/logic bundled). */
  framework(): Promise<string>;
  /** The framework of a mini-program's Worker (runtime/app_worker bundled), for an app with Worker scripts. */
  workerFramework(): Promise<string>;
}
