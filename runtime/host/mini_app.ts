// The embedding API: start a mini-program from a bundle in a container. The logic thread runs in
// a worker (QuickJS inside); the render layer applies its DOM operations to the container and
// sends user interactions back; the bridge serves its API calls with the host's services. Nothing
// the mini-program does can take the host down: failures arrive as `error` events, and a fatal
// one ends only this app's logic thread (its worker, or its place in a pool's worker). The worker
// and the loading of QuickJS come from a Platform (node/platform.ts, browser/platform.ts).
import type { ApiCallRecord, Bridge, CallHooks } from '../../bridge/bridge.js';
import type {
  ApiAnswer,
  AppError,
  HostEnvelope,
  HostMessage,
  Inspection,
  JsonObject,
  LaunchOptions,
  Limits,
  LogicMemory,
  LogicMessage,
  LogLevel,
  OpBatch,
  PageEventName,
  PerformanceEntry,
  PrivacyEvent,
  SetDataRecord,
  ShareContent,
} from '../../bridge/protocol.js';
import type { Bundle, Theme } from '../../spec/bundle.js';
import type { ViewServices } from '../view/components/builtin.js';
import { MAX_NODES, View } from '../view/view.js';
import { now } from './clock.js';
import { resolveDevice, type Device, type DeviceName } from './devices.js';
import { LogicSourceMap } from './source_map.js';
import { writtenSelector } from '../view/written_selector.js';
import { Chrome } from '../view/chrome.js';
import { chromeHandlers } from './chrome_handlers.js';
import { Answers } from './answers.js';
import { Navigation, type PageLocation } from './navigation.js';
import type { Platform, WorkerHandle, WorkerListeners } from './platform.js';
import type { WorkerPool } from './worker_pool.js';
import { hostServices, type HostOptions } from './services.js';
import type { SystemInfoOptions } from '../../bridge/handlers/system.js';
import { SyncResponder, syncChannelBuffer } from './sync_channel.js';
import { uiHandlers } from './ui_handlers.js';
import { viewServices } from './view_services.js';
import { startWatchdog } from './watchdog.js';

/** Limits used where the host gives none. */
export const DEFAULT_LIMITS: Limits = {
  taskTimeoutMs: 5000,
  memoryBytes: 128 * 1024 * 1024,
  wasmHeapBytes: 256 * 1024 * 1024,
  stackBytes: 256 * 1024,
  syncTimeoutMs: 3000,
  viewNodes: MAX_NODES,
};

/** settled() waits for the timers due within this many milliseconds by default. */
const SETTLE_TIMERS_MS = 2000;

export interface MiniAppOptions {
  /** The compiled bundle (from `compileProject`, `readBundle` or, in a browser, `fetchBundle`). */
  bundle: Bundle;
  /** The element the pages render into. */
  container: Element;
  /**
   * The page to open (the manifest's entry page by default), its query and the scene; for a bundle
   * built from one component, the property values it renders with.
   */
  launch?: { path?: string; query?: Record<string, string>; scene?: number; props?: Record<string, unknown> };
  limits?: Partial<Limits>;
  /** The simulated device: a preset's name (runtime/host/devices.ts) or the host's own. Defaults to `iPhone 6/7/8`. */
  device?: DeviceName | Device;
  /** Screen width in px (750 rpx), overriding the device's. */
  screenWidth?: number;
  /**
   * The system theme at start (`light` by default; `host.system.theme` says it too); `setTheme`
   * changes it. An app follows it only with app.json's `darkmode`, as in WeChat: otherwise it stays light.
   */
  theme?: Theme;
  /** The services the host lends the mini-program (storage, permissions, providers, its own APIs). */
  host?: HostOptions;
  /** The URL of a file of the app (a tab bar icon); `/<path>` by default. */
  assetUrl?(path: string): string;
  /**
   * The host inspects the app (the devtools): `inspect()` and `editData()` work, and `update`
   * events list the setData calls behind them. Off by default: it costs a little on every setData.
   */
  devtools?: boolean;
  /**
   * Runs the logic thread in a worker of this pool, beside other apps' (see {@link WorkerPool}),
   * instead of in a worker of its own: less memory per app, shared time.
   */
  workers?: WorkerPool;
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
  update: {
    startTime: number;
    duration: number;
    viewDuration: number;
    /** The length of the DOM operations the view applied, as JSON text (0: the task changed nothing on screen). */
    bytes: number;
    /** With `devtools`: the task's setData calls (component, paths, size). */
    setData?: SetDataRecord[];
  };
  /** An API call was answered: its arguments, answer, timing and how its permission checks went. */
  api: ApiCallRecord;
}

export type MiniAppState = 'running' | 'crashed' | 'closed';

/**
 * What a running app's parts hold, as each can measure it (see {@link MiniApp.memoryUsage}). The
 * process's growth per app (its worker's native memory, the view's objects in the host's heap) is
 * measured from outside: `miniapp profile` launches several apps and divides.
 */
export interface MemoryUsage {
  /** The logic thread: its QuickJS heap, its wasm memory and the worker's own JS heap. */
  logic: LogicMemory;
  /** The render layer: the elements in the app's container (its pages, the UI above them, the bars). */
  view: { elements: number };
}

/** WeChat's default scene: a mini-program opened from the chat list. */
const DEFAULT_SCENE = 1001;

/** A running mini-program. */
export class MiniApp {
  /** The render layer, holding the pages' DOM and the UI drawn above them. */
  readonly view: View;
  /** Resolves when the first page has rendered and its onReady ran; rejects if the app died first. */
  readonly ready: Promise<void>;
  /** The app id its storage and permissions are kept under. */
  readonly appId: string;
  private readonly worker: WorkerHandle;
  private readonly bridge: Bridge;
  private readonly navigation: Navigation;
  private readonly heartbeat = new Int32Array(new SharedArrayBuffer(8));
  private readonly syncBuffer = syncChannelBuffer();
  private readonly sync = new SyncResponder(this.syncBuffer);
  private readonly limits: Limits;
  private readonly listeners: { [K in keyof MiniAppEvents]: ((e: MiniAppEvents[K]) => void)[] } = { error: [], log: [], performance: [], update: [], api: [] };
  private readonly entries: PerformanceEntry[] = [];
  /** Envelopes the worker has not answered, and API calls not answered yet (unless they wait for the user). */
  private readonly outstanding = new Set<number>();
  /** When the logic thread's next timer is due (epoch ms), as its last `idle` said. */
  private nextTimer: number | null = null;
  private readonly sourceMap: LogicSourceMap;
  /** The style scopes of the app's pages and components (their classes' DOM form is `<scope>--<class>`). */
  private readonly styleScopes: string[];
  /** The simulated device (a resize changes it), and what the system information APIs report of the host. */
  private readonly device: Device & SystemInfoOptions;
  /** The host's theme, and whether the app follows it (app.json's `darkmode`). */
  private hostTheme: Theme;
  private readonly darkmode: boolean;
  /** The navigation bar, the tab bar, the pull-down refresh and the page's scrolling. */
  readonly chrome: Chrome;
  private scrollPending: number | null = null;
  private readonly shares = new Answers<ShareContent | null>(null);
  /** Time the view spent on the parts of the update being applied (see the `update` event), and their length. */
  private viewDuration = 0;
  private updateBytes = 0;
  /** With devtools: the setData calls of the tasks whose update is not applied yet. */
  private setDataLog: { records: SetDataRecord[]; start: number } | null = null;
  private readonly devtools: boolean;
  private readonly inspections = new Answers<Inspection>({ pages: [], components: [] });
  private readonly memoryAnswers = new Answers<LogicMemory | null>(null);
  private readonly container: Element;
  /** The mini-program's answers to privacy consent requests, by call id (a stopped app disagrees). */
  private readonly privacyAnswers = new Answers<PrivacyEvent>('disagree');
  /** Ids of the `agreePrivacyAuthorization` buttons the user tapped: an `agree` answer must name one. */
  private readonly agreeButtons = new Set<string>();
  /** What the view's built-in components ask of the host (set once the bridge exists). */
  private viewServices!: ViewServices;
  /** Ids of the privacy requests of calls the view made, apart from the logic thread's call ids. */
  private viewCallId = 1 << 30;
  private settleWaiters: { resolve: () => void; until: number }[] = [];
  private seq = 0;
  private stateValue: MiniAppState = 'running';
  private readyResolve!: () => void;
  private readyReject!: (e: Error) => void;
  private readonly stopWatchdog: () => void;

  constructor(options: MiniAppOptions, platform: Platform) {
    const launchStart = now();
    const manifest = options.bundle.manifest;
    if (typeof manifest.appid !== 'string' || manifest.permission === undefined || manifest.requiredPrivateInfos === undefined) {
      throw new Error('the bundle\'s manifest has no appid, permission or requiredPrivateInfos: it was built by an older miniapp; build it again');
    }
    const path = manifest.root !== undefined ? manifest.root.component : (options.launch?.path ?? manifest.entryPagePath).replace(/^\//, '');
    // A launch page the app does not have goes to App.onPageNotFound, as in WeChat.
    this.styleScopes = Object.values(manifest.components).flatMap((c) => (c.style === undefined ? [] : [c.style.scope]));
    this.sourceMap = new LogicSourceMap({ 'logic.js': options.bundle.logicMap, ...Object.fromEntries(Object.entries(options.bundle.chunks ?? {}).map(([name, chunk]) => [name, chunk.map])) });
    const launch: LaunchOptions = { path, query: options.launch?.query ?? {}, scene: options.launch?.scene ?? DEFAULT_SCENE, props: options.launch?.props };
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.ready = new Promise<void>((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
    // Nobody has to wait for `ready`: an app that dies early must not become an unhandled rejection.
    this.ready.catch(() => undefined);

    this.container = options.container;
    const device = (this.device = { ...resolveDevice(options.device) });
    if (options.screenWidth !== undefined) device.screenWidth = options.screenWidth;
    const screenWidth = device.screenWidth;
    this.hostTheme = options.theme ?? options.host?.system?.theme ?? 'light';
    this.darkmode = manifest.darkmode === true;
    this.view = new View(options.container, {
      css: options.bundle.css,
      theme: this.theme,
      screenWidth,
      safeArea: { top: 0, right: 0, bottom: device.safeAreaBottomInset, left: 0 },
      send: (event) => this.send({ t: 'event', event: JSON.stringify(event) }),
      maxNodes: this.limits.viewNodes,
      services: {
        navigate: (api, args) => this.viewServices.navigate(api, args),
        openType: (type, args) => this.viewServices.openType(type, args),
        navigationBar: (page, bar) => this.chrome.setBarOf(page, bar),
      },
    });
    this.navigation = new Navigation(manifest.pages, manifest.tabBar?.list.map((t) => t.pagePath) ?? [], { path, query: launch.query }, (message) => this.send(message));
    const tabs = manifest.tabBar?.list ?? [];
    this.chrome = new Chrome(options.container, this.view.ui.root, { window: manifest.window, pageConfigs: manifest.pageConfigs, tabBar: manifest.tabBar, dark: manifest.dark, theme: this.theme, assetUrl: options.assetUrl }, {
      back: () => this.tryNavigation(() => this.navigateBack(1)),
      switchTab: (index) =>
        this.tryNavigation(() => {
          const tab = tabs[index];
          if (this.navigation.current.path !== tab.pagePath || this.navigation.depth > 1) this.switchTab(`/${tab.pagePath}`);
          this.pageEvent('onTabItemTap', { index, pagePath: tab.pagePath, text: tab.text });
        }),
      pageScroll: (scrollTop) => this.pageScroll(scrollTop),
      reachBottom: () => this.pageEvent('onReachBottom'),
      pullDownRefresh: () => this.pageEvent('onPullDownRefresh'),
    });
    this.view.pagesEnd = this.chrome.pagesEnd;
    const chromeApis = chromeHandlers(this.chrome, { pullDownRefresh: () => this.pageEvent('onPullDownRefresh'), tabCount: tabs.length });
    this.bridge = hostServices(options.host ?? {}, manifest, { ...uiHandlers(this.view.ui), ...chromeApis, ...this.navigation.handlers() }, device);
    // WeChat reports the theme only to an app with `darkmode`.
    this.device.theme = this.darkmode ? this.hostTheme : undefined;
    this.viewServices = viewServices({
      bridge: this.bridge,
      call: (run) => this.callFromView(run),
      agreeButtons: this.agreeButtons,
      warn: (text) => this.emit('log', { level: 'warn', text }),
    });
    this.appId = options.host?.appId ?? manifest.appid;
    this.devtools = options.devtools === true;
    this.bridge.observe((record) => this.emit('api', record));
    const listeners: WorkerListeners = {
      message: (messages) => {
        for (const message of messages) this.receive(message);
      },
      error: (message) => this.crash(`the logic thread failed: ${message}`),
      exit: (code) => {
        if (this.stateValue === 'running') this.crash(`the logic thread exited (code ${code})`);
      },
    };
    this.worker = options.workers !== undefined ? options.workers.start(platform, listeners) : platform.startWorker(listeners);
    this.stopWatchdog = startWatchdog(this.heartbeat, this.limits.taskTimeoutMs, (ms) => {
      void this.worker.terminate(true);
      this.crash(`the logic thread did not answer for ${ms} ms and was terminated`);
    });
    // The boot counts as outstanding from now: settled() must not resolve before QuickJS is compiled.
    const seq = this.reserve();
    const workers = options.bundle.workers;
    Promise.all([platform.quickjs(), platform.framework(), workers === undefined ? undefined : platform.workerFramework()]).then(
      ([quickjs, framework, workerFramework]) => {
        const boot: HostMessage = {
          t: 'boot',
          framework,
          logic: options.bundle.logic,
          chunks: Object.fromEntries(Object.entries(options.bundle.chunks ?? {}).map(([name, chunk]) => [name, chunk.code])),
          manifest,
          limits: this.limits,
          launch,
          launchStart,
          quickjs,
          apis: this.bridge.descriptors(),
          sync: this.syncBuffer,
          heartbeat: this.heartbeat.buffer as SharedArrayBuffer,
          devtools: this.devtools,
          ...(workers === undefined || workerFramework === undefined ? {} : { workers: { framework: workerFramework, code: workers.code } }),
        };
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

  /**
   * The first element matching a CSS selector whose classes are as the templates wrote them (not
   * in their scoped DOM form): in the UI drawn above the page first (a modal's buttons, as a
   * finger would reach it), then the current page, then the chrome (a tab, the back button).
   */
  find(selector: string): Element | null {
    const written = writtenSelector(selector, this.styleScopes);
    const found = this.view.ui.root.querySelector(written) ?? this.view.currentPage?.root.querySelector(written);
    if (found !== null && found !== undefined) return found;
    // The chrome: outside every page (a hidden page's nodes are not for a finger).
    return Array.from(this.view.container.querySelectorAll(written)).find((e) => e.closest('page') === null) ?? null;
  }

  /** The startup marks measured so far (appLaunch, evaluateScript, firstRender), as in wx.getPerformance(). */
  performanceEntries(): PerformanceEntry[] {
    return this.entries.slice();
  }

  /**
   * With `devtools`: the page stack's live WXML trees and the data of their pages and components,
   * as the logic thread holds them. Resolves with an empty inspection if the app stops first.
   */
  inspect(): Promise<Inspection> {
    if (!this.devtools) return Promise.reject(new Error('inspect() needs the app to be created with devtools: true'));
    if (this.stateValue !== 'running') return Promise.resolve({ pages: [], components: [] });
    return this.inspections.ask((id) => this.send({ t: 'inspect', id }));
  }

  /**
   * What the app's parts hold now: the logic thread's QuickJS heap (QuickJS's own count), its wasm
   * memory (reserved, and the pages of it holding data), the worker's JS heap, and the view's
   * elements. Null once the app has stopped.
   */
  async memoryUsage(): Promise<MemoryUsage | null> {
    if (this.stateValue !== 'running') return null;
    const logic = await this.memoryAnswers.ask((id) => this.send({ t: 'memory', id }));
    if (logic === null) return null;
    return { logic, view: { elements: this.container.getElementsByTagName('*').length } };
  }

  /**
   * With `devtools`: calls `setData(data)` on a page or component the last inspection named (by
   * its id), as its own code would: observers run and the view follows.
   */
  editData(component: number, data: JsonObject): void {
    if (!this.devtools) throw new Error('editData() needs the app to be created with devtools: true');
    this.send({ t: 'editData', component, data });
  }

  /**
   * Resolves when the logic thread is idle, the view has applied everything it was sent, every
   * API call is answered (except calls waiting for the user: a modal on screen), and no timer is
   * due within `timers` milliseconds (a longer or repeating one does not hold it).
   */
  async settled(options: { timers?: number } = {}): Promise<void> {
    const until = Date.now() + (options.timers ?? SETTLE_TIMERS_MS);
    for (;;) {
      if (!this.isSettled(until)) await new Promise<void>((resolve) => this.settleWaiters.push({ resolve, until }));
      // A user's answer (a tap on a modal) puts its call back among the outstanding ones in a
      // reaction to the answer's promise, queued as the tap resolved it: let it run first.
      await Promise.resolve();
      if (this.isSettled(until)) return;
    }
  }

  private isSettled(until: number): boolean {
    return this.stateValue !== 'running' || (this.outstanding.size === 0 && (this.nextTimer === null || this.nextTimer > until));
  }

  /** The routes of the page stack, the current page last. */
  get pages(): readonly string[] {
    return this.navigation.routes;
  }

  /** The current page's route and the query it was opened with (a copy). */
  get location(): PageLocation {
    const { path, query } = this.navigation.current;
    return { path, query: { ...query } };
  }

  /**
   * Opens a page above the current one, as wx.navigateTo does (`url`: a route from the app's root
   * and its query); throws WeChat's failure (an unknown page, 10 pages open).
   */
  navigateTo(url: string): void {
    this.check('navigateTo', this.navigation.open('navigateTo', fromRoot(url)));
  }

  /** Closes the current page and opens another, as wx.redirectTo does. */
  redirectTo(url: string): void {
    this.check('redirectTo', this.navigation.open('redirectTo', fromRoot(url)));
  }

  /** Closes every page and opens one, as wx.reLaunch does. */
  reLaunch(url: string): void {
    this.check('reLaunch', this.navigation.open('reLaunch', fromRoot(url)));
  }

  /** Shows a tab page, as wx.switchTab does (or a tap on the tab bar). */
  switchTab(url: string): void {
    this.check('switchTab', this.navigation.open('switchTab', fromRoot(url)));
  }

  /**
   * The user shares the current page from the menu: what its onShareAppMessage gives (title, path,
   * imageUrl), or null when the page offers nothing to share.
   */
  share(): Promise<ShareContent | null> {
    if (this.stateValue !== 'running') return Promise.resolve(null);
    return this.shares.ask((id) => this.send({ t: 'share', id }));
  }

  /**
   * The screen changed size (a rotation, a resized window): rpx are converted again, the system
   * information APIs report the new size, and the current page's onResize (and its components'
   * pageLifetimes.resize) get WeChat's `size`.
   */
  resize(screen: { screenWidth: number; screenHeight?: number }): void {
    this.device.screenWidth = screen.screenWidth;
    if (screen.screenHeight !== undefined) this.device.screenHeight = screen.screenHeight;
    this.view.resize(screen.screenWidth);
    const { screenWidth, screenHeight, statusBarHeight } = this.device;
    this.pageEvent('onResize', { size: { windowWidth: screenWidth, windowHeight: screenHeight - statusBarHeight - 44, screenWidth, screenHeight } });
  }

  /** The app's theme: the host's with app.json's `darkmode`, else always light. */
  get theme(): Theme {
    return this.darkmode ? this.hostTheme : 'light';
  }

  /**
   * The system theme changed. An app with `darkmode` follows it: the system information APIs
   * report it, the navigation and tab bars are drawn with its theme.json values, the view's
   * `prefers-color-scheme` rules follow, and App.onThemeChange and wx.onThemeChange get `{ theme }`.
   */
  setTheme(theme: Theme): void {
    if (theme === this.hostTheme) return;
    this.hostTheme = theme;
    if (!this.darkmode) return;
    this.device.theme = theme;
    this.view.setTheme(theme);
    this.chrome.setTheme(theme);
    this.send({ t: 'theme', theme });
  }

  /** Sends a page event to the current page (the render layer's scrolling, pull-down and tab bar use it too). */
  pageEvent(name: PageEventName, detail: JsonObject = {}): void {
    this.send({ t: 'pageEvent', name, detail });
  }

  /** Scrolling sends its latest position once per turn of the event loop, not once per scroll event. */
  private pageScroll(scrollTop: number): void {
    const pending = this.scrollPending !== null;
    this.scrollPending = scrollTop;
    if (pending) return;
    setTimeout(() => {
      const top = this.scrollPending;
      this.scrollPending = null;
      if (top !== null) this.pageEvent('onPageScroll', { scrollTop: top });
    }, 0);
  }

  /** A navigation from the chrome (the back button, a tab): a refusal is the user's tap doing nothing. */
  private tryNavigation(go: () => void): void {
    try {
      go();
    } catch {
      // nothing to do: the stack did not change
    }
  }

  /** The chrome follows the page on top and whether there is one to go back to. */
  private updateChrome(): void {
    const page = this.view.currentPage;
    if (page !== undefined) this.chrome.show(page.route, page.root, this.navigation.depth > 1);
  }

  /** Closes `delta` pages, as wx.navigateBack does; throws when only the first page is open. */
  navigateBack(delta = 1): void {
    this.check('navigateBack', this.navigation.back(delta));
  }

  private check(api: string, refused: string | null): void {
    if (refused !== null) throw new Error(`${api}:fail ${refused}`);
  }

  /** The app goes to the background: App.onHide and the current page's onHide run. */
  hide(): void {
    this.send({ t: 'visibility', shown: false });
  }

  /** The app comes back to the foreground: App.onShow and the current page's onShow run. */
  show(): void {
    this.send({ t: 'visibility', shown: true });
  }

  /** Stops the app and removes its pages from the container. */
  async close(): Promise<void> {
    if (this.stateValue === 'closed') return;
    this.stateValue = 'closed';
    this.stop();
    this.chrome.destroy();
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

  private release(seq: number): void {
    this.outstanding.delete(seq);
    this.wakeSettled();
  }

  private post(seq: number, message: HostMessage): void {
    if (this.stateValue !== 'running') return;
    const envelope: HostEnvelope = { seq, message };
    this.worker.post(envelope);
  }

  /** The hooks of call `id`, whose answer will be posted as envelope `seq`. */
  private hooks(id: number, seq: number, sync: boolean): CallHooks {
    const waitForUser = <T>(answer: Promise<T>): Promise<T> => {
      if (sync) return answer;
      this.release(seq);
      return answer.finally(() => {
        if (this.stateValue === 'running') this.outstanding.add(seq);
      });
    };
    return {
      call: id,
      waitForUser,
      needPrivacy: sync
        ? undefined
        : (api) =>
            waitForUser(
              this.privacyAnswers.askAs(id, () => this.send({ t: 'needPrivacy', id, api })),
            ),
    };
  }

  /** A call the view made (a button's open capability, a navigator): the app is not settled until it is answered. */
  private async callFromView(run: (hooks: CallHooks) => Promise<ApiAnswer>): Promise<ApiAnswer> {
    const seq = this.reserve();
    try {
      return await run(this.hooks(++this.viewCallId, seq, false));
    } finally {
      this.release(seq);
    }
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
        this.updateBytes += message.ops.length;
        if (!message.more) {
          // The logic thread goes on (onReady, a setData callback) while the bars are drawn.
          if (message.ack) this.send({ t: 'applied', at: end });
          this.updateChrome();
          const update: MiniAppEvents['update'] = { startTime: message.start, duration: end - message.start, viewDuration: this.viewDuration, bytes: this.updateBytes };
          this.viewDuration = 0;
          this.updateBytes = 0;
          if (this.devtools) update.setData = this.takeSetDataLog();
          this.emit('update', update);
        }
        break;
      }
      case 'idle':
        this.nextTimer = message.timer;
        // setData calls whose task sent nothing to the view (data no template reads) are an update too.
        if (this.setDataLog !== null) {
          const start = this.setDataLog.start;
          this.emit('update', { startTime: start, duration: now() - start, viewDuration: 0, bytes: 0, setData: this.takeSetDataLog() });
        }
        this.release(message.seq);
        break;
      case 'setData':
        if (this.setDataLog === null) this.setDataLog = { records: [], start: message.start };
        this.setDataLog.records.push(...message.records);
        break;
      case 'inspected':
        this.inspections.answer(message.id, message.inspection);
        break;
      case 'memory':
        this.memoryAnswers.answer(message.id, message.memory);
        break;
      case 'error': {
        const error = this.located(message.error);
        this.emit('error', error);
        if (error.fatal) this.die(error);
        break;
      }
      case 'log':
        // A logged error's stack names places in logic.js: the project's files are more use.
        this.emit('log', { level: message.level, text: LogicSourceMap.mentions(message.text) ? this.sourceMap.mapStack(message.text) : message.text });
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
      case 'shared':
        this.shares.answer(message.id, message.content);
        break;
      case 'invoke': {
        const seq = this.reserve();
        const { id } = message;
        void this.bridge.invoke(message.api, message.args, false, this.hooks(id, seq, false)).then((answer) => this.post(seq, { t: 'answer', id, answer }));
        break;
      }
      case 'invokeSync': {
        const { id } = message;
        this.sync.request(id);
        void this.bridge.invoke(message.api, message.args, true, this.hooks(id, 0, true)).then((answer) => this.sync.answer(id, answer));
        break;
      }
      case 'syncMore':
        this.sync.more(message.id);
        break;
      case 'privacy': {
        // WeChat takes `agree` only after a tap on the agree button the answer names.
        if (message.event === 'agree' && (message.buttonId === undefined || !this.agreeButtons.has(message.buttonId))) {
          const named = message.buttonId === undefined ? 'no buttonId' : `buttonId "${message.buttonId}"`;
          this.emit('log', { level: 'warn', text: `onNeedPrivacyAuthorization: resolve({ event: 'agree' }) with ${named} is ignored: the user must first tap <button open-type="agreePrivacyAuthorization"> with that id` });
          break;
        }
        this.privacyAnswers.answer(message.id, message.event);
        break;
      }
      default: {
        const unknown: never = message;
        throw new Error(`unknown logic message ${JSON.stringify(unknown)}`);
      }
    }
  }

  private takeSetDataLog(): SetDataRecord[] {
    const records = this.setDataLog?.records ?? [];
    this.setDataLog = null;
    return records;
  }

  /** The error with its stack in the project's files, and where it was thrown. */
  private located(error: AppError): AppError {
    if (error.stack === undefined) return error;
    const source = this.sourceMap.firstLocation(error.stack);
    return { ...error, stack: this.sourceMap.mapStack(error.stack), ...(source === undefined ? {} : { source }) };
  }

  private wakeSettled(): void {
    const waiting = this.settleWaiters;
    this.settleWaiters = waiting.filter((w) => !this.isSettled(w.until));
    for (const w of waiting) if (this.isSettled(w.until)) w.resolve();
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
    this.stopWatchdog();
    this.outstanding.clear();
    this.privacyAnswers.stop();
    this.shares.stop();
    this.inspections.stop();
    this.memoryAnswers.stop();
    this.bridge.observe(null);
    this.wakeSettled();
  }
}

/** A host's URL names a route from the app's root, never one relative to the current page. */
function fromRoot(url: string): string {
  return url.startsWith('/') ? url : `/${url}`;
}
