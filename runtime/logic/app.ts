// App() and getApp(): the one app instance and its hooks.
import { callUser, setAppErrorListener } from './report.js';

type AppOptions = Record<string, unknown>;

let app: AppOptions | undefined;

/** `App(options)`: registers the app. It must be called once, in app.js. */
export function App(options: unknown): void {
  if (options === null || typeof options !== 'object') throw new TypeError('App(): options must be an object');
  if (app !== undefined) throw new Error('App() can only be called once');
  app = options as AppOptions;
  const onError = app.onError;
  setAppErrorListener(typeof onError === 'function' ? (message) => onError.call(app, message) : null);
}

/** `getApp()`: the app instance (undefined before App() ran). */
export function getApp(): unknown {
  return app;
}

/** Calls an App hook (`onLaunch`, `onShow`, …) if the app defines it. */
export function appHook(name: string, args: unknown[]): void {
  const fn = app?.[name];
  if (typeof fn === 'function') callUser(fn as (...a: unknown[]) => unknown, app, args, undefined, `App.${name}`);
}
