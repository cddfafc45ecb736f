// The message protocol between the host, the logic thread (a worker running QuickJS) and the
// render layer. Every message that crosses a thread boundary is one of the types below.
// spec/protocol.md describes the same protocol in prose.
import type { Manifest } from '../spec/bundle.js';

/**
 * DOM operation codes. The logic thread sends a batch of operations as one flat JSON array:
 * each code is followed by exactly the arguments listed in {@link OpArgs}, e.g.
 * `[1, 7, "wx-view", 6, 3, 7, 0]` creates element 7 and appends it to element 3.
 * Node ids are positive integers allocated by the logic thread; 0 means "none".
 */
export const enum Op {
  /** Create an element. */
  CreateElement = 1,
  /** Create a text node. */
  CreateText = 2,
  /** Set an attribute (or a built-in component's property) to a JSON value. */
  SetAttribute = 3,
  /** Remove an attribute. */
  RemoveAttribute = 4,
  /** Replace a text node's text. */
  SetText = 5,
  /** Insert a node into a parent before a sibling (0: append). Moves the node if it is attached. */
  Insert = 6,
  /** Detach a node and forget it and its descendants. */
  Remove = 7,
  /** Attach a page root to the render layer's page container. */
  AttachPage = 8,
  /** Detach a page root and forget its nodes. */
  DetachPage = 9,
  /**
   * Set a class-list attribute (`class`, `hover-class`, …) whose DOM form differs from what the
   * template wrote (style isolation, external classes): the DOM shows `scoped`, snapshots `logical`
   * (null: the template wrote none, the node only carries its scope's marker class).
   */
  SetClass = 10,
  /**
   * Draw on a `<canvas type="2d">`: the commands the logic thread's Canvas object and its context
   * recorded during the task, in order ({@link CanvasCommand}).
   */
  CanvasDraw = 11,
  /**
   * Define stamp `stamp`: the operations that build one item of a list whose body is plain elements
   * and text, with node ids counted from 1 within the item. A CreateText whose text is null is a
   * hole, filled by each {@link Op.Stamp}. Only CreateElement, CreateText, SetAttribute, SetClass
   * and Insert (with before 0) may appear.
   */
  DefineStamp = 12,
  /**
   * Build one item of stamp `stamp`: its node n gets id `first + n - 1`; the holes get the texts
   * that follow, one for each hole, in order; the nodes no operation of the stamp inserted are
   * inserted into `parent` before `before`.
   */
  Stamp = 13,
}

/** A JSON value: what an attribute may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The arguments that follow each op code in a batch. */
export interface OpArgs {
  [Op.CreateElement]: [id: number, tag: string];
  [Op.CreateText]: [id: number, text: string];
  [Op.SetAttribute]: [id: number, name: string, value: JsonValue];
  [Op.RemoveAttribute]: [id: number, name: string];
  [Op.SetText]: [id: number, text: string];
  [Op.Insert]: [parent: number, child: number, before: number];
  [Op.Remove]: [id: number];
  [Op.AttachPage]: [root: number, route: string];
  [Op.DetachPage]: [root: number];
  [Op.SetClass]: [id: number, name: string, logical: string | null, scoped: string];
  [Op.CanvasDraw]: [id: number, commands: CanvasCommand[]];
  [Op.DefineStamp]: [stamp: number, ops: OpBatch];
  [Op.Stamp]: [stamp: number, first: number, parent: number, before: number, ...texts: string[]];
}

/** What each drawing command of {@link Op.CanvasDraw} does. */
export const enum CanvasCode {
  /** Set a property of the 2d context (`fillStyle`, `font`, `lineWidth`, …). */
  Set = 0,
  /** Call a method of the 2d context (`fillRect`, `arc`, `drawImage`, …) with its arguments. */
  Call = 1,
  /** Set the canvas's bitmap size (Canvas.width / height); its contents and context state are reset. */
  Size = 2,
  /** Load image `image` (Canvas.createImage) from `src`; the view answers with a {@link CanvasEvent.Image} event. */
  LoadImage = 3,
  /** Make gradient `gradient`: `linear` (x0, y0, x1, y1), `radial` (x0, y0, r0, x1, y1, r1) or `conic` (angle, x, y). */
  Gradient = 4,
  /** Add a colour stop to gradient `gradient`. */
  ColorStop = 5,
  /** Make pattern `pattern` of image `image`, repeated as `repetition` says. */
  Pattern = 6,
  /** The old `<canvas canvas-id>`'s draw without `reserve`: its bitmap is cleared (and sized to its box) and the context's state reset. */
  Clear = 7,
}

/**
 * A value in a drawing command: a number, a string, a boolean, a list of numbers (`setLineDash`),
 * or one of the objects the logic thread made, by id: an image, a gradient, a pattern, or an
 * ImageData's pixels (`putImageData`).
 */
export type CanvasValue =
  | number
  | string
  | boolean
  | number[]
  | { image: number }
  | { gradient: number }
  | { pattern: number }
  | { imageData: number[]; width: number; height: number };

/** One drawing command of {@link Op.CanvasDraw}. */
export type CanvasCommand =
  | [CanvasCode.Set, property: string, value: CanvasValue]
  | [CanvasCode.Call, method: string, ...args: CanvasValue[]]
  | [CanvasCode.Size, width: number, height: number]
  | [CanvasCode.LoadImage, image: number, src: string]
  | [CanvasCode.Gradient, gradient: number, kind: 'linear' | 'radial' | 'conic', ...args: number[]]
  | [CanvasCode.ColorStop, gradient: number, offset: number, color: string]
  | [CanvasCode.Pattern, pattern: number, image: number, repetition: string]
  | [CanvasCode.Clear];

/** Events the render layer sends about a `<canvas>` (a {@link ViewEvent} aimed at the canvas's node, handled by the framework, never by the page's handlers). */
export const enum CanvasEvent {
  /** Image `image` loaded (`detail: { image, width, height }`) or failed (`detail: { image, errMsg }`). */
  Image = 'canvas:image',
}

/** One operation as a tuple: its code followed by its arguments. */
export type OpTuple = { [K in Op]: [K, ...OpArgs[K]] }[Op];

/** A batch: op tuples laid end to end in one flat array. */
export type OpBatch = (Op | OpArgs[Op][number])[];

/** A touch point, as in WeChat's touch events. */
export interface Touch {
  identifier: number;
  pageX: number;
  pageY: number;
  clientX: number;
  clientY: number;
}

/** A user interaction captured by the render layer, to be dispatched in the logic thread. */
export interface ViewEvent {
  /** The logic node the interaction hit (the event's target). */
  node: number;
  /** WeChat event type: `tap`, `touchstart`, … */
  type: string;
  /** Milliseconds since the page was shown. */
  timeStamp: number;
  detail: JsonValue;
  touches?: Touch[];
  changedTouches?: Touch[];
}

/**
 * A performance entry, shaped as WeChat's `wx.getPerformance()` entries. WeChat's own: appLaunch and
 * route (navigation), evaluateScript (script), firstRender (render). Ours, for the startup's other
 * phases: startRuntime (loadPackage: the worker and QuickJS ready), evaluateFramework, onLaunch,
 * onLoad and onReady (script).
 */
export interface PerformanceEntry {
  entryType: 'navigation' | 'script' | 'render' | 'loadPackage';
  name: PerformanceEntryName;
  /** Milliseconds since the Unix epoch (fractional). */
  startTime: number;
  duration: number;
  path?: string;
  navigationType?: string;
  moduleName?: string;
}

export type PerformanceEntryName = 'appLaunch' | 'route' | 'evaluateScript' | 'firstRender' | 'startRuntime' | 'evaluateFramework' | 'onLaunch' | 'onLoad' | 'onReady';

/** The startup's phases in the order they happen (appLaunch spans them all). */
export const STARTUP_PHASES: readonly PerformanceEntryName[] = ['startRuntime', 'evaluateFramework', 'evaluateScript', 'onLaunch', 'onLoad', 'firstRender', 'onReady', 'appLaunch'];

/** What stopped or broke a mini-program's code. */
export type AppErrorKind =
  /** An exception thrown by mini-program code. */
  | 'exception'
  /** A task ran past its deadline and was interrupted. */
  | 'timeout'
  /** Recursion past the stack limit. */
  | 'stack'
  /** Memory past the limit (QuickJS heap or the wasm heap). */
  | 'memory'
  /** The logic thread stopped answering or died. */
  | 'crash';

/** What a createSelectorQuery request asks the render layer to measure for some nodes. */
export interface LayoutRequest {
  /** Node ids to measure; 0 stands for the viewport. */
  nodes: number[];
  rect?: boolean;
  size?: boolean;
  scrollOffset?: boolean;
  computedStyle?: string[];
  properties?: string[];
}

/** The measurements of one node (`left`, `width`, `scrollTop`, a style or property by name). */
export type LayoutResult = Record<string, JsonValue>;

/** An error reported to the host. */
export interface AppError {
  kind: AppErrorKind;
  /** Route of the page whose code was running, when there was one. */
  page?: string;
  message: string;
  /** The stack, its places in the project's files (through the bundle's source map). */
  stack?: string;
  /** Where in the project's files it was thrown (the first frame of the app's own code). */
  source?: { file: string; line: number; column: number };
  /** True when the app was terminated because of it. */
  fatal: boolean;
}

export type LogLevel = 'debug' | 'log' | 'info' | 'warn' | 'error';

/** How the app is launched: WeChat's launch options. */
export interface LaunchOptions {
  path: string;
  query: Record<string, string>;
  scene: number;
  /** For a bundle built from one component: the property values it renders with. */
  props?: Record<string, unknown>;
}

/** A JSON object: the arguments and results of API calls. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * The answer to an API call. `res` is what the mini-program's callbacks receive, always with
 * `errMsg` (`"<api>:ok"` or `"<api>:fail <reason>"`); `ok` tells success from failure.
 */
export interface ApiAnswer {
  ok: boolean;
  res: JsonObject & { errMsg: string };
}

/** What the logic framework must know of an API to offer it as `wx.<name>`. */
export interface ApiDescriptor {
  name: string;
  /** `*Sync` APIs return their result; the others answer through callbacks or a Promise. */
  sync: boolean;
  /** A sync API's positional parameters, mapped onto the object its schema describes. */
  positional?: string[];
  /** A sync API returns this field of its result instead of the whole result. */
  returns?: string;
  /** Parameter names (for `wx.canIUse('api.object.param')`). */
  params: string[];
  /** Whether this host serves it: `wx.<name>` exists either way, but fails `not supported` when not. */
  available: boolean;
}

/** A node of the live WXML tree, as the logic thread holds it (the devtools' Elements panel). */
export interface InspectedNode {
  /** The view's node id; 0 for what has no DOM node of its own (a virtual host, a slot). */
  id: number;
  kind: 'element' | 'component' | 'slot' | 'text';
  /** The tag as the WXML wrote it (`view`, `van-button`, `slot`); `#text` for text. */
  tag: string;
  /** A text node's text. */
  text?: string;
  /** Attributes as the template's expressions produced them (classes as written, `data-*` included). */
  attrs?: Record<string, JsonValue>;
  /** Event bindings: `bind:tap`, `catch:tap`, `capture-bind:touchstart`… → the handler's name. */
  events?: Record<string, string>;
  /** The page or component whose template holds the node (an `InspectedComponent` id). */
  owner: number;
  /** A component's node: its instance (an `InspectedComponent` id). */
  component?: number;
  /** A component's node without a DOM node (`virtualHost`). */
  virtual?: boolean;
  /** A component's children are its template's nodes (the composed tree); a slot's, what its owner put in it. */
  children?: InspectedNode[];
}

/** A page or component instance, as the devtools' panels show it. */
export interface InspectedComponent {
  /** Names the instance for as long as it lives (what `editData` takes). */
  id: number;
  /** Its path (a page's route). */
  is: string;
  page: boolean;
  /** The `id` its owner gave it (empty when none). */
  elementId: string;
  /** Its data, properties included, as JSON (long strings and lists are cut, marked with `…`). */
  data: JsonObject;
  /** Its properties: name → type (`String`, `Number`, …, `any`). */
  properties: Record<string, string>;
  /** Its `externalClasses`: name → the classes its owner gives (empty when none). */
  externalClasses: Record<string, string>;
}

/** The live state of the page stack, for the devtools. */
export interface Inspection {
  /** Each page of the stack (the current one last) and its tree, from its `page` root. */
  pages: { route: string; root: InspectedNode }[];
  /** Every page and component in those trees. */
  components: InspectedComponent[];
  /** Set when the tree or the data had to be cut to stay within the inspection's size. */
  truncated?: boolean;
}

/** One setData call, as the devtools' setData log shows it. */
export interface SetDataRecord {
  /** The page or component that called it (its path). */
  component: string;
  /** The data paths it wrote, as written (`todos[1].done`). */
  paths: string[];
  /** The length of its data as JSON text. */
  size: number;
}

/** Resource limits of one app: its logic thread's, and the nodes it may have in the view. */
export interface Limits {
  /** Deadline of one task (an event, a lifecycle, a timer), in milliseconds. */
  taskTimeoutMs: number;
  /** QuickJS heap limit, in bytes. */
  memoryBytes: number;
  /** Limit of the whole wasm heap (QuickJS's limit does not bound ArrayBuffers), in bytes. */
  wasmHeapBytes: number;
  /** QuickJS stack limit, in bytes (at most 256 KB). */
  stackBytes: number;
  /** How long a `*Sync` API call may block the logic thread waiting for the host, in milliseconds. */
  syncTimeoutMs: number;
  /** The most nodes the app may have in the view at once (the render layer refuses more). */
  viewNodes: number;
}

/** Host → logic thread (worker). */
export type HostMessage =
  | {
      t: 'boot';
      /** The logic framework script (runtime/logic bundled). */
      framework: string;
      /** The bundle's logic.js. */
      logic: string;
      /** The bundle's chunks, by file name: evaluated when the framework asks (`__host.inject`). */
      chunks: Record<string, string>;
      /** The bundle's manifest.json, parsed. */
      manifest: unknown;
      limits: Limits;
      launch: LaunchOptions;
      /** When the host started the launch (epoch ms): the start of `appLaunch`. */
      launchStart: number;
      /** QuickJS compiled once per host process; workers instantiating it share its optimized code. */
      quickjs: WebAssembly.Module;
      /** The APIs the host serves, for the framework's `wx`. */
      apis: ApiDescriptor[];
      /** The shared memory of the channel that answers `*Sync` calls (runtime/host/sync_channel.ts). */
      sync: SharedArrayBuffer;
      /** Two Int32 slots the worker updates around every task, for the host's watchdog. */
      heartbeat: SharedArrayBuffer;
      /** The host inspects the app (the devtools): `inspect` and `editData` are served, and setData calls are logged. */
      devtools: boolean;
      /** With the bundle's workers.js: the Worker's framework (runtime/app_worker bundled) and workers.js, for wx.createWorker. */
      workers?: { framework: string; code: string };
    }
  /** A {@link ViewEvent} as JSON text: the worker hands it to the framework as it is, without reading it. */
  | { t: 'event'; event: string }
  /** The render layer applied the oldest batch not yet acknowledged, at `at` (epoch ms). */
  | { t: 'applied'; at: number }
  /** The render layer's answer to a layout query: a list of results for each request. */
  | { t: 'layout'; id: number; results: LayoutResult[][] }
  /** The answer to the asynchronous API call `id`. */
  | { t: 'answer'; id: number; answer: ApiAnswer }
  /**
   * Call `id` needs the user's privacy consent: the framework calls the mini-program's
   * `wx.onNeedPrivacyAuthorization` listener, or answers at once that it has none.
   */
  | { t: 'needPrivacy'; id: number; api: string }
  /** The app goes to the background (`hide`) or comes back (`show`). */
  | { t: 'visibility'; shown: boolean }
  /** Opens a page (`navigateTo`, `redirectTo`, `reLaunch`); the host checked that it exists. */
  | {
      t: 'route';
      path: string;
      query: Record<string, string>;
      openType: NavigationType;
      /** The logic thread's id of the wx.navigateTo call that opens it (its EventChannel), if one did. */
      call?: number;
    }
  /** A navigation named a page the app does not have: App.onPageNotFound and wx.onPageNotFound hear of it. */
  | { t: 'pageNotFound'; path: string; query: Record<string, string>; isEntryPage: boolean }
  /** Something happened to the current page (`onPageScroll`, `onReachBottom`, `onPullDownRefresh`, `onTabItemTap`, `onResize`). */
  | { t: 'pageEvent'; name: PageEventName; detail: JsonObject }
  /** The user shares the current page from the menu: its onShareAppMessage answers with `shared`. */
  | { t: 'share'; id: number }
  /** The theme changed (`light` or `dark`): App.onThemeChange and wx.onThemeChange hear of it. */
  | { t: 'theme'; theme: 'light' | 'dark' }
  /** Closes the `delta` pages on top of the stack (`navigateBack`), never the last one. */
  | { t: 'back'; delta: number }
  /** Devtools only: the framework answers with `inspected` (the page stack's trees and their components' data). */
  | { t: 'inspect'; id: number }
  /** Devtools only: `setData(data)` on the page or component `component` (an id of the last inspection). */
  | { t: 'editData'; component: number; data: JsonObject }
  /** The logic thread answers with `memory`: what its QuickJS heap and its own JS heap hold. */
  | { t: 'memory'; id: number };

/** The logic thread's memory, as it measures it (the answer to `memory`). */
export interface LogicMemory {
  /** QuickJS's own count of the bytes its runtime uses: objects, strings, atoms, shapes, bytecode. */
  quickjsBytes: number;
  /** Objects in the QuickJS runtime. */
  quickjsObjects: number;
  /**
   * The wasm memory QuickJS runs in (its heap, stack and static data): 16 MB at least, the build's
   * minimum. Reserved, not resident: the system backs only the pages QuickJS has written.
   */
  wasmBytes: number;
  /** The worker's own JS heap (V8's), where the platform can tell it (Node): used and allocated bytes. */
  workerHeap?: { usedBytes: number; totalBytes: number };
}

/** How a page is opened, as WeChat's `openType` names it. */
export type NavigationType = 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab';

/** Page hooks the render layer or the host triggers. */
export type PageEventName = 'onPageScroll' | 'onReachBottom' | 'onPullDownRefresh' | 'onTabItemTap' | 'onResize';

/** What a page's onShareAppMessage gives to share (WeChat's fields). */
export interface ShareContent {
  title: string;
  path: string;
  imageUrl?: string;
}

/** A host message as posted to the worker, numbered so that the worker's `idle` reply can name it. */
export interface HostEnvelope {
  seq: number;
  message: HostMessage;
}

/**
 * What the worker posts: the messages of one host message's handling (or of one timer), in order,
 * in one post. Messages that must not wait (an early part of a first render, a sync call the
 * worker blocks on) are posted at once, with those before them.
 */
export type LogicBatch = LogicMessage[];

/** Logic thread (worker) → host. */
export type LogicMessage =
  /**
   * A batch of DOM operations (an {@link OpBatch} as JSON text, parsed only by the render layer).
   * `more`: a first part of a page's first render, sent early so that the view builds it while
   * the logic thread goes on. `ack`: the logic thread waits for this batch to be applied (a setData
   * callback, onReady, a navigation's marks); the view answers `applied` for these batches only.
   * `start`: when the logic task that produced the batch (an event, a timer, a route) started (epoch ms).
   */
  | { t: 'ops'; ops: string; more?: boolean; ack?: boolean; start: number }
  /**
   * The worker finished the task started by host message number `seq` (0 for its own tasks, such as
   * timers); `timer` is when its next timer is due (epoch ms), or null when none is pending.
   */
  | { t: 'idle'; seq: number; timer: number | null }
  | { t: 'page'; root: number; route: string }
  | { t: 'error'; error: AppError }
  | { t: 'log'; level: LogLevel; text: string }
  | { t: 'perf'; entry: PerformanceEntry }
  /** A layout query for the render layer (createSelectorQuery). */
  | { t: 'query'; id: number; requests: LayoutRequest[] }
  /** An asynchronous API call; the host answers with `answer`. `args` is untrusted JSON. */
  | { t: 'invoke'; id: number; api: string; args: unknown }
  /** A `*Sync` API call: the worker is blocked until the host writes the answer into the sync channel. */
  | { t: 'invokeSync'; id: number; api: string; args: unknown }
  /** The worker read one part of a sync answer too large for the channel and waits for the next. */
  | { t: 'syncMore'; id: number }
  /**
   * The framework's reply to `needPrivacy`: the user's choice, or `none` when no listener is
   * registered. `agree` names the agree button the user tapped (`buttonId`), which the host checks.
   */
  | { t: 'privacy'; id: number; event: PrivacyEvent; buttonId?: string }
  | { t: 'shared'; id: number; content: ShareContent | null }
  /** Devtools only: the answer to `inspect`. */
  | { t: 'inspected'; id: number; inspection: Inspection }
  /** Devtools only: the setData calls of the task that started at `start` (epoch ms), sent before its `ops`. */
  | { t: 'setData'; records: SetDataRecord[]; start: number }
  /** The answer to `memory`. */
  | { t: 'memory'; id: number; memory: LogicMemory };

/** How a privacy consent ended: the mini-program's own popup agreed or disagreed, or there was none. */
export type PrivacyEvent = 'agree' | 'disagree' | 'none';

/**
 * Logic framework (inside QuickJS) → worker, through the one host function `__host.post(json)`.
 * The worker forwards them to the host as {@link LogicMessage}s.
 */
export type FrameworkMessage =
  | { t: 'page'; root: number; route: string }
  | { t: 'error'; error: AppError }
  | { t: 'log'; level: LogLevel; text: string }
  | { t: 'query'; id: number; requests: LayoutRequest[] }
  | { t: 'invoke'; id: number; api: string; args: unknown }
  | { t: 'privacy'; id: number; event: PrivacyEvent; buttonId?: string }
  /** A phase the framework measured itself (onLoad, onReady). */
  | { t: 'perf'; entry: PerformanceEntry }
  /** The answer to `share`: what to share, or null when the page offers nothing to share. */
  | { t: 'shared'; id: number; content: ShareContent | null }
  /** Devtools only: the answer to `inspect`. */
  | { t: 'inspected'; id: number; inspection: Inspection }
  /** Devtools only: the setData calls of the task, at its end (the worker adds the task's start). */
  | { t: 'setData'; records: SetDataRecord[] };

/**
 * Worker → logic framework, through `__miniapp.dispatch(json)`.
 * `inject` runs app.js and every page's script; `launch` runs App's launch hooks; `route` opens a page.
 */
export type DispatchMessage =
  | {
      t: 'inject';
      manifest: Pick<Manifest, 'pages' | 'components' | 'using' | 'root' | 'tabBar' | 'entryPagePath' | 'chunks' | 'chunkOf' | 'subpackages' | 'preloadRule'>;
      apis: ApiDescriptor[];
      /** False when the app was launched into an independent subpackage: logic.js (app.js) waits until a main package page opens. */
      main: boolean;
      /** The host inspects the app: setData calls are logged, `inspect` and `editData` are served. */
      devtools: boolean;
    }
  | { t: 'launch'; launch: LaunchOptions }
  | { t: 'route'; path: string; query: Record<string, string>; openType: 'appLaunch' | NavigationType; props?: Record<string, unknown>; call?: number }
  | { t: 'pageNotFound'; path: string; query: Record<string, string>; isEntryPage: boolean }
  | { t: 'pageEvent'; name: PageEventName; detail: JsonObject }
  | { t: 'share'; id: number }
  | { t: 'theme'; theme: 'light' | 'dark' }
  | { t: 'back'; delta: number }
  | { t: 'event'; event: ViewEvent }
  | { t: 'applied' }
  | { t: 'perf'; entries: PerformanceEntry[] }
  | { t: 'layout'; id: number; results: LayoutResult[][] }
  /** Timer `id` (setTimeout / setInterval in the logic thread) is due. */
  | { t: 'timer'; id: number }
  /** The app's Worker posted a message (JSON): for the listeners of its Worker object. */
  | { t: 'workerMessage'; message: string }
  | { t: 'answer'; id: number; answer: ApiAnswer }
  | { t: 'needPrivacy'; id: number; api: string }
  | { t: 'visibility'; shown: boolean }
  | { t: 'inspect'; id: number }
  | { t: 'editData'; component: number; data: JsonObject };
