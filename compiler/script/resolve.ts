// Where a `require` leads, as the runtime will look: a path relative to the requiring file (or
// from the root with `/`), tried as written, with `.js` (`.ts` compiles to it) and as a folder's
// `index`; a `.json` only when named; a bare name that is no such file, in npm packages.
import { joinPath, resolvePackage, type ProjectFiles } from '../project/files.js';
import { isPathRequest } from './requires.js';

function candidates(path: string): string[] {
  if (path.endsWith('.json')) return [path];
  return [path, `${path}.js`, `${path}.ts`, `${path}/index.js`, `${path}/index.ts`].filter((p) => !p.endsWith('.ts.js') && !p.endsWith('.ts.ts'));
}

/** The project path a request from `from` resolves to, or null when there is none. */
export function resolveRequire(files: ProjectFiles, from: string, request: string): string | null {
  for (const candidate of candidates(joinPath(from, request))) {
    if ((candidate.endsWith('.js') || candidate.endsWith('.ts') || candidate.endsWith('.json')) && files.exists(candidate)) return candidate;
  }
  if (isPathRequest(request)) return null;
  return resolvePackage(files, from, request, ['.js', '.ts', '.json']);
}

/**
 * For a `./name` request that names no file: the npm package `name`, when the project has one.
 * Real projects ship such requests (a page importing `./threejs-miniprogram` beside it, meaning the
 * package), and they run on WeChat; miniapp takes the package, with a warning.
 */
export function resolveMisplacedPackage(files: ProjectFiles, from: string, request: string): string | null {
  const m = /^\.\/([a-z0-9][\w.-]*)$/i.exec(request);
  return m === null ? null : resolvePackage(files, from, m[1], ['.js', '.ts', '.json']);
}

/** The module id of a project file: `.ts` files become `.js` modules. */
export function moduleId(file: string): string {
  return file.replace(/\.ts$/, '.js');
}

/** Whether the runtime's own resolution of a path (runtime/logic/modules.ts) finds module `id`. */
export function runtimeResolves(from: string, request: string, id: string): boolean {
  const joined = joinPath(from, request);
  return joined === id || `${joined}.js` === id || `${joined}/index.js` === id;
}
