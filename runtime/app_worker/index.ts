// The framework of a mini-program's Worker (wx.createWorker), bundled into one script and
// evaluated in the Worker's own QuickJS context before workers.js (runtime/host/app_worker.ts).
// It installs the Worker's globals: `worker` (onMessage, postMessage), `console`, the timers, and
// `__miniapp`, through which workers.js registers its modules and the logic thread starts the
// entry script and delivers messages and timers. The app's `wx`, `getApp` and modules are not here.
import { logicConsole } from '../logic/console.js';
import { requireModule, defineModule } from '../logic/modules.js';
import { callUser, reportError } from '../logic/report.js';
import { fireTimer, TIMER_GLOBALS } from '../logic/timers.js';

declare const __host: { message(json: string): void };

type Listener = (message: unknown) => void;
type WorkerMessage = { t: 'start'; entry: string } | { t: 'message'; message: string } | { t: 'timer'; id: number };

const listeners: Listener[] = [];
/** Where the Worker's code runs, in errors: its entry script. */
let where = 'Worker';

const worker = {
  onMessage(listener: unknown): void {
    if (typeof listener === 'function') listeners.push(listener as Listener);
  },
  postMessage(message: unknown): void {
    __host.message(JSON.stringify(message === undefined ? null : message));
  },
  /** The camera's frames (VisionKit): no camera here. */
  getCameraFrameData(): undefined {
    return undefined;
  },
};

function dispatch(json: string): void {
  const message = JSON.parse(json) as WorkerMessage;
  switch (message.t) {
    case 'start':
      where = `Worker ${message.entry}`;
      try {
        requireModule(message.entry);
      } catch (error) {
        reportError(error, undefined, where);
      }
      break;
    case 'message': {
      const value = JSON.parse(message.message) as unknown;
      for (const listener of listeners.slice()) callUser(listener, worker, [value], undefined, `${where} onMessage listener`);
      break;
    }
    case 'timer':
      fireTimer(message.id);
      break;
  }
}

const g = globalThis as Record<string, unknown>;
g.worker = worker;
g.console = logicConsole;
Object.assign(g, TIMER_GLOBALS);
g.__miniapp = { define: defineModule, dispatch };
