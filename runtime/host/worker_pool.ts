// A pool of logic-thread workers for a host that runs many mini-programs: each worker runs the
// logic threads of up to `appsPerWorker` apps, so the cost of a worker thread (about 8–9 MB in
// Node) is paid once for them. Each app keeps its own QuickJS runtime, wasm memory and limits, and
// talks to its logic thread over a message port of its own, with the same messages as an app with
// a worker to itself. What the apps of one worker share is time: one app's task delays the others'
// (each task stays under its own deadline), and an app whose thread does not answer (the watchdog)
// stops the worker, so the other apps in it end too.
import type { Platform, PoolWorkerHandle, WorkerHandle, WorkerListeners } from './platform.js';

export interface WorkerPoolOptions {
  /** How many apps one worker runs at most (8 by default). */
  appsPerWorker?: number;
}

/** A worker of the pool and the apps in it, by id. */
interface PoolWorker {
  handle: PoolWorkerHandle;
  apps: Map<number, { listeners: WorkerListeners; port: MessagePort }>;
  stopped: boolean;
}

/** Give it to {@link MiniAppOptions.workers}: the apps started with it share its workers. */
export class WorkerPool {
  readonly appsPerWorker: number;
  private readonly workers: PoolWorker[] = [];
  private lastId = 0;

  constructor(options: WorkerPoolOptions = {}) {
    const per = options.appsPerWorker ?? 8;
    if (!Number.isInteger(per) || per < 1) throw new Error(`appsPerWorker must be a whole number of at least 1, not ${String(per)}`);
    this.appsPerWorker = per;
  }

  /** How many workers run now, and how many apps each. */
  get sizes(): number[] {
    return this.workers.map((w) => w.apps.size);
  }

  /** Starts an app's logic thread in a worker with room, or in a new one. */
  start(platform: Platform, listeners: WorkerListeners): WorkerHandle {
    const worker = this.workers.find((w) => w.apps.size < this.appsPerWorker) ?? this.newWorker(platform);
    const id = ++this.lastId;
    const channel = new MessageChannel();
    const port = channel.port1;
    port.onmessage = (event) => listeners.message(event.data);
    port.onmessageerror = () => listeners.error('a message from the worker could not be read');
    worker.apps.set(id, { listeners, port });
    worker.handle.control({ t: 'open', id, port: channel.port2 }, [channel.port2]);
    return {
      post: (envelope) => port.postMessage(envelope),
      terminate: (stuck) => {
        if (!worker.apps.delete(id)) return;
        port.close();
        if (stuck === true) return this.stop(worker, 'another app in its shared worker did not answer, and the worker was terminated');
        worker.handle.control({ t: 'close', id });
        if (worker.apps.size === 0) return this.stop(worker, null);
      },
    };
  }

  /** Closes the pool's workers; the apps still in them end as if their worker exited. */
  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => this.stop(w, 'the worker pool was closed')));
  }

  private newWorker(platform: Platform): PoolWorker {
    const worker: PoolWorker = { handle: undefined as unknown as PoolWorkerHandle, apps: new Map(), stopped: false };
    worker.handle = platform.startPoolWorker({
      error: (message) => this.fail(worker, (l) => l.error(message)),
      exit: (code) => this.fail(worker, (l) => l.exit(code)),
    });
    this.workers.push(worker);
    return worker;
  }

  /** The worker failed or exited: every app in it hears it, and it leaves the pool. */
  private fail(worker: PoolWorker, tell: (listeners: WorkerListeners) => void): void {
    const apps = [...worker.apps.values()];
    if (worker.stopped && apps.length === 0) return;
    void this.stop(worker, null);
    for (const app of apps) tell(app.listeners);
  }

  /** Stops a worker; the apps left in it are told why (`reason`), unless none is given. */
  private async stop(worker: PoolWorker, reason: string | null): Promise<void> {
    const index = this.workers.indexOf(worker);
    if (index >= 0) this.workers.splice(index, 1);
    const apps = [...worker.apps.values()];
    worker.apps.clear();
    for (const app of apps) app.port.close();
    if (reason !== null) for (const app of apps) app.listeners.error(reason);
    if (worker.stopped) return;
    worker.stopped = true;
    await worker.handle.terminate();
  }
}
