// The embedding API: start a mini-program from a bundle in a container. The logic thread runs in
// a worker (QuickJS inside); the render layer applies its DOM operations to the container and
// sends user interactions back. Nothing the mini-program does can take the host down: failures
// arrive as `error` events, and a fatal one terminates only this app's worker.
import { Worker } from 'node:worker_threads';
import type {
  AppError,
  HostEnvelope,
  HostMessage,
  LaunchOptions,
  Limits,
  LogicMessage,
  LogLevel,
  OpBatch,
  PerformanceEntry,
} from '../../bridge/protocol.js';
import type { Bundle } from '../../spec/bundle.js';
import { View } from '../view/view.js';
import { frameworkScript, nodeWorkerUrl } from './assets.js';
import { now } from './clock.js';
import { quickjsModule } from './quickjs_module.js';
import { Heartbeat } from './logic_thread.js';

/** Limits used where the host gives none. */
export const DEFAULT_LIMITS: Limits = {
  taskTimeoutMs: 5000,
  memoryBytes: 128 * 1024 * 1024,
  wasmHeapBytes: 256 * 1024 * 1024,
  stackBytes: 256 * 1024,
};

/** How long past its deadline a task may run before the worker is presumed stuck and terminated. */
const WATCHDOG_GRACE_MS = 1000;

/** settled() waits for the timers due within this many milliseconds by default. */
const SETTLE_TIMERS_MS = 2000;

export interface MiniAppOptions {
  /** The compiled bundle (from `compileProject` or `readBundle`). */
  bundle: Bundle;
  /** The element the pages render into. */
  container: Element;
  /**
   * The page to open (the manifest's entry page by default), its query and the scene; for a bundle
   * built from one component, the property values it renders with.
   */
  launch?: { path?: string; query?: Record<string, string>; scene?: number; props?: Record<string, unknown> };
  limits?: Partial<Limits>;
  /** Screen width of the simulated device in px (750 rpx). Defaults to 375. */
  screenWidth?: number;
}

export interface MiniAppEvents {
  /** Something the mini-program's code did failed; `fatal` errors ended the app. */
  error: AppError;
  /** A console call in the logic thread. */
  log: { level: LogLevel; text: string };
  /** A startup mark was measured. */
  performance: PerformanceEntry;
  /**
   * The view applied the DOM operations of one logic task (a route, an event handler, a timer):
   * from the start of that task in the logic thread to the end of their application (epoch ms);
   * `viewDuration` is the part spent in the render layer (reading and applying the operations).
   */
  update: { startTime: number; duration: number; viewDuration: number };
}

export type MiniAppState = 'running' | 'crashed' | 'closed';

/** WeChat's default scene: a mini-program opened from the chat list. */
const DEFAULT_SCENE = 1001;

/** A running mini-program. */
export class MiniApp {
  /** The render layer, holding the pages' DOM. */
  readonly view: View;
  /** Resolves when the first page has rendered and its onReady ran; rejects if the app died first. */
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly heartbeat = new Int32Array(new SharedArrayBuffer(8));
  private readonly limits: Limits;
  private readonly listeners: { [K in keyof MiniAppEvents]: ((e: MiniAppEvents[K]) => void)[] } = { error: [], log: [], performance: [], update: [] };
  private readonly entries: PerformanceEntry[] = [];
  private readonly outstanding = new Set<number>();
  /** When the logic thread's next timer is due (epoch ms), as its last `idle` said. */
  private nextTimer: number | null = null;
  /** Time the view spent on the parts of the update being applied (see the `update` event). */
  private viewDuration = 0;
  private settleWaiters: { resolve: () => void; until: number }[] = [];
  private seq = 0;
  private stateValue: MiniAppState = 'running';
  private readyResolve!: () => void;
  private readyReject!: (e: Error) => void;
  private readonly watchdog: ReturnType<typeof setInterval>;

  constructor(options: MiniAppOptions) {
    const launchStart = now();
    const manifest = options.bundle.manifest;
    const path = manifest.root !== undefined ? manifest.root.component : (options.launch?.path ?? manifest.entryPagePath).replace(/^\//, '');
    if (manifest.root === undefined && !manifest.pages.includes(path)) {
      throw new Error(`page "${path}" is not one of the app's pages (${manifest.pages.join(', ')})`);
    }
    const launch: LaunchOptions = { path, query: options.launch?.query ?? {}, scene: options.launch?.scene ?? DEFAULT_SCENE, props: options.launch?.props };
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.ready = new Promise<void>((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    // Nobody has to wait for `ready`: an app that dies early must not become an unhandled rejection.
    this.ready.catch(() => undefined);

    this.view = new View(options.container, {
      css: options.bundle.css,
      screenWidth: options.screenWidth,
      send: (event) => this.send({ t: 'event', event }),
    });
    this.worker = new Worker(nodeWorkerUrl, {
      workerData: { heartbeat: this.heartbeat.buffer },
      // The worker's own JS heap; the QuickJS heap is bounded by the limits instead.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
    this.worker.on('message', (message: LogicMessage) => this.receive(message));
    this.worker.on('error', (error) => this.crash(`the logic thread failed: ${error.message}`));
    this.worker.on('exit', (code) => {
      if (this.stateValue === 'running') this.crash(`the logic thread exited (code ${code})`);
    });
    this.watchdog = this.startWatchdog();
    // The boot counts as outstanding from now: settled() must not resolve before QuickJS is compiled.
    const seq = this.reserve();
    quickjsModule().then(
      (quickjs) => {
        const boot: HostMessage = { t: 'boot', framework: frameworkScript(), logic: options.bundle.logic, manifest, limits: this.limits, launch, launchStart, quickjs };
        this.post(seq, boot);
      },
      (error: Error) => this.crash(`QuickJS could not be loaded: ${error.message}`),
    );
  }

  get state(): MiniAppState {
    return this.stateValue;
  }

  on<K extends keyof MiniAppEvents>(event: K, listener: (e: MiniAppEvents[K]) => void): this {
    this.listeners[event].push(listener);
    return this;
  }

  /** Removes a listener added with {@link on}. */
  off<K extends keyof MiniAppEvents>(event: K, listener: (e: MiniAppEvents[K]) => void): this {
    const listeners = this.listeners[event] as ((e: MiniAppEvents[K]) => void)[];
    const index = listeners.indexOf(listener);
    if (index !== -1) listeners.splice(index, 1);
    return this;
  }

  /** The startup marks measured so far (appLaunch, evaluateScript, firstRender), as in wx.getPerformance(). */
  performanceEntries(): PerformanceEntry[] {
    return this.entries.slice();
  }

  /**
   * Resolves when the logic thread is idle, the view has applied everything it was sent, and no
   * timer is due within `timers` milliseconds (a longer or repeating one does not hold it).
   */
  settled(options: { timers?: number } = {}): Promise<void> {
    const until = Date.now() + (options.timers ?? SETTLE_TIMERS_MS);
    if (this.isSettled(until)) return Promise.resolve();
    return new Promise((resolve) => this.settleWaiters.push({ resolve, until }));
  }

  private isSettled(until: number): boolean {
    return this.stateValue !== 'running' || (this.outstanding.size === 0 && (this.nextTimer === null || this.nextTimer > until));
  }

  /** Stops the app and removes its pages from the container. */
  async close(): Promise<void> {
    if (this.stateValue === 'closed') return;
    this.stateValue = 'closed';
    this.stop();
    this.view.destroy();
    await this.worker.terminate();
  }

  private emit<K extends keyof MiniAppEvents>(event: K, value: MiniAppEvents[K]): void {
    for (const listener of this.listeners[event]) listener(value);
  }

  private send(message: HostMessage): void {
    if (this.stateValue !== 'running') return;
    this.post(this.reserve(), message);
  }

  /** Numbers a message to come: the app is not settled until the worker has handled it. */
  private reserve(): number {
    const seq = ++this.seq;
    this.outstanding.add(seq);
    return seq;
  }

  private post(seq: number, message: HostMessage): void {
    if (this.stateValue !== 'running') return;
    const envelope: HostEnvelope = { seq, message };
    this.worker.postMessage(envelope);
  }

  private receive(message: LogicMessage): void {
    if (this.stateValue !== 'running') return;
    switch (message.t) {
      case 'ops': {
        const viewStart = now();
        try {
          this.view.apply(JSON.parse(message.ops) as OpBatch);
        } catch (error) {
          this.crash(`the logic thread sent DOM operations the view refused: ${(error as Error).message}`);
          return;
        }
        const end = now();
        this.viewDuration += end - viewStart;
        if (!message.more) {
          this.send({ t: 'applied', at: end });
          const viewDuration = this.viewDuration;
          this.viewDuration = 0;
          this.emit('update', { startTime: message.start, duration: end - message.start, viewDuration });
        }
        break;
      }
      case 'idle':
        this.outstanding.delete(message.seq);
        this.nextTimer = message.timer;
        this.wakeSettled();
        break;
      case 'error':
        this.emit('error', message.error);
        if (message.error.fatal) this.die(message.error);
        break;
      case 'log':
        this.emit('log', { level: message.level, text: message.text });
        break;
      case 'perf':
        this.entries.push(message.entry);
        this.emit('performance', message.entry);
        if (message.entry.name === 'appLaunch') this.readyResolve();
        break;
      case 'page':
        break;
      case 'query':
        this.send({ t: 'layout', id: message.id, results: message.requests.map((request) => this.view.measure(request)) });
        break;
      default: {
        const unknown: never = message;
        throw new Error(`unknown logic message ${JSON.stringify(unknown)}`);
      }
    }
  }

  private wakeSettled(): void {
    const waiting = this.settleWaiters;
    this.settleWaiters = waiting.filter((w) => !this.isSettled(w.until));
    for (const w of waiting) if (this.isSettled(w.until)) w.resolve();
  }

  private startWatchdog(): ReturnType<typeof setInterval> {
    let lastTask = -1;
    let since = 0;
    const timer = setInterval(() => {
      const task = Atomics.load(this.heartbeat, Heartbeat.Task);
      const busy = Atomics.load(this.heartbeat, Heartbeat.Busy) === 1;
      if (!busy || task !== lastTask) {
        lastTask = task;
        since = Date.now();
        return;
      }
      if (Date.now() - since > this.limits.taskTimeoutMs + WATCHDOG_GRACE_MS) {
        this.crash(`the logic thread did not answer for ${Date.now() - since} ms and was terminated`);
      }
    }, 250);
    timer.unref();
    return timer;
  }

  /** The worker failed in a way it could not report itself. */
  private crash(message: string): void {
    if (this.stateValue !== 'running') return;
    const error: AppError = { kind: 'crash', page: this.view.currentPage?.route, message, fatal: true };
    this.emit('error', error);
    this.die(error);
  }

  private die(error: AppError): void {
    if (this.stateValue !== 'running') return;
    this.stateValue = 'crashed';
    this.stop();
    void this.worker.terminate();
    this.readyReject(new Error(error.message));
  }

  /** Stops the traffic; a crashed app's last page stays on screen until close(). */
  private stop(): void {
    clearInterval(this.watchdog);
    this.outstanding.clear();
    this.wakeSettled();
  }
}

/** Starts a mini-program. See {@link MiniAppOptions}. */
export function createMiniApp(options: MiniAppOptions): MiniApp {
  return new MiniApp(options);
}
