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
import { WECHAT_APIS, WECHAT_OBJECTS } from './wechat_apis.js';

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
 * A method of a stand-in object: a listener (`onError`) is taken; one that returns an object
 * returns a stand-in of it (`name>Type`), or its own object (`name^`, chaining); any other fails
 * its callbacks in a later task or, given an options object without them (or nothing), returns
 * a Promise that rejects (as WeChat's promisified methods do: code that chains `.then` on it goes
 * on).
 */
function absentMethod(owner: string, entry: string, self: Record<string, unknown>): [string, (...args: unknown[]) => unknown] {
  if (entry.endsWith('^')) return [entry.slice(0, -1), () => self];
  const arrow = entry.indexOf('>');
  if (arrow >= 0) {
    const type = entry.slice(arrow + 1);
    return [entry.slice(0, arrow), () => absentObject(type)];
  }
  if (/^(on|off)[A-Z]/.test(entry)) return [entry, () => undefined];
  return [
    entry,
    (options?: unknown) => {
      const errMsg = `${owner}.${entry}:fail not supported`;
      const callbacks = callbacksOf(options);
      if (callbacks === null) {
        // Promisified methods take an options object (or nothing); `observe(selector, fn)` and
        // `setFillStyle('red')` return nothing.
        return options === undefined || (typeof options === 'object' && options !== null) ? Promise.reject({ errMsg }) : undefined;
      }
      const page = runningPage();
      void Promise.resolve().then(() => {
        const res = { errMsg };
        if (callbacks.fail !== undefined) callUser(callbacks.fail, undefined, [res], page, `${owner}.${entry} fail callback`);
        if (callbacks.complete !== undefined) callUser(callbacks.complete, undefined, [res], page, `${owner}.${entry} complete callback`);
      });
      return undefined;
    },
  ];
}

/** A stand-in of one of WeChat's objects (WECHAT_OBJECTS): every method it has, each a stand-in. */
function absentObject(type: string): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const entry of (WECHAT_OBJECTS[type] ?? '').split(',')) {
    if (entry === '') continue;
    const [name, method] = absentMethod(type, entry, object);
    object[name] = method;
  }
  return object;
}

function standIn(name: string, spec: string): unknown {
  const colon = spec.indexOf(':');
  const kind = colon < 0 ? spec : spec.slice(0, colon);
  const type = spec.slice(colon + 1);
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
      return absentObject(type);
    default:
      return (options?: unknown) => {
        // A task's own callbacks (wx.downloadFile({ fail })) hear the host's answer.
        if (callbacksOf(options) !== null) void invokeAsync(name, options);
        return absentObject(type);
      };
  }
}

/**
 * Gives `wx` a stand-in for every WeChat API it does not have. They are made when first read, not
 * at launch (there are some 450): `wx`'s prototype answers for the names it lacks, and a stand-in
 * once made is `wx`'s own property.
 */
export function addAbsentApis(wx: Record<string, unknown>): void {
  const base: object = Object.getPrototypeOf(wx) as object;
  const known = (name: string | symbol): name is string => typeof name === 'string' && Object.prototype.hasOwnProperty.call(WECHAT_APIS, name);
  const absent = new Proxy(base, {
    get(target, name, receiver) {
      if (!known(name)) return Reflect.get(target, name, receiver);
      const value = standIn(name, WECHAT_APIS[name]);
      standIns.add(value as object);
      Object.defineProperty(receiver, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    has: (target, name) => known(name) || Reflect.has(target, name),
  });
  Object.setPrototypeOf(wx, absent);
}
