// A mini-program's Worker (wx.createWorker), inside the logic thread: a QuickJS context of its own
// in the app's runtime, so under the app's heap limit, each of its tasks under the app's deadline.
// The Worker's framework (runtime/app_worker, bundled) and workers.js are evaluated in it, then the
// entry script. Its globals are its own: `worker`, `console`, the timers and `require` of its
// folder, not the app's `wx`, `getApp` or modules. Messages go both ways as JSON copies, each in a
// task of its own after the task that sent it. It does not run in parallel with the app: the logic
// thread runs one task at a time, the Worker's among the app's.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten';
import { DueTasks } from './due_tasks.js';
import { MalformedMessage } from './malformed_message.js';
import { RawQuickJS, type RawHostFunction } from './quickjs_raw.js';

/** What the logic thread lends its app's Worker. */
export interface AppWorkerHooks {
  /**
   * Runs one task of the Worker under the app's deadline: `call` runs code in its context and gives
   * back what it threw, if anything, which is reported as the app's error.
   */
  task(context: QuickJSContext, raw: RawQuickJS, during: string, call: () => QuickJSHandle | undefined): void;
  /** A message the Worker's framework posted (`__host.post`: a log, an error), as the app's own. */
  fromFramework(json: string): void;
  /** The Worker's `worker.postMessage`: for the app, in a later task. */
  toApp(json: string): void;
  /** Checks a string argument of a host function (its size). */
  text(text: string | undefined, fn: string): string;
  memoryExhausted(): boolean;
  now(): number;
  /** One of its timers or messages was handled. */
  done(): void;
}

/** What a Worker's framework receives (runtime/app_worker). */
export type AppWorkerMessage = { t: 'start'; entry: string } | { t: 'message'; message: string } | { t: 'timer'; id: number };

/** Timers (and the Worker's inbox) one Worker may have waiting at once. */
const MAX_WAITING = 10_000;

export class AppWorker {
  private readonly context: QuickJSContext;
  private readonly raw: RawQuickJS;
  private dispatchFn: QuickJSHandle | null = null;
  /** Its timers (by their ids) and the messages on their way to it (below 0). */
  private readonly waiting = new DueTasks();
  /** Keys of `waiting` for the inbox: below 0, apart from the timers' ids. */
  private lastDelivery = 0;
  private ended = false;

  constructor(
    quickjs: QuickJSWASMModule,
    runtime: QuickJSRuntime,
    private readonly hooks: AppWorkerHooks,
  ) {
    const context = (this.context = runtime.newContext());
    const raw = (this.raw = new RawQuickJS(quickjs, context));
    const functions: [string, number, RawHostFunction][] = [
      ['post', 1, (args) => hooks.fromFramework(hooks.text(args.string(0), '__host.post'))],
      ['message', 1, (args) => hooks.toApp(hooks.text(args.string(0), 'worker.postMessage'))],
      ['timer', 2, (args) => {
        const ms = args.number(1);
        this.schedule(this.timerId(args.number(0)), Number.isFinite(ms) ? Math.max(0, ms) : 0, { t: 'timer', id: args.number(0) });
      }],
      ['clearTimer', 1, (args) => this.waiting.cancel(this.timerId(args.number(0)))],
      ['memoryExhausted', 0, () => hooks.memoryExhausted()],
      ['now', 0, () => hooks.now()],
      // The app's own services are not the Worker's: no sync API, no DOM operations, no chunks.
      ['call', 2, () => {
        throw new Error('a Worker has no wx API');
      }],
      ['ops', 1, () => {
        throw new Error('a Worker has no page');
      }],
      ['inject', 1, () => false],
    ];
    raw.defineHostObject('__host', functions);
  }

  /** Evaluates the framework and workers.js, then runs the entry script; false when that failed. */
  start(framework: string, workers: string, entry: string): boolean {
    for (const [code, name] of [[framework, 'miniapp-worker-framework.js'], [workers, 'workers.js']] as const) {
      let ok = true;
      this.hooks.task(this.context, this.raw, `evaluating ${name} in the Worker`, () => {
        const result = this.context.evalCode(code, name, { type: 'global', strict: false });
        if (result.error) {
          ok = false;
          return result.error;
        }
        result.value.dispose();
        return undefined;
      });
      if (!ok || this.ended) return false;
    }
    const api = this.context.getProp(this.context.global, '__miniapp');
    this.dispatchFn = this.context.getProp(api, 'dispatch');
    api.dispose();
    this.dispatch({ t: 'start', entry }, `the Worker's ${entry}`);
    return true;
  }

  /** The app's `postMessage`: delivered in a task of its own. */
  post(json: string): void {
    if (this.ended) return;
    this.schedule(--this.lastDelivery, 0, { t: 'message', message: json });
  }

  /** When the next of its tasks is due (epoch ms), or null. */
  nextDue(): number | null {
    return this.waiting.nextDue();
  }

  /** `terminate()`: nothing of it runs again, and its context is freed. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.waiting.clear();
    this.dispatchFn?.dispose();
    this.dispatchFn = null;
    this.context.dispose();
  }

  private dispatch(message: AppWorkerMessage, during: string): void {
    if (this.ended || this.dispatchFn === null) return;
    const fn = this.dispatchFn;
    this.hooks.task(this.context, this.raw, during, () => {
      const outcome = this.raw.call(fn, JSON.stringify(message));
      if (outcome.error) return outcome.error;
      this.raw.free(outcome.value);
      return undefined;
    });
  }

  private schedule(key: number, delay: number, message: AppWorkerMessage): void {
    if (this.waiting.size >= MAX_WAITING) throw new MalformedMessage(`a Worker may have at most ${MAX_WAITING} timers and messages waiting`);
    this.waiting.schedule(key, delay, () => {
      this.dispatch(message, message.t === 'timer' ? 'a timer in the Worker' : 'worker.onMessage');
      this.hooks.done();
    });
  }

  private timerId(id: number): number {
    if (!Number.isSafeInteger(id) || id <= 0) throw new MalformedMessage('__host.timer: a timer id must be a positive integer');
    return id;
  }
}
