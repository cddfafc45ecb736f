// The glass-easel side of `peer.glass-easel` (bench/glass_easel.ts), in its own worker: glass-easel's
// DOM backend works on the global `window` and `document`, which the benchmark's main thread must not
// get. The bench fixtures are loaded the way a mini-program's files reach glass-easel: each WXML
// compiled by glass-easel-template-compiler (one template group, WXS scripts included), each JSON
// given as a static config, each JS evaluated under glass-easel-miniprogram-adapter's `Component` /
// `Behavior` / `Page`. All of that happens once, before any timing. A first render is then
// `createRoot` (the component tree and its templates) plus `attach` (into the document, `attached`
// lifetimes, the list's setData there), in a fresh happy-dom window each time, as our side gets.
import { Window } from 'happy-dom';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';

/** What the benchmark asks for, one at a time, so that its runs alternate with ours. */
export type GlassEaselRequest =
  | { kind: 'first'; fixture: 'list'; n: number; keep?: boolean }
  | { kind: 'first'; fixture: 'vant' }
  | { kind: 'patch'; patches: number }
  | { kind: 'release' };

interface TmplGroup {
  addTmpl(path: string, source: string): { isError: boolean; message: string }[];
  addScript(path: string, source: string): void;
  setExtraRuntimeScript(source: string): void;
  getTmplGenObjectGroups(): string;
  free(): void;
}
interface CodeSpace {
  getComponentSpace(): { updateComponentOptions(options: Record<string, unknown>): void };
  addComponentStaticConfig(path: string, config: Record<string, unknown>): void;
  addCompiledTemplate(path: string, template: { groupList: Record<string, unknown>; content: unknown }): void;
  globalComponentEnv<T>(globalObject: object, path: string, run: () => T): T;
}
interface Root {
  get(): Record<string, () => void>;
  attach(parent: unknown, placeholder: unknown): void;
  release(): void;
}
interface MiniProgramEnv {
  createCodeSpace(id: string, isMainSpace: boolean): CodeSpace;
  associateBackend(backend: unknown): { createRoot(tagName: string, codeSpace: CodeSpace, url: string): Root };
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const FIXTURES = here('../../bench/fixtures');
const require = createRequire(import.meta.url);
const VANT = posix.join(posix.dirname(require.resolve('@vant/weapp/package.json')), 'lib');
const NPM = 'miniprogram_npm/@vant/weapp/';

let window = new Window();
function useWindow(next: Window): void {
  window = next;
  Object.assign(globalThis, { window, document: window.document });
}
useWindow(window);
for (const name of ['Node', 'Element', 'HTMLElement', 'Text', 'Event', 'CustomEvent', 'MutationObserver']) {
  if (!(name in globalThis)) Object.assign(globalThis, { [name]: (window as unknown as Record<string, unknown>)[name] });
}
// The few wx APIs @vant/weapp's modules call while they load and render.
Object.assign(globalThis, {
  wx: {
    getSystemInfoSync: () => ({ SDKVersion: '3.0.0', windowWidth: 375, windowHeight: 667, pixelRatio: 2, platform: 'devtools' }),
    canIUse: () => true,
    nextTick: (f: () => void) => setTimeout(f, 0),
  },
});

const glassEasel = require('glass-easel') as {
  CurrentWindowBackendContext: new () => unknown;
  addGlobalWarningListener(listener: () => boolean): void;
};
const { MiniProgramEnv } = require('glass-easel-miniprogram-adapter') as { MiniProgramEnv: new () => MiniProgramEnv };
const { TmplGroup } = require('glass-easel-template-compiler') as { TmplGroup: new () => TmplGroup };
// Warnings go to console.warn by default (@vant/weapp's rate keys its stars by a field numbers do
// not have); our side does not print them either.
glassEasel.addGlobalWarningListener(() => false);

/**
 * One project in its own environment: `entry` and every component it uses (their usingComponents
 * followed; `@vant/weapp/…` read from the package's `lib`, as "build npm" lays it out).
 */
class Project {
  readonly env = new MiniProgramEnv();
  readonly codeSpace: CodeSpace;
  private readonly group = new TmplGroup();
  private readonly order: string[] = [];
  private readonly scripts = new Set<string>();
  private readonly modules = new Map<string, { exports: unknown }>();

  constructor(
    private readonly root: string,
    entry: string,
  ) {
    this.codeSpace = this.env.createCodeSpace('', true);
    // @vant/weapp's button has a property named `dataset`, which the default (properties written
    // onto the element) would clash with.
    this.codeSpace.getComponentSpace().updateComponentOptions({ writeFieldsToNode: false });
    // WXS's own globals, which this version of the compiler's runtime does not define.
    this.group.setExtraRuntimeScript('var getRegExp = function (p, f) { return new RegExp(p, f) }; var getDate = function () { return new (Function.prototype.bind.apply(Date, [null].concat([].slice.call(arguments))))() };');
    this.collect(entry);
    const groupList = new Function(`return ${this.group.getTmplGenObjectGroups()}`)() as Record<string, unknown>;
    this.group.free();
    for (const path of this.order) this.codeSpace.addCompiledTemplate(path, { groupList, content: groupList[path] });
    for (const path of this.order) {
      this.codeSpace.globalComponentEnv(globalThis, path, () => {
        // `wx://form-field` (a built-in behavior named by a string) is not known to the adapter.
        const g = globalThis as unknown as { Component: (options: { behaviors?: unknown[] }) => unknown };
        const define = g.Component;
        g.Component = (options) => define(Array.isArray(options?.behaviors) ? { ...options, behaviors: options.behaviors.filter((b) => typeof b !== 'string') } : options);
        try {
          this.load(`${this.real(path)}.js`);
        } finally {
          g.Component = define;
        }
      });
    }
  }

  private real(path: string): string {
    return path.startsWith(NPM) ? posix.join(VANT, path.slice(NPM.length)) : posix.join(this.root, path);
  }

  private resolve(from: string, request: string): string {
    if (request.startsWith('@vant/weapp/')) return NPM + request.slice('@vant/weapp/'.length);
    return request.startsWith('/') ? request.slice(1) : posix.join(posix.dirname(from), request);
  }

  /** A component and what it uses, those first. */
  private collect(path: string): void {
    if (this.order.includes(path)) return;
    const json = JSON.parse(readFileSync(`${this.real(path)}.json`, 'utf8')) as { usingComponents?: Record<string, string> };
    const using: Record<string, string> = {};
    for (const [tag, request] of Object.entries(json.usingComponents ?? {})) {
      const target = this.resolve(path, request);
      using[tag] = `/${target}`;
      this.collect(target);
    }
    this.codeSpace.addComponentStaticConfig(path, { ...json, usingComponents: using });
    const wxml = readFileSync(`${this.real(path)}.wxml`, 'utf8');
    const errors = this.group.addTmpl(path, wxml).filter((e) => e.isError);
    if (errors.length > 0) throw new Error(`glass-easel could not compile ${path}.wxml: ${errors[0].message}`);
    for (const m of wxml.matchAll(/<wxs[^>]*\ssrc="([^"]+)"/g)) this.addScript(this.resolve(path, m[1]));
    this.order.push(path);
  }

  /** A .wxs file and those it requires (this compiler's runtime names them without `.wxs`). */
  private addScript(path: string): void {
    if (this.scripts.has(path)) return;
    this.scripts.add(path);
    const source = readFileSync(this.real(path), 'utf8');
    this.group.addScript(path.replace(/\.wxs$/, ''), source.replace(/require\(\s*(['"])(.+?)\.wxs\1\s*\)/g, 'require($1$2$1)'));
    for (const m of source.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) this.addScript(this.resolve(path, m[1]));
  }

  /** A CommonJS module of the project. */
  private load(file: string): unknown {
    let module = this.modules.get(file);
    if (module !== undefined) return module.exports;
    module = { exports: {} };
    this.modules.set(file, module);
    const requireModule = (request: string) => {
      let target = posix.join(posix.dirname(file), request);
      if (!target.endsWith('.js')) target = existsSync(`${target}.js`) ? `${target}.js` : `${target}/index.js`;
      return this.load(target);
    };
    new Function('require', 'module', 'exports', readFileSync(file, 'utf8'))(requireModule, module, module.exports);
    return module.exports;
  }

  /** Renders `url` into a fresh window; returns the root, the container and the time (ms). */
  render(tagName: string, url: string): { root: Root; container: Element; time: number } {
    useWindow(new Window());
    const document = window.document as unknown as Document;
    const backend = this.env.associateBackend(new glassEasel.CurrentWindowBackendContext());
    const container = document.createElement('div');
    const placeholder = document.createElement('div');
    container.appendChild(placeholder);
    document.body.appendChild(container);
    const start = performance.now();
    const root = backend.createRoot(tagName, this.codeSpace, url);
    root.attach(container, placeholder);
    const time = performance.now() - start;
    return { root, container, time };
  }
}

const list = new Project(posix.join(FIXTURES, 'list-component'), 'index');
const vant = new Project(posix.join(FIXTURES, 'vant-page'), 'pages/index/index');
/** Elements of the vant page's first render, to check each render against the first. */
let vantElements = -1;
/** The list kept for patches. */
let kept: { root: Root; container: Element; n: number; window: Window } | null = null;

async function release(): Promise<void> {
  if (kept === null) return;
  kept.root.release();
  await kept.window.happyDOM.close();
  kept = null;
}

async function first(request: Extract<GlassEaselRequest, { kind: 'first' }>): Promise<number> {
  await release();
  if (request.fixture === 'list') {
    const { root, container, time } = list.render('list-component', `index?n=${request.n}`);
    const titles = container.querySelectorAll('text').length;
    if (titles !== request.n) throw new Error(`glass-easel rendered ${titles} items, not ${request.n}`);
    if (request.keep === true) kept = { root, container, n: request.n, window };
    else {
      root.release();
      await window.happyDOM.close();
    }
    return time;
  }
  const { root, container, time } = vant.render('page', 'pages/index/index');
  const elements = container.querySelectorAll('*').length;
  if (vantElements === -1) vantElements = elements;
  if (elements !== vantElements || container.querySelectorAll('van-cell').length === 0) throw new Error(`glass-easel rendered ${elements} elements of the vant page`);
  root.release();
  await window.happyDOM.close();
  return time;
}

/** `count` one-path patches of the kept list (ms each): setData of `items[n/2].title` to the DOM. */
function patches(count: number): number[] {
  if (kept === null) throw new Error('no list kept for patches');
  const { root, container, n } = kept;
  const methods = root.get();
  const title = container.querySelectorAll('text')[n >> 1];
  const times: number[] = [];
  for (let round = 1; round <= count; round++) {
    const start = performance.now();
    methods.one();
    times.push(performance.now() - start);
    if (title.textContent !== `Changed ${round}`) throw new Error(`glass-easel's patch ${round} showed ${title.textContent}`);
  }
  return times;
}

parentPort!.on('message', (request: GlassEaselRequest) => {
  const answer = async (): Promise<number[]> => {
    if (request.kind === 'first') return [await first(request)];
    if (request.kind === 'patch') return patches(request.patches);
    await release();
    return [];
  };
  answer().then(
    (times) => parentPort!.postMessage({ times }),
    (error: Error) => parentPort!.postMessage({ error: `${error.message}\n${error.stack ?? ''}` }),
  );
});
