// App() and getApp(): the one app instance and its hooks, and the wx.on… listeners that hear of the
// same events (wx.onAppShow, onAppHide, onError, onPageNotFound, onThemeChange, onUnhandledRejection).
import type { LaunchOptions } from '../../bridge/protocol.js';
import { callUser, setAppErrorListener } from './report.js';

type AppOptions = Record<string, unknown>;
type Listener = (...args: unknown[]) => unknown;

let app: AppOptions | undefined;

/** App hooks and the wx.on… functions that register for the same events. */
export const APP_EVENTS = {
  onShow: 'onAppShow',
  onHide: 'onAppHide',
  onError: 'onError',
  onPageNotFound: 'onPageNotFound',
  onThemeChange: 'onThemeChange',
  onUnhandledRejection: 'onUnhandledRejection',
} as const;

export type AppEvent = keyof typeof APP_EVENTS;

const listeners: Record<AppEvent, Listener[]> = { onShow: [], onHide: [], onError: [], onPageNotFound: [], onThemeChange: [], onUnhandledRejection: [] };

let launchOptions: LaunchOptions & { referrerInfo: Record<string, unknown> } = { path: '', query: {}, scene: 0, referrerInfo: {} };
let enterOptions = launchOptions;

/** `App(options)`: registers the app. It must be called once, in app.js. */
export function App(options: unknown): void {
  if (options === null || typeof options !== 'object') throw new TypeError('App(): options must be an object');
  if (app !== undefined) throw new Error('App() can only be called once');
  app = options as AppOptions;
  setAppErrorListener((message) => appHook('onError', [message]));
}

/** `getApp()`: the app instance (undefined before App() ran). */
export function getApp(): unknown {
  return app;
}

/** Whether anything listens for `event` (the App hook or a wx.on… listener). */
export function hasAppListener(event: AppEvent): boolean {
  return typeof app?.[event] === 'function' || listeners[event].length > 0;
}

/** Calls an App hook (`onLaunch`, `onShow`, …) if the app defines it, then the wx.on… listeners of the same event. */
export function appHook(name: string, args: unknown[]): void {
  const fn = app?.[name];
  if (typeof fn === 'function') callUser(fn as Listener, app, args, undefined, `App.${name}`);
  if (name in listeners) {
    for (const listener of listeners[name as AppEvent].slice()) callUser(listener, undefined, args, undefined, `wx.${APP_EVENTS[name as AppEvent]} listener`);
  }
}

/** `wx.onAppShow(fn)` and the rest, with their `wx.off…` counterparts. */
export function appEventApis(): Record<string, (fn?: unknown) => void> {
  const apis: Record<string, (fn?: unknown) => void> = {};
  for (const [event, api] of Object.entries(APP_EVENTS) as [AppEvent, string][]) {
    apis[api] = (fn) => {
      if (typeof fn !== 'function') throw new TypeError(`${api}: the listener must be a function`);
      listeners[event].push(fn as Listener);
    };
    apis[`off${api.slice(2)}`] = (fn) => {
      // Without a listener, every listener goes.
      if (fn === undefined) listeners[event].length = 0;
      else listeners[event] = listeners[event].filter((l) => l !== fn);
    };
  }
  return apis;
}

/** The launch options (App.onLaunch's, wx.getLaunchOptionsSync's); also the first enter options. */
export function setLaunchOptions(options: LaunchOptions): void {
  launchOptions = { ...options, referrerInfo: {} };
  enterOptions = launchOptions;
}

export function getLaunchOptionsSync(): Record<string, unknown> {
  return { ...launchOptions, query: { ...launchOptions.query } };
}

/** How the app was last entered: the launch, or what it came back to the foreground with. */
export function getEnterOptionsSync(): Record<string, unknown> {
  return { ...enterOptions, query: { ...enterOptions.query } };
}

export function setEnterOptions(options: Partial<LaunchOptions>): void {
  enterOptions = { ...enterOptions, ...options, referrerInfo: {} };
}
