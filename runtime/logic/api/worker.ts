// wx.createWorker(scriptPath): the app's Worker, which the logic thread runs in a QuickJS context of
// its own (runtime/host/app_worker.ts) with the scripts of app.json's `workers` folder. One runs at
// a time, as in WeChat. Messages are copied as JSON both ways; the Worker's come back through the
// dispatch (`workerMessage`) to the listeners of the Worker object that is running.
import { logicConsole } from '../console.js';
import { callUser, runningPage } from '../report.js';

declare const __host: { worker(op: string, arg: string): string };

type Listener = (message: unknown) => void;

class MiniWorker {
  /** @internal */
  __listeners: Listener[] = [];
  /** @internal */
  __ended = false;

  postMessage(message: unknown): void {
    if (this.__ended) return;
    // A message is copied as JSON, as WeChat copies it; what JSON cannot hold throws here.
    const json = JSON.stringify(message === undefined ? null : message);
    __host.worker('post', json);
  }

  onMessage(listener: unknown): void {
    if (typeof listener === 'function') this.__listeners.push(listener as Listener);
  }

  /** WeChat calls it when the system kills the Worker; the logic thread never does. */
  onProcessKilled(_listener: unknown): void {}

  terminate(): void {
    if (this.__ended) return;
    this.__ended = true;
    if (running === this) running = null;
    __host.worker('terminate', '');
  }

  /** The camera's frames (VisionKit): no camera here. */
  getCameraFrameData(): undefined {
    return undefined;
  }
}

let running: MiniWorker | null = null;
let warned = false;

export function createWorker(scriptPath: unknown, _options?: unknown): MiniWorker {
  if (typeof scriptPath !== 'string' || scriptPath === '') throw new TypeError('wx.createWorker: scriptPath must be the path of the Worker\'s entry script (workers/request/index.js)');
  if (scriptPath.startsWith('/') && !warned) {
    warned = true;
    logicConsole.warn('wx.createWorker: scriptPath is written without a leading "/" (workers/request/index.js)');
  }
  const path = /\.js$/.test(scriptPath) ? scriptPath : `${scriptPath}.js`;
  const failure = __host.worker('create', path);
  if (failure !== '') throw new Error(`wx.createWorker: ${failure}`);
  // A Worker whose scripts failed to start was ended by the logic thread: its object goes quiet.
  if (running !== null) running.__ended = true;
  const worker = new MiniWorker();
  running = worker;
  return worker;
}

/** A message the running Worker posted. */
export function workerMessage(json: string): void {
  const worker = running;
  if (worker === null) return;
  const page = runningPage();
  for (const listener of worker.__listeners.slice()) callUser(listener, worker, [JSON.parse(json) as unknown], page, 'Worker.onMessage listener');
}
