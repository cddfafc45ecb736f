// The logic thread's body, inside a worker: one QuickJS runtime with limits, the logic framework
// and the app's logic.js evaluated in it, and every host message run as a task under a deadline.
// It knows nothing of the worker API: the entry (worker_main.ts) gives it `post`; the boot message
// brings the heartbeat the host watches and the sync channel.
import {
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten';
import type {
  ApiAnswer,
  AppError,
  AppErrorKind,
  DispatchMessage,
  FrameworkMessage,
  HostMessage,
  Limits,
  LogicBatch,
  LogicMemory,
  LogicMessage,
  PerformanceEntry,
} from '../../bridge/protocol.js';
import type { Manifest } from '../../spec/bundle.js';
import { now } from './clock.js';
import { checkArgumentDepth, MalformedMessage, parseFrameworkMessage } from './framework_message.js';
import { lendFrameworkParts, splitFramework } from './framework_parts.js';
import { AppWorker } from './app_worker.js';
import { DueTasks } from './due_tasks.js';
import { RawQuickJS, type RawHostFunction } from './quickjs_raw.js';
import { SyncCaller } from './sync_channel.js';

/** Heartbeat slots in the shared Int32Array the host watches. */
export const enum Heartbeat {
  /** Incremented at the start of every task. */
  Task = 0,
  /** 1 while a task runs. */
  Busy = 1,
}

const WASM_PAGE = 64 * 1024;
/** The framework's batch starts with '!' when something waits for the view to apply it. */
const ACK_MARK = 0x21;
/** The QuickJS build starts with a 16 MB heap; a smaller maximum is not possible. */
const INITIAL_HEAP_PAGES = 256;

/** The wasm memory for an app's QuickJS: growing past `wasmHeapBytes` fails like any out-of-memory. */
export function wasmMemoryFor(limits: Limits): WebAssembly.Memory {
  const maximum = Math.max(INITIAL_HEAP_PAGES, Math.floor(limits.wasmHeapBytes / WASM_PAGE));
  return new WebAssembly.Memory({ initial: INITIAL_HEAP_PAGES, maximum });
}

/** Longest log line forwarded to the host; longer ones are cut. */
const MAX_LOG_TEXT = 64 * 1024;
/** Largest arguments of one API call, as JSON text (storage's 1 MB a key fits with room to spare). */
export const MAX_CALL_BYTES = 4 * 1024 * 1024;
/** Asynchronous API calls one app may have waiting for answers at once. */
export const MAX_PENDING_CALLS = 1024;
/** Messages of the app's Worker that may wait for the app at once. */
const MAX_WORKER_MESSAGES = 10_000;

interface DumpedError {
  name?: string;
  message?: string;
  stack?: string;
}

export class LogicThread {
  private runtime: QuickJSRuntime | null = null;
  private context: QuickJSContext | null = null;
  private raw: RawQuickJS | null = null;
  /** The batches sent with `ack`, oldest first: whether the framework waits for each. */
  private readonly acks: boolean[] = [];
  /** Messages for the host, posted together when the message or timer being handled is done. */
  private outbox: LogicMessage[] = [];
  private dispatchFn: QuickJSHandle | null = null;
  private flushFn: QuickJSHandle | null = null;
  private runningFn: QuickJSHandle | null = null;
  private limits: Limits | null = null;
  private deadline = 0;
  /** Set when the interrupt handler stopped the running code at its deadline. */
  private interrupted = false;
  /** Set once a fatal error was reported: nothing runs after it. */
  private dead = false;
  private firstRender: { start: number; launchStart: number; path: string } | null = null;
  /** A navigation being rendered: its `route` entry ends when the view applied it. */
  private route: { start: number; path: string; type: string } | null = null;
  /** Chunks of the bundle not evaluated yet, by file name. */
  private chunks = new Map<string, string>();
  /** When the running task started (epoch ms): the start of the updates it sends. */
  private taskStart = 0;
  /** Pending timers of the logic thread, by id. */
  private readonly timers = new DueTasks();
  private heartbeat: Int32Array<ArrayBufferLike> = new Int32Array(2);
  private sync: SyncCaller | null = null;
  /** Ids of asynchronous calls waiting for their answers. */
  private readonly pendingCalls = new Set<number>();
  /** The Worker's framework and the bundle's workers.js, when the app has Worker scripts. */
  private workerScripts: { framework: string; code: string; modules: Set<string> } | null = null;
  /** The app's Worker (wx.createWorker), while one runs. */
  private appWorker: AppWorker | null = null;
  /** The Worker's start and its messages on their way to the app, by a key of their own. */
  private readonly fromWorker = new DueTasks();
  private lastFromWorker = 0;

  constructor(
    private readonly quickjs: QuickJSWASMModule,
    private readonly postBatch: (messages: LogicBatch) => void,
    /** The worker's own JS heap, where the platform can measure it. */
    private readonly workerHeap?: () => LogicMemory['workerHeap'],
  ) {}

  /** Queues a message for the host: it goes with the others when the handling ends (see `ship`). */
  private post(message: LogicMessage): void {
    this.outbox.push(message);
  }

  /**
   * Posts a message the framework sent (through `__host.post`) at once, after those queued: its
   * data comes from mini-program code, and data that cannot be posted (nested too deep to copy)
   * throws here, inside the host function, where the mini-program gets the error.
   */
  private postNow(message: LogicMessage): void {
    this.ship();
    this.postBatch([message]);
  }

  /** Posts the queued messages, in order, in one post. */
  private ship(): void {
    if (this.outbox.length === 0) return;
    const messages = this.outbox;
    this.outbox = [];
    this.postBatch(messages);
  }

  /** Runs one host message. `seq` is echoed in the `idle` reply. */
  handle(message: HostMessage, seq: number): void {
    if (!this.dead) {
      switch (message.t) {
        case 'boot':
          this.boot(message);
          break;
        case 'event':
          // The view's event comes as JSON text, which goes into QuickJS as it is.
          this.run(`{"t":"event","event":${message.event}}`, 'event');
          break;
        case 'applied':
          this.applied(message.at);
          break;
        case 'layout':
          this.task({ t: 'layout', id: message.id, results: message.results });
          break;
        case 'answer':
          this.pendingCalls.delete(message.id);
          this.task({ t: 'answer', id: message.id, answer: message.answer });
          break;
        case 'route':
          this.route = { start: now(), path: message.path, type: message.openType };
          this.task(message);
          break;
        case 'needPrivacy':
        case 'visibility':
        case 'back':
        case 'pageNotFound':
        case 'pageEvent':
        case 'share':
        case 'theme':
        case 'inspect':
        case 'editData':
          this.task(message);
          break;
        case 'memory':
          this.post({ t: 'memory', id: message.id, memory: this.memory() });
          break;
        default: {
          const unknown: never = message;
          throw new Error(`unknown host message ${JSON.stringify(unknown)}`);
        }
      }
    }
    this.post({ t: 'idle', seq, timer: this.nextTimer() });
    this.ship();
  }

  /** When the next timer is due (epoch ms), or null. */
  private nextTimer(): number | null {
    if (this.dead) return null;
    // The Worker's timers and the messages between it and the app are due like timers.
    let next: number | null = null;
    for (const due of [this.timers.nextDue(), this.fromWorker.nextDue(), this.appWorker?.nextDue() ?? null]) if (due !== null && (next === null || due < next)) next = due;
    return next;
  }

  private scheduleTimer(id: number, delay: number): void {
    this.timers.schedule(id, delay, () => {
      if (this.dead) return;
      this.task({ t: 'timer', id });
      this.post({ t: 'idle', seq: 0, timer: this.nextTimer() });
      this.ship();
    });
  }

  private cancelTimer(id: number): void {
    this.timers.cancel(id);
  }

  private boot(message: Extract<HostMessage, { t: 'boot' }>): void {
    const limits = (this.limits = message.limits);
    this.heartbeat = new Int32Array(message.heartbeat);
    // The worker blocks on a sync call: the call, and what came before it, go at once.
    this.sync = new SyncCaller(message.sync, (call) => {
      this.post(call);
      this.ship();
    });
    const manifest = message.manifest as Manifest;
    if (message.workers !== undefined && manifest.workers !== undefined) this.workerScripts = { ...message.workers, modules: new Set(manifest.workers.modules) };
    const runtime = (this.runtime = this.quickjs.newRuntime());
    runtime.setMaxStackSize(Math.min(limits.stackBytes, 256 * 1024));
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setInterruptHandler(() => this.shouldInterrupt());
    const context = (this.context = runtime.newContext());
    const runtimeReady = now();

    const raw = (this.raw = new RawQuickJS(this.quickjs, context));
    raw.defineHostObject('__host', this.hostFunctions());

    const frameworkStart = now();
    // The framework is one block of a strict script, which evaluates its parts one at a time
    // (scripts/framework_parts.mjs); logic.js is not strict (a file's own "use strict" decides).
    const framework = splitFramework(message.framework);
    const dropParts = lendFrameworkParts(context, framework.parts);
    const evaluated = this.evaluate(framework.script, 'miniapp-framework.js', true);
    dropParts();
    if (!evaluated) return;
    const frameworkEnd = now();
    const api = context.getProp(context.global, '__miniapp');
    this.dispatchFn = context.getProp(api, 'dispatch');
    this.flushFn = context.getProp(api, 'flush');
    this.runningFn = context.getProp(api, 'running');
    api.dispose();

    const evalStart = now();
    this.chunks = new Map(Object.entries(message.chunks));
    // An app launched into an independent subpackage runs without the main package until it needs it.
    const launchPath = message.launch.path;
    const main = !(manifest.subpackages ?? []).some((p) => p.independent && p.pages.includes(launchPath));
    if (main) this.chunks.set('logic.js', message.logic);
    if (main && !this.evaluate(message.logic, 'logic.js')) return;
    this.chunks.delete('logic.js');
    if (!main) this.chunks.set('logic.js', message.logic);
    const { pages, components, using, root, tabBar, entryPagePath, chunks, chunkOf, subpackages, preloadRule } = manifest;
    this.task({ t: 'inject', manifest: { pages, components, using, root, tabBar, entryPagePath, chunks, chunkOf, subpackages, preloadRule }, apis: message.apis, main, devtools: message.devtools });
    if (this.dead) return;
    this.entries([
      // From the launch (the host creating the app) to QuickJS ready in the worker.
      { entryType: 'loadPackage', name: 'startRuntime', startTime: message.launchStart, duration: runtimeReady - message.launchStart },
      { entryType: 'script', name: 'evaluateFramework', startTime: frameworkStart, duration: frameworkEnd - frameworkStart, moduleName: 'miniapp-framework.js' },
      { entryType: 'script', name: 'evaluateScript', startTime: evalStart, duration: now() - evalStart, moduleName: 'APP' },
    ]);

    const launchStart = now();
    this.task({ t: 'launch', launch: message.launch });
    if (this.dead) return;
    this.entries([{ entryType: 'script', name: 'onLaunch', startTime: launchStart, duration: now() - launchStart }]);
    this.firstRender = { start: now(), launchStart: message.launchStart, path: message.launch.path };
    const { path, query, props } = message.launch;
    this.task({ t: 'route', path, query, openType: 'appLaunch', props });
  }

  /**
   * `__host`, the functions QuickJS calls. They are closures of this method, not of boot(): a
   * closure of boot() would keep its `message`, the framework's and the app's code, for the app's
   * life.
   */
  private hostFunctions(): [string, number, RawHostFunction][] {
    // Mini-program code can call these too: what they receive is checked, and a bad call throws
    // an error inside QuickJS, where it is the mini-program's own exception.
    return [
      ['post', 1, (args) => {
        const json = this.text(args.string(0), '__host.post');
        this.fromFramework(parseFrameworkMessage(json), json.length);
      }],
      ['call', 2, (args) => {
        const name = this.text(args.string(0), '__host.call');
        if (name.length === 0 || name.length > 128) throw new MalformedMessage('__host.call: bad API name');
        return this.callSync(name, this.text(args.string(1), '__host.call'));
      }],
      ['ops', 1, (args) => {
        // An early part of a first render goes at once: the view builds it while this thread goes on.
        this.post({ t: 'ops', ops: this.text(args.string(0), '__host.ops'), more: true, start: this.taskStart });
        this.ship();
      }],
      ['memoryExhausted', 0, () => this.memoryExhausted()],
      ['timer', 2, (args) => {
        const ms = args.number(1);
        this.scheduleTimer(this.timerId(args.number(0), '__host.timer'), Number.isFinite(ms) ? Math.max(0, ms) : 0);
      }],
      ['clearTimer', 1, (args) => this.cancelTimer(this.timerId(args.number(0), '__host.clearTimer'))],
      ['inject', 1, (args) => this.injectChunk(this.text(args.string(0), '__host.inject'))],
      ['worker', 2, (args) => this.workerCall(this.text(args.string(0), '__host.worker'), this.text(args.string(1) ?? '', '__host.worker'))],
      ['now', 0, () => now()],
    ];
  }

  /**
   * The view applied a batch at `at` (the host's clock, epoch ms): onReady and setData callbacks
   * may run; the first one ends the startup marks there, not when its answer reached this thread.
   */
  private applied(at: number): void {
    const first = this.firstRender;
    this.firstRender = null;
    const route = this.route;
    this.route = null;
    const received = now();
    const end = Number.isFinite(at) && at <= received ? at : received;
    // The marks the view's application ends come before what runs once it is applied (onReady).
    if (route !== null) {
      this.entries([{ entryType: 'navigation', name: 'route', startTime: route.start, duration: Math.max(0, end - route.start), path: route.path, navigationType: route.type }]);
    }
    if (first !== null && !this.dead) {
      this.entries([
        { entryType: 'render', name: 'firstRender', startTime: first.start, duration: Math.max(0, end - first.start), path: first.path },
        { entryType: 'navigation', name: 'appLaunch', startTime: first.launchStart, duration: Math.max(0, end - first.launchStart), path: first.path, navigationType: 'appLaunch' },
      ]);
    }
    if (this.acks.shift() === true && !this.dead) this.task({ t: 'applied' });
  }

  private entries(entries: PerformanceEntry[]): void {
    for (const entry of entries) this.post({ t: 'perf', entry });
    this.task({ t: 'perf', entries });
  }

  /**
   * Whether the heap is (nearly) used up: the wasm heap only grows, so its size is a high-water
   * mark. Either limit may be what ran out: the wasm heap's maximum, or QuickJS's own limit (this
   * build counts allocations rather than their sizes, so the heap is at least that large when it
   * is reached).
   */
  private memoryExhausted(): boolean {
    const heap = this.quickjs.getWasmMemory().buffer.byteLength;
    return heap >= this.limits!.memoryBytes || heap >= this.limits!.wasmHeapBytes * 0.75;
  }

  private shouldInterrupt(): boolean {
    if (Date.now() <= this.deadline) return false;
    this.interrupted = true;
    return true;
  }

  private begin(): void {
    this.deadline = Date.now() + this.limits!.taskTimeoutMs;
    this.interrupted = false;
    Atomics.add(this.heartbeat, Heartbeat.Task, 1);
    Atomics.store(this.heartbeat, Heartbeat.Busy, 1);
  }

  private end(): void {
    Atomics.store(this.heartbeat, Heartbeat.Busy, 0);
  }

  /** Evaluates a whole script (the framework, logic.js); false when it failed (the app is dead then). */
  private evaluate(code: string, filename: string, strict = false): boolean {
    const context = this.context!;
    this.begin();
    try {
      const result = context.evalCode(code, filename, { type: 'global', strict });
      if (result.error) {
        this.failed(context.dump(result.error) as DumpedError, `evaluating ${filename}`, true);
        result.error.dispose();
        return false;
      }
      result.value.dispose();
      return true;
    } finally {
      this.end();
    }
  }

  /** One task: dispatch a message to the framework, run the jobs it queued, send the DOM operations. */
  private task(message: DispatchMessage): void {
    this.run(JSON.stringify(message), message.t);
  }

  /** A task of the dispatch message `json`, whose type is `t`. */
  private run(json: string, t: DispatchMessage['t']): void {
    const context = this.context!;
    this.taskStart = now();
    this.begin();
    try {
      const outcome = this.raw!.call(this.dispatchFn!, json);
      if (outcome.error) {
        this.failed(context.dump(outcome.error) as DumpedError, t, false);
        outcome.error.dispose();
      } else {
        this.raw!.free(outcome.value);
      }
      if (this.dead) return;
      const jobsError = this.raw!.executePendingJobs();
      if (jobsError) {
        this.failed(context.dump(jobsError) as DumpedError, 'a promise job', false);
        jobsError.dispose();
      }
      if (this.dead) return;
      this.flush();
    } finally {
      this.end();
    }
  }

  private flush(): void {
    const context = this.context!;
    // A fresh deadline: the operations of an interrupted task are still sent, so the view
    // matches the logic thread's tree.
    this.deadline = Date.now() + this.limits!.taskTimeoutMs;
    const outcome = this.raw!.call(this.flushFn!);
    if (outcome.error) {
      this.failed(context.dump(outcome.error) as DumpedError, 'sending DOM operations', true);
      outcome.error.dispose();
      return;
    }
    const batch = this.raw!.takeString(outcome.value);
    if (batch === '') return;
    // A batch something waits for (see runtime/logic/render_queue.ts) is marked; a navigation's
    // marks wait for its batch too.
    const waited = batch.charCodeAt(0) === ACK_MARK;
    const ack = waited || this.route !== null || this.firstRender !== null;
    if (ack) this.acks.push(waited);
    this.post({ t: 'ops', ops: waited ? batch.slice(1) : batch, ack, start: this.taskStart });
  }

  /** The page whose code was running when the last task failed. */
  private runningPage(): string | undefined {
    const context = this.context!;
    this.deadline = Date.now() + this.limits!.taskTimeoutMs;
    const result = context.callFunction(this.runningFn!, context.undefined);
    if (result.error) {
      result.error.dispose();
      return undefined;
    }
    const page = context.dump(result.value) as string | undefined;
    result.value.dispose();
    return page;
  }

  /** Something escaped the framework: an interrupt, memory exhaustion, or a framework fault. */
  private failed(dumped: DumpedError | null, during: string, fatal: boolean): void {
    const page = this.runningFn ? this.runningPage() : undefined;
    // QuickJS throws null when it cannot allocate the error of a failed allocation.
    const error: DumpedError = dumped ?? (this.memoryExhausted() ? { name: 'InternalError', message: 'out of memory' } : { name: 'Error', message: 'null was thrown' });
    let kind: AppErrorKind = 'exception';
    let message = `${error.name ?? 'Error'}: ${error.message ?? String(error)} (while ${during})`;
    if (this.interrupted) {
      kind = 'timeout';
      message = `a task ran longer than ${this.limits!.taskTimeoutMs} ms and was stopped (while ${during})`;
    } else if (error.name === 'InternalError' && error.message === 'out of memory') {
      kind = 'memory';
      fatal = true;
      message = `the logic thread ran out of memory (while ${during})`;
    } else if (error.name === 'InternalError' && error.message === 'stack overflow') {
      kind = 'stack';
      message = `maximum call stack size exceeded (while ${during})`;
    }
    const report: AppError = { kind, page, message, stack: trimStack(error.stack), fatal };
    this.post({ t: 'error', error: report });
    if (fatal) this.die();
  }

  /**
   * The app closed while its worker goes on (a pool's worker): as after a fatal error, and QuickJS
   * is let go with its wasm memory, for the worker's garbage collector.
   */
  close(): void {
    this.die();
    this.outbox = [];
    this.raw = null;
    this.dispatchFn = this.flushFn = this.runningFn = null;
    this.context = null;
    this.runtime = null;
  }

  /** Nothing runs after a fatal error: the timers are dropped too. */
  private die(): void {
    this.dead = true;
    this.timers.clear();
    this.fromWorker.clear();
    this.endWorker();
  }

  /**
   * `__host.worker(op, arg)`: the app's Worker. `create` (arg: the entry script) starts it, `post`
   * (arg: a message as JSON) sends it a message, `terminate` ends it. Answers '' or why it failed.
   */
  private workerCall(op: string, arg: string): string {
    switch (op) {
      case 'create': {
        const scripts = this.workerScripts;
        const entry = arg.replace(/^\/+/, '');
        if (scripts === null) return 'the app has no Worker scripts: app.json names no "workers" folder';
        if (!scripts.modules.has(entry)) return `"${entry}" is not a script of the Worker folder`;
        if (this.appWorker !== null) return 'a Worker is running: only one may run at a time (terminate it first)';
        const worker = new AppWorker(this.quickjs, this.runtime!, {
          task: (context, raw, during, call) => this.contextTask(context, raw, during, call),
          fromFramework: (json) => this.fromFramework(parseFrameworkMessage(json), json.length),
          toApp: (json) => this.toApp(json),
          text: (text, fn) => this.text(text, fn),
          memoryExhausted: () => this.memoryExhausted(),
          now: () => now(),
          done: () => this.idleAfterWorker(),
        });
        this.appWorker = worker;
        // The Worker starts in a task of its own, after the one that created it.
        this.fromWorker.schedule(++this.lastFromWorker, 0, () => {
          // A Worker whose scripts failed to evaluate (reported as the app's errors) ends there.
          if (this.appWorker === worker && !worker.start(scripts.framework, scripts.code, entry) && this.appWorker === worker) this.endWorker();
          this.idleAfterWorker();
        });
        return '';
      }
      case 'post':
        this.appWorker?.post(arg);
        return '';
      case 'terminate':
        this.endWorker();
        return '';
      default:
        throw new MalformedMessage(`__host.worker: unknown operation ${JSON.stringify(op.slice(0, 32))}`);
    }
  }

  private endWorker(): void {
    const worker = this.appWorker;
    this.appWorker = null;
    worker?.end();
  }

  /** The Worker's message to the app: in a task of the app's own, after the Worker's. */
  private toApp(json: string): void {
    if (this.fromWorker.size >= MAX_WORKER_MESSAGES) throw new MalformedMessage(`worker.postMessage: more than ${MAX_WORKER_MESSAGES} messages are waiting for the app`);
    this.fromWorker.schedule(++this.lastFromWorker, 0, () => {
      if (this.dead) return;
      this.task({ t: 'workerMessage', message: json });
      this.idleAfterWorker();
    });
  }

  /** A task of the Worker (see AppWorkerHooks.task): under the app's deadline, its errors the app's. */
  private contextTask(context: QuickJSContext, raw: RawQuickJS, during: string, call: () => QuickJSHandle | undefined): void {
    if (this.dead) return;
    this.taskStart = now();
    this.begin();
    try {
      // What was thrown is read before it is reported: a fatal report ends the Worker and its context.
      const error = call();
      if (error !== undefined) {
        const dumped = context.dump(error) as DumpedError;
        error.dispose();
        this.failed(dumped, during, false);
      }
      if (this.dead || this.appWorker === null) return;
      const jobsError = raw.executePendingJobs();
      if (jobsError) {
        const dumped = context.dump(jobsError) as DumpedError;
        jobsError.dispose();
        this.failed(dumped, 'a promise job in the Worker', false);
      }
    } finally {
      this.end();
    }
  }

  /** A task of the Worker is one the host did not send: it hears when it is done, and what is still due. */
  private idleAfterWorker(): void {
    this.post({ t: 'idle', seq: 0, timer: this.nextTimer() });
    this.ship();
  }

  /**
   * Evaluates a chunk the framework needs, once, inside the running task (so under its deadline);
   * its evaluation is an `evaluateScript` mark. False for a name the bundle has not or has run.
   */
  private injectChunk(name: string): boolean {
    const code = this.chunks.get(name);
    if (code === undefined) return false;
    this.chunks.delete(name);
    const start = now();
    const result = this.context!.evalCode(code, name, { type: 'global', strict: false });
    if (result.error) {
      const error = this.context!.dump(result.error) as DumpedError;
      result.error.dispose();
      throw new Error(`${error.name ?? 'Error'}: ${error.message ?? ''} (while evaluating ${name})`);
    }
    result.value.dispose();
    this.post({ t: 'perf', entry: { entryType: 'script', name: 'evaluateScript', startTime: start, duration: now() - start, moduleName: name } });
    return true;
  }

  /** A timer id from the framework: a positive integer. */
  private timerId(id: number, fn: string): number {
    if (!Number.isSafeInteger(id) || id <= 0) throw new MalformedMessage(`${fn}: a timer id must be a positive integer`);
    return id;
  }

  /** A string argument of a host function, within the size of an API call. */
  private text(text: string | undefined, fn: string): string {
    if (text === undefined) throw new MalformedMessage(`${fn}: the message must be a string`);
    if (text.length > MAX_CALL_BYTES) throw new MalformedMessage(`${fn}: the message is larger than ${MAX_CALL_BYTES} characters`);
    return text;
  }

  /**
   * A `*Sync` API call: blocks until the host answers, at most until the sync timeout or the
   * task's deadline. The answer stays JSON text: QuickJS parses it.
   */
  private callSync(api: string, json: string): string {
    let args: unknown;
    try {
      args = JSON.parse(json);
    } catch {
      throw new MalformedMessage('__host.call: the arguments are not JSON');
    }
    checkArgumentDepth(args, json.length);
    const timeout = Math.min(this.limits!.syncTimeoutMs, this.deadline - Date.now());
    const answer = timeout > 0 ? this.sync!.call(api, args, timeout) : null;
    if (answer !== null) return answer;
    const timedOut: ApiAnswer = { ok: false, res: { errMsg: `${api}:fail timeout` } };
    return JSON.stringify(timedOut);
  }

  /** A message the framework posted, `length` characters of JSON. */
  private fromFramework(message: FrameworkMessage, length: number): void {
    switch (message.t) {
      case 'invoke':
        checkArgumentDepth(message.args, length);
        if (this.pendingCalls.size >= MAX_PENDING_CALLS) throw new MalformedMessage(`__host.post: more than ${MAX_PENDING_CALLS} API calls are waiting for answers`);
        this.pendingCalls.add(message.id);
        this.postNow(message);
        break;
      // Rebuilt flat by parseFrameworkMessage, so they cannot fail to post: they go with the
      // task's other messages in its one post.
      case 'perf':
      case 'page':
        this.post(message);
        break;
      case 'privacy':
        this.postNow(message);
        break;
      case 'log':
        this.postNow(message.text.length > MAX_LOG_TEXT ? { ...message, text: `${message.text.slice(0, MAX_LOG_TEXT)}… (cut at ${MAX_LOG_TEXT} characters)` } : message);
        break;
      case 'error':
        this.postNow(message);
        if (message.error.fatal) this.die();
        break;
      case 'query':
      case 'shared':
      case 'inspected':
        this.postNow(message);
        break;
      case 'setData':
        this.postNow({ ...message, start: this.taskStart });
        break;
      default: {
        const unknown: never = message;
        throw new Error(`unknown framework message ${JSON.stringify(unknown)}`);
      }
    }
  }

  /**
   * The memory this thread holds: QuickJS's own count of its runtime's bytes (this build has no
   * malloc_usable_size, so `memory_used_size`, its estimate from the sizes of what it allocated),
   * the wasm memory's size, and the worker's JS heap. The wasm memory is not read: reading a page
   * never written makes it resident (measured: 16 MB of RSS for a scan of an untouched memory).
   */
  private memory(): LogicMemory {
    let quickjsBytes = 0;
    let quickjsObjects = 0;
    if (this.runtime !== null && this.context !== null) {
      try {
        const usage = this.runtime.computeMemoryUsage();
        const dumped = this.context.dump(usage) as { memory_used_size?: number; obj_count?: number };
        usage.dispose();
        quickjsBytes = dumped.memory_used_size ?? 0;
        quickjsObjects = dumped.obj_count ?? 0;
      } catch {
        // A runtime at its memory limit cannot make the object that reports it: the zeros say "unknown".
      }
    }
    return { quickjsBytes, quickjsObjects, wasmBytes: this.quickjs.getWasmMemory().buffer.byteLength, workerHeap: this.workerHeap?.() };
  }
}

function trimStack(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const lines = stack.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 12 ? [...lines.slice(0, 12), `    … ${lines.length - 12} more frames`].join('\n') : lines.join('\n');
}
