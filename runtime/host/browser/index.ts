// The embedding API of the runtime, for a browser: the logic thread in a Web Worker running the
// same QuickJS build, the view on a real DOM element, storage and answers in localStorage.
import type { ConsentPrompt, PrivacyPrompt } from '../../../bridge/permissions/engine.js';
import { WebPermissionStore } from '../../../bridge/permissions/store.js';
import { WebStorage } from '../../../bridge/storage/area.js';
import { BUNDLE_FORMAT, type Bundle, type Manifest } from '../../../spec/bundle.js';
import { MiniApp, type MiniAppOptions } from '../mini_app.js';
import type { HostOptions } from '../services.js';
import { browserPlatform, type BrowserAssets } from './platform.js';

export { DEFAULT_LIMITS, MiniApp, type MemoryUsage, type MiniAppEvents, type MiniAppOptions, type MiniAppState } from '../mini_app.js';
export type { HostOptions } from '../services.js';
export { WorkerPool, type WorkerPoolOptions } from '../worker_pool.js';
export { DEFAULT_DEVICE, DEVICES, type Device, type DeviceName } from '../devices.js';
export type { BrowserAssets } from './platform.js';
export { ApiFail, type ApiCallContext, type ApiHandler } from '../../../bridge/handler.js';
export type { ExtensionApi } from '../../../bridge/bridge.js';
export { MockLoginProvider } from '../../../bridge/mocks/login.js';
export { MockPaymentProvider } from '../../../bridge/mocks/payment.js';
export { MockLocationProvider } from '../../../bridge/mocks/location.js';
export { MOCK_MERCHANT_ORIGIN, MockMerchantServer } from '../../../bridge/mocks/merchant.js';
export { WebPermissionStore } from '../../../bridge/permissions/store.js';
export { WebStorage } from '../../../bridge/storage/area.js';

/** The browser build's files beside this script (dist/browser/). */
function defaultAssets(): BrowserAssets {
  return {
    workerUrl: new URL('./worker.js', import.meta.url),
    wasmUrl: new URL('./quickjs.wasm', import.meta.url),
    frameworkUrl: new URL('./logic-framework.js', import.meta.url),
  };
}

/** Starts a mini-program in a browser. `assets` says where the browser build's files are when they are not beside this script. */
export function createMiniApp(options: MiniAppOptions & { assets?: Partial<BrowserAssets> }): MiniApp {
  return new MiniApp(options, browserPlatform({ ...defaultAssets(), ...options.assets }));
}

/** Reads a bundle `miniapp build` wrote, from the URL of its directory. */
export async function fetchBundle(url: string | URL): Promise<Bundle> {
  const base = new URL(String(url).endsWith('/') ? String(url) : `${url}/`, document.baseURI);
  const text = async (name: string) => {
    const response = await fetch(new URL(name, base));
    if (!response.ok) throw new Error(`${new URL(name, base)}: HTTP ${response.status}`);
    return response.text();
  };
  // The source map is only read when an error is reported; a bundle served without it still runs.
  const [manifestText, logic, css, logicMap] = await Promise.all([text('manifest.json'), text('logic.js'), text('view.css'), text('logic.js.map').catch(() => '')]);
  const manifest = JSON.parse(manifestText) as Manifest;
  if (manifest.format !== BUNDLE_FORMAT) throw new Error(`${base}: bundle format ${String(manifest.format)} is not ${BUNDLE_FORMAT}`);
  const bundle: Bundle = { manifest, logic, logicMap, css };
  // The chunks (subpackages, lazy code) and the Worker scripts, with their maps where served.
  const script = async (name: string) => {
    const [code, map] = await Promise.all([text(name), text(`${name}.map`).catch(() => '')]);
    return { code: code.replace(/\/\/# sourceMappingURL=[^\n]*\n$/, ''), map };
  };
  if (manifest.chunks !== undefined) bundle.chunks = Object.fromEntries(await Promise.all(manifest.chunks.map(async (name) => [name, await script(name)] as const)));
  if (manifest.workers !== undefined) bundle.workers = await script('workers.js');
  return bundle;
}

export interface BrowserHostOptions extends Omit<HostOptions, 'storage' | 'permissions'> {
  /** Where storage and answers are kept; the page's localStorage by default. */
  storage?: Storage;
}

/** Host options for a browser: storage and the user's answers in localStorage. */
export function createBrowserHost(options: BrowserHostOptions = {}): HostOptions {
  const area = options.storage ?? localStorage;
  return { ...options, storage: new WebStorage(area), permissions: new WebPermissionStore(area) };
}

export type { ConsentPrompt, PrivacyPrompt };
