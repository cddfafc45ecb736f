// The `wx` object: one function per API the catalogue lists (sync ones return, async ones call
// back or return a Promise), and the few the framework answers itself.
import type { ApiDescriptor } from '../../../bridge/protocol.js';
import { createCanvasContext } from '../canvas/canvas_context.js';
import { arrayBufferToBase64, base64ToArrayBuffer } from './base64.js';
import { SelectorQuery } from '../component/selector_query.js';
import { getPerformance } from '../performance.js';
import { getCurrentPages } from '../router.js';
import { appEventApis, getEnterOptionsSync, getLaunchOptionsSync } from '../app.js';
import { createRouter, forgetRoute, routeAsked } from '../custom_route.js';
import { awaitOpenedPage, EventChannel, forgetOpenedChannel } from '../event_channel.js';
import { addAbsentApis } from './absent.js';
import { createAnimation } from './animation.js';
import { createWorker } from './worker.js';
import { createWorklet } from './worklet.js';
import { invokeAsync } from './calls.js';
import { onNeedPrivacyAuthorization } from './privacy.js';
import { invokeSync } from './sync_calls.js';

const LOCAL: Record<string, unknown> = {
  getPerformance,
  onNeedPrivacyAuthorization,
  createAnimation,
  /** Runs fn after the current update (a microtask: before the next task). */
  nextTick: (fn: () => void) => void Promise.resolve().then(fn),
  /** A query over the current page. */
  createSelectorQuery: () => new SelectorQuery(getCurrentPages().slice(-1)[0]),
  /** The old `<canvas canvas-id>`'s context, in `component`'s template or the current page's. */
  createCanvasContext: (canvasId: unknown, component?: unknown) => createCanvasContext(canvasId, component, getCurrentPages().slice(-1)[0]),
  getLaunchOptionsSync,
  getEnterOptionsSync,
  ...appEventApis(),
  /** The experiment parameters of the keys asked for: none here, so `{}`, as WeChat answers outside any experiment. */
  getExptInfoSync: () => ({}),
  /** Skyline is not here: pages it would render are rendered as WebView pages, so code takes its WebView path. */
  getSkylineInfoSync: () => ({ isSupported: false, version: '', reason: 'Skyline is not available here: its pages render as WebView pages' }),
  arrayBufferToBase64,
  base64ToArrayBuffer,
  worklet: createWorklet(),
  createWorker,
  router: createRouter(),
  /** Where a mini-program's own files would be (wx.env.USER_DATA_PATH), as on a phone. */
  env: { USER_DATA_PATH: 'wxfile://usr' },
};

/**
 * wx.navigateTo with its EventChannel: `events` (functions, which do not cross to the host) become
 * the opener's listeners; the opened page gets the other end; `success` receives the opener's. A
 * `routeType` (a custom route, wx.router) waits for the page too.
 */
function navigateTo(options: unknown): Promise<unknown> | undefined {
  const events = options !== null && typeof options === 'object' ? (options as Record<string, unknown>).events : undefined;
  const [opener, opened] = EventChannel.pair(events);
  return invokeAsync('navigateTo', options, {
    sent(id) {
      awaitOpenedPage(id, opened);
      routeAsked(id, options);
    },
    settled(res, ok, id) {
      if (!ok) {
        forgetOpenedChannel(id);
        forgetRoute(id);
        return res;
      }
      return { ...res, eventChannel: opener };
    },
  });
}

/** `wx.canIUse(schema)`: `api`, `api.object.param`, `api.success.field`, `api.return.field`. */
function canIUse(apis: Map<string, ApiDescriptor>, schema: unknown): boolean {
  if (typeof schema !== 'string') return false;
  const [name, part, field] = schema.split('.');
  if (name === 'canIUse' || name in LOCAL) return part === undefined;
  const api = apis.get(name);
  if (api === undefined || !api.available) return false;
  if (part === undefined) return true;
  if (part === 'object') return field !== undefined && api.params.includes(field);
  return (part === 'success' || part === 'return') && field !== undefined;
}

/** Builds `wx` for the APIs the host describes. */
export function createWx(descriptors: ApiDescriptor[]): Record<string, unknown> {
  const apis = new Map(descriptors.map((d) => [d.name, d]));
  const wx: Record<string, unknown> = { ...LOCAL, canIUse: (schema: unknown) => canIUse(apis, schema) };
  for (const api of descriptors) {
    wx[api.name] = api.sync ? (...args: unknown[]) => invokeSync(api, args) : (options?: unknown) => invokeAsync(api.name, options);
  }
  if (apis.get('navigateTo')?.available === true) wx.navigateTo = navigateTo;
  addAbsentApis(wx);
  return wx;
}
