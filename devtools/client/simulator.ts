// The simulated phone: a frame the size of the chosen device, the app of the latest build running
// in it (QuickJS in a Web Worker, the view on the frame's screen), the sheet where the user answers
// the app's questions, the overlay of a failed build, and the box that marks a selected element.
import { createMiniApp, DEVICES, fetchBundle, type DeviceName, type MiniApp } from '../../runtime/host/browser/index.js';
import type { Theme } from '../../spec/bundle.js';
import { h, replace } from './dom.js';
import { devtoolsHost, DevtoolsStorage, UserSheet } from './mock_host.js';

/** Where the browser build of the runtime is served. */
const ASSETS = { workerUrl: '/miniapp/worker.js', wasmUrl: '/miniapp/quickjs.wasm', frameworkUrl: '/miniapp/logic-framework.js' };

export class Simulator {
  readonly element: HTMLElement;
  readonly storage = new DevtoolsStorage();
  private readonly screen: HTMLElement;
  private readonly container: HTMLElement;
  private readonly overlay: HTMLElement;
  private readonly marker: HTMLElement;
  private readonly sheet: UserSheet;
  private app: MiniApp | null = null;
  private version = 0;
  private starting: Promise<void> = Promise.resolve();
  private readonly listeners: ((app: MiniApp) => void)[] = [];
  device: DeviceName = 'iPhone 6/7/8';
  /** The phone's system theme (apps with app.json's `darkmode` follow it). */
  theme: Theme = 'light';
  /** When the running app's bundle was fetched from the dev server, and how long it took (epoch ms). */
  bundleFetch: { startTime: number; duration: number } | null = null;

  constructor() {
    this.container = h('div', { class: 'app-container' });
    this.overlay = h('div', { class: 'build-error', hidden: true });
    this.marker = h('div', { class: 'highlight', hidden: true });
    const sheetLayer = h('div', { class: 'user-sheet-layer', hidden: true });
    this.sheet = new UserSheet(sheetLayer);
    this.screen = h('div', { class: 'screen' }, this.container, this.marker, sheetLayer, this.overlay);
    this.element = h('div', { class: 'phone' }, h('div', { class: 'status-bar' }, h('span', {}, '9:41'), h('span', { class: 'status-icons' }, '●●● ▮')), this.screen);
    this.resizeFrame();
  }

  /** The running app, if any. */
  get current(): MiniApp | null {
    return this.app;
  }

  /** Calls `listener` with every app the simulator starts. */
  onStart(listener: (app: MiniApp) => void): void {
    this.listeners.push(listener);
  }

  /** Shows the build of `version`: a cold start at `path` (the entry page when absent or gone). */
  start(version: number, path?: string): Promise<void> {
    this.version = version;
    this.starting = this.starting.then(() => this.launch(version, path));
    return this.starting;
  }

  /** Starts the current build again from cold, at the page shown now. */
  restart(): Promise<void> {
    return this.start(this.version, this.currentRoute());
  }

  /** The route on top of the page stack. */
  currentRoute(): string | undefined {
    const pages = this.app?.pages ?? [];
    return pages[pages.length - 1];
  }

  /** Switches to another device preset (a cold start: layout and rpx follow the width). */
  setDevice(name: DeviceName): Promise<void> {
    this.device = name;
    this.resizeFrame();
    return this.restart();
  }

  /** The phone's system theme changes: the running app hears of it, and later ones start in it. */
  setTheme(theme: Theme): void {
    this.theme = theme;
    this.element.dataset.theme = theme;
    this.app?.setTheme(theme);
  }

  /** Shows a failed build over the screen (the app stays as it was under it). */
  showBuildError(text: string): void {
    // One block per diagnostic: its `file:line:col: message` line, then its code frame.
    const diagnostics = text.split(/\n\n(?=\S+:\d+:\d+: )/).map((block) => {
      const [head, ...frame] = block.split('\n');
      return h('div', { class: 'diagnostic' }, h('div', { class: 'diagnostic-head' }, head), frame.length === 0 ? null : h('pre', { class: 'code-frame' }, frame.join('\n')));
    });
    replace(this.overlay, h('div', { class: 'build-error-title' }, 'Build failed'), diagnostics, h('div', { class: 'build-error-hint' }, 'Fix the file and save: the app reloads.'));
    this.overlay.hidden = false;
  }

  /** Marks the area of the view's nodes `ids` (nothing when none is on screen). */
  highlight(ids: number[]): void {
    const screenBox = this.screen.getBoundingClientRect();
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    for (const id of ids) {
      const node = this.app?.view.nodeOf(id);
      if (!(node instanceof Element)) continue;
      const r = node.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      box = box === null ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : { left: Math.min(box.left, r.left), top: Math.min(box.top, r.top), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) };
      if (ids.length === 1) node.scrollIntoView({ block: 'nearest' });
    }
    this.marker.hidden = box === null;
    if (box === null) return;
    Object.assign(this.marker.style, { left: `${box.left - screenBox.left}px`, top: `${box.top - screenBox.top}px`, width: `${box.right - box.left}px`, height: `${box.bottom - box.top}px` });
  }

  private resizeFrame(): void {
    const device = DEVICES[this.device];
    this.screen.style.width = `${device.screenWidth}px`;
    this.screen.style.height = `${device.screenHeight - device.statusBarHeight}px`;
    this.element.dataset.device = this.device;
  }

  private async launch(version: number, path?: string): Promise<void> {
    if (version !== this.version) return; // a newer build came while this one waited
    const old = this.app;
    this.app = null;
    this.marker.hidden = true;
    if (old !== null) await old.close();
    replace(this.container);
    let bundle;
    const fetchStart = performance.timeOrigin + performance.now();
    try {
      bundle = await fetchBundle(`/bundle/${version}/`);
      this.bundleFetch = { startTime: fetchStart, duration: performance.timeOrigin + performance.now() - fetchStart };
    } catch (error) {
      // A build replaced before it was read: the next build event starts that one.
      if (version === this.version) this.showBuildError(error instanceof Error ? error.message : String(error));
      return;
    }
    this.overlay.hidden = true;
    const launchPath = path !== undefined && bundle.manifest.pages.includes(path) ? path : undefined;
    const app = createMiniApp({
      bundle,
      container: this.container,
      device: this.device,
      theme: this.theme,
      host: devtoolsHost(this.storage, this.sheet),
      devtools: true,
      launch: launchPath === undefined ? undefined : { path: launchPath },
      assetUrl: (file) => `/project/${file.replace(/^\//, '')}`,
      assets: ASSETS,
    });
    this.app = app;
    for (const listener of this.listeners) listener(app);
    await app.ready.catch(() => {});
  }
}
