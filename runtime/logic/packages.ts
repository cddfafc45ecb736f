// The main package and the subpackages. Pages and components are registered when their script first
// runs: at inject for what logic.js holds, on first use for what is in a chunk. An app launched into
// an independent subpackage runs without the main package (no App yet) until a page of the main
// package opens: then logic.js is evaluated and the app launches. preloadRule injects a page's
// subpackages once the page is shown.
import type { DispatchMessage, LaunchOptions } from '../../bridge/protocol.js';
import { appHook, getLaunchOptionsSync } from './app.js';
import { setBehaviorFile } from './component/behavior.js';
import { setDefinitionLoader, setInjecting } from './component/registry.js';
import { injectChunk } from './host.js';
import { ensureChunk, inChunk, setChunks } from './loader.js';
import { injectModule, isModuleDefined } from './modules.js';

type InjectManifest = Extract<DispatchMessage, { t: 'inject' }>['manifest'];

let manifest: InjectManifest;
let pages = new Set<string>();
let mainLoaded = true;
const registered = new Set<string>();

/** Runs the script of a page or component so that its Page()/Component() registers it under its path. */
function register(path: string): void {
  if (registered.has(path) || !isModuleDefined(`${path}.js`)) return;
  registered.add(path);
  const outer = setInjecting(path);
  const outerBehaviors = setBehaviorFile(path);
  try {
    injectModule(`${path}.js`, pages.has(path) ? path : undefined);
  } finally {
    setInjecting(outer);
    setBehaviorFile(outerBehaviors);
  }
}

/** Registers what logic.js holds (components first, then pages); the rest waits for its first use. */
function registerEager(): void {
  const order = [...Object.keys(manifest.components).filter((path) => !pages.has(path)), ...manifest.pages];
  for (const path of order) if (!inChunk(`${path}.js`)) register(path);
}

/** At inject: the app's code as the worker evaluated it (`main`: logic.js, and so app.js, too). */
export function injectApp(m: InjectManifest, main: boolean): void {
  manifest = m;
  pages = new Set(m.pages);
  mainLoaded = main;
  setChunks(m.chunks, m.chunkOf);
  setDefinitionLoader(register);
  if (m.root === undefined && main) injectModule('app.js', undefined);
  if (main) registerEager();
}

function independentPackage(route: string): boolean {
  return (manifest.subpackages ?? []).some((p) => p.independent && p.pages.includes(route));
}

/**
 * Before a page opens: a page outside the independent subpackages needs the main package. When it
 * was not loaded yet, logic.js runs now, and App launches (onLaunch, onShow) before the page.
 */
export function beforeOpening(route: string, launch?: LaunchOptions): void {
  if (mainLoaded || independentPackage(route)) return;
  mainLoaded = true;
  injectChunk('logic.js');
  injectModule('app.js', undefined);
  registerEager();
  const options = launch ?? getLaunchOptionsSync();
  appHook('onLaunch', [options]);
  appHook('onShow', [options]);
}

/** Whether App() ran (false while an independent subpackage runs alone). */
export function isMainLoaded(): boolean {
  return mainLoaded;
}

/** preloadRule: once `route` is shown, the code of the subpackages it names is injected. */
export function preloadFor(route: string): void {
  for (const root of manifest.preloadRule?.[route] ?? []) {
    const sub = manifest.subpackages?.find((p) => p.root === root);
    for (const index of sub?.chunks ?? []) ensureChunk(index);
  }
}
