// Stand-ins for the APIs of WeChat's `wx` that the host does not serve (a camera, Bluetooth, cloud
// functions, …). Code written for WeChat calls them freely, often guarded only by a callback; a
// missing function would throw "not a function" where WeChat answers. So each one exists and
// answers as an unsupported API does: an async call fails with `<api>:fail not supported` (from the
// host, which knows no such API, so the call shows in the bridge's log like any other); a sync one
// returns undefined; a listener is taken and never called; an API that returns an object (a
// context, a manager, a task) returns one whose methods fail the same way. `wx.canIUse` answers
// false for all of them. The list is WeChat's own typings' (wechat_apis.ts).
import { logicConsole } from '../console.js';
import { callUser, runningPage } from '../report.js';
import { invokeAsync } from './calls.js';
import { WECHAT_APIS } from './wechat_apis.js';

type Callback = (res: unknown) => void;

const warned = new Set<string>();
/** Every stand-in made, to tell them from the APIs that work. */
const standIns = new WeakSet<object>();

/** Whether a value of `wx` is a stand-in for an API that is not served. */
export function isStandIn(value: unknown): boolean {
  return (typeof value === 'function' || (typeof value === 'object' && value !== null)) && standIns.has(value);
}

/** Says once per API that it does nothing here. */
function warnOnce(name: string, what: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  logicConsole.warn(`wx.${name} is not supported here: ${what}`);
}

function callbacksOf(options: unknown): { fail?: Callback; complete?: Callback } | null {
  if (options === null || typeof options !== 'object') return null;
  const { success, fail, complete } = options as Record<string, unknown>;
  if (typeof success !== 'function' && typeof fail !== 'function' && typeof complete !== 'function') return null;
  return { fail: typeof fail === 'function' ? (fail as Callback) : undefined, complete: typeof complete === 'function' ? (complete as Callback) : undefined };
}

/**
 * A method of a stand-in object: a listener (`onError`) is taken; any other fails its callbacks in
 * a later task, or, given none, returns a Promise that rejects (as WeChat's promisified methods do;
 * code that chains `.then` on it goes on).
 */
function absentMethod(owner: string, method: string): (...args: unknown[]) => unknown {
  if (/^(on|off)[A-Z]/.test(method)) return () => undefined;
  return (options?: unknown) => {
    const errMsg = `${owner}.${method}:fail not supported`;
    const callbacks = callbacksOf(options);
    if (callbacks === null) return Promise.reject({ errMsg });
    const page = runningPage();
    void Promise.resolve().then(() => {
      const res = { errMsg };
      if (callbacks.fail !== undefined) callUser(callbacks.fail, undefined, [res], page, `${owner}.${method} fail callback`);
      if (callbacks.complete !== undefined) callUser(callbacks.complete, undefined, [res], page, `${owner}.${method} complete callback`);
    });
    return undefined;
  };
}

/** An object with every method WeChat's object has, each a stand-in (`name^`: one that chains). */
function absentObject(owner: string, methods: string[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const method of methods) {
    if (method.endsWith('^')) object[method.slice(0, -1)] = () => object;
    else object[method] = absentMethod(owner, method);
  }
  return object;
}

function standIn(name: string, spec: string): unknown {
  const colon = spec.indexOf(':');
  const kind = colon < 0 ? spec : spec.slice(0, colon);
  switch (kind) {
    case 'async':
      return (options?: unknown) => invokeAsync(name, options);
    case 'listener':
      return () => undefined;
    case 'void':
      return () => warnOnce(name, 'the call does nothing');
    case 'sync':
      return () => {
        warnOnce(name, 'it returns undefined');
        return undefined;
      };
    case 'namespace':
      return absentObject(name, spec.slice(colon + 1).split(','));
    default: {
      const methods = spec.slice(colon + 1).split(',');
      return (options?: unknown) => {
        // A task's own callbacks (wx.downloadFile({ fail })) hear the host's answer.
        if (callbacksOf(options) !== null) void invokeAsync(name, options);
        return absentObject(name, methods);
      };
    }
  }
}

/** Adds a stand-in to `wx` for every WeChat API it does not have; answers their names. */
export function addAbsentApis(wx: Record<string, unknown>): Set<string> {
  const absent = new Set<string>();
  for (const name in WECHAT_APIS) {
    if (name in wx) continue;
    const value = standIn(name, WECHAT_APIS[name]);
    standIns.add(value as object);
    wx[name] = value;
    absent.add(name);
  }
  return absent;
}
