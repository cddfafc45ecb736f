// WXS modules, registered by logic.js and run on first require. A module's `require` takes paths
// relative to its own file (an inline module's file is the WXML file it is in).
import { ensure } from './loader.js';

type WxsFactory = (
  require: (path: string) => unknown,
  module: { exports: unknown },
  exports: unknown,
  getRegExp: (pattern: string, flags?: string) => RegExp,
  getDate: (...args: unknown[]) => Date,
  wxsType: (value: unknown) => string,
) => void;

const factories: Record<string, WxsFactory> = Object.create(null);
const cache: Record<string, { exports: unknown }> = Object.create(null);

export function defineWxs(id: string, factory: WxsFactory): void {
  factories[id] = factory;
}

function getRegExp(pattern: string, flags?: string): RegExp {
  return new RegExp(pattern, flags);
}

function getDate(...args: unknown[]): Date {
  return new (Date as unknown as new (...a: unknown[]) => Date)(...args);
}

/** `x.constructor` in WXS: the name of x's type. */
function wxsType(value: unknown): string {
  if (value === null || value === undefined) throw new TypeError(`cannot read property 'constructor' of ${value}`);
  if (Array.isArray(value)) return 'Array';
  if (value instanceof RegExp) return 'RegExp';
  if (value instanceof Date) return 'Date';
  switch (typeof value) {
    case 'function':
      return 'Function';
    case 'number':
      return 'Number';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}

function join(from: string, request: string): string {
  const out = from.replace(/#.*$/, '').split('/').slice(0, -1);
  for (const part of request.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The exports of WXS module `id` (run once). */
export function requireWxs(id: string): unknown {
  const cached = cache[id];
  if (cached !== undefined) return cached.exports;
  ensure(id);
  const factory = factories[id];
  if (factory === undefined) throw new Error(`WXS module "${id}" is not defined`);
  const module = { exports: {} as unknown };
  cache[id] = module;
  factory.call(module.exports, (request) => requireWxs(join(id, request)), module, module.exports, getRegExp, getDate, wxsType);
  return module.exports;
}
