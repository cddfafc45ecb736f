// The module registry of logic.js: each project file is defined as a CommonJS factory and runs
// on its first require, as in WeChat. A path is resolved here (relative, from the root with `/`,
// with `.js` or as a folder's `index.js`); the packages a module requires by name were resolved by
// the compiler, which lists them with the module.
import { ensure, inChunk } from './loader.js';
import { reportError } from './report.js';

type Require = ((path: string) => unknown) & { async?: (path: string) => Promise<unknown> };
type ModuleFactory = (require: Require, module: { exports: unknown }, exports: unknown) => void;

const factories: Record<string, ModuleFactory> = Object.create(null);
const cache: Record<string, { exports: unknown }> = Object.create(null);
/** By module: the packages it requires by name → their module ids. */
const aliases: Record<string, Record<string, string>> = Object.create(null);

/** Registers a module under its path from the project root (`pages/index/index.js`). */
export function defineModule(id: string, factory: ModuleFactory, packages?: Record<string, string>): void {
  factories[id] = factory;
  if (packages !== null && typeof packages === 'object') aliases[id] = packages;
}

/** Whether module `id` is defined, or in a chunk not evaluated yet. */
export function isModuleDefined(id: string): boolean {
  return id in factories || inChunk(id);
}

function normalize(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** The path a require argument names, relative to the requiring module or (with `/`) to the root. */
function joinRequest(request: string, from: string): string {
  const base = request.startsWith('/') ? [] : from.split('/').slice(0, -1);
  return normalize(base.concat(request.split('/'))).join('/');
}

/** Resolves a require argument to a defined module: a package named for it, else the path itself, with `.js`, or its `index.js`. */
export function resolveModule(request: string, from: string): string | undefined {
  const table = aliases[from];
  const named = table !== undefined && Object.prototype.hasOwnProperty.call(table, request) ? table[request] : undefined;
  if (typeof named === 'string' && isModuleDefined(named)) return named;
  const joined = joinRequest(request, from);
  const candidates = [joined, `${joined}.js`, `${joined}/index.js`];
  for (const id of candidates) if (isModuleDefined(id)) return id;
  return undefined;
}

/** Runs (once) and returns the exports of module `id`. Cycles see the partly filled exports, as in Node. */
export function requireModule(id: string): unknown {
  const cached = cache[id];
  if (cached !== undefined) return cached.exports;
  ensure(id);
  const factory = factories[id];
  if (factory === undefined) throw new Error(`module "${id}" is not defined`);
  const module = { exports: {} as unknown };
  cache[id] = module;
  const require: Require = (request) => {
    if (typeof request !== 'string') throw new TypeError(`require args must be a string, got ${typeof request}`);
    const resolved = resolveModule(request, id);
    if (resolved === undefined) {
      const joined = joinRequest(request, id);
      const named = joined.endsWith('.js') ? joined : `${joined}.js`;
      throw new Error(`module "${named}" is not defined, require args is "${request}" (in ${id})`);
    }
    return requireModule(resolved);
  };
  // `require.async`: a module of another subpackage, in a later task. A failure rejects with
  // `{ mod, errMsg }`, as WeChat's does.
  require.async = (request) =>
    Promise.resolve().then(() => {
      try {
        return require(request);
      } catch (error) {
        throw { mod: request, errMsg: error instanceof Error ? error.message : String(error) };
      }
    });
  factory.call(module.exports, require, module, module.exports);
  return module.exports;
}

/** Requires a module for the framework (app.js, a page): what it throws is reported, not rethrown. */
export function injectModule(id: string, page: string | undefined): void {
  try {
    requireModule(id);
  } catch (error) {
    delete cache[id];
    reportError(error, page, id);
  }
}
