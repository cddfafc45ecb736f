// The Worker scripts (wx.createWorker): app.json's `workers` names a folder (or `{ path,
// isSubpackage }`), and every script in it becomes a module of a script of its own, workers.js,
// which the logic thread evaluates in the Worker's own QuickJS context. As in WeChat, a Worker's
// code requires only files of that folder: a require that leaves it is a warning here, and throws
// when it runs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticCode, DiagnosticSink, type Diagnostic } from '../diagnostics.js';
import type { ProjectFiles } from '../project/files.js';
import { isObject, type JsonFile } from '../project/json.js';
import { compileModule, type CompiledScript } from './compile.js';
import { requireSites } from './requires.js';
import { moduleId, resolveRequire, runtimeResolves } from './resolve.js';

export interface CompiledWorkers {
  /** The folder, from the project root, without a trailing `/`. */
  folder: string;
  scripts: Map<string, CompiledScript>;
  diagnostics: Diagnostic[];
}

/** Scripts a Worker folder holds, at most: a folder of more is not a Worker's. */
const MAX_WORKER_FILES = 4096;

/** app.json's `workers` folder, or null when there is none; a malformed value is a warning. */
export function workersFolder(appJson: JsonFile, sink: DiagnosticSink): string | null {
  const value = isObject(appJson.value) ? appJson.value.workers : undefined;
  if (value === undefined) return null;
  const path = typeof value === 'string' ? value : isObject(value) && typeof value.path === 'string' ? value.path : null;
  const at = appJson.at(['workers']);
  if (path === null || path.replace(/^\/+|\/+$/g, '') === '' || path.split('/').includes('..')) {
    sink.warning(DiagnosticCode.JsonSchema, 'app.json "workers" is a folder of the project ("workers") or { "path": "workers", "isSubpackage": false }: no Worker scripts are built', at.offset, at.offset + at.length);
    return null;
  }
  return path.replace(/^\/+|\/+$/g, '');
}

/** The .js and .ts files under `folder`, from the project root, in a stable order. */
function listScripts(files: ProjectFiles, folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(files.real(dir)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (found.length >= MAX_WORKER_FILES) return;
      const path = `${dir}/${name}`;
      let isDir = false;
      try {
        isDir = statSync(join(files.real(dir), name)).isDirectory();
      } catch {
        continue;
      }
      if (isDir) walk(path);
      else if ((name.endsWith('.js') || name.endsWith('.ts')) && !name.endsWith('.d.ts')) found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** Compiles the Worker folder's scripts and the files of the folder they require. */
export function compileWorkers(files: ProjectFiles, folder: string, appSink: DiagnosticSink, at: { offset: number; length: number }): CompiledWorkers {
  const diagnostics: Diagnostic[] = [];
  const scripts = new Map<string, CompiledScript>();
  const queue = listScripts(files, folder);
  if (queue.length === 0) {
    appSink.warning(DiagnosticCode.JsonSchema, `app.json "workers": the folder "${folder}" holds no scripts`, at.offset, at.offset + at.length);
  }
  const inside = (path: string) => path.startsWith(`${folder}/`);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (scripts.has(file)) continue;
    const source = files.read(file);
    const script = compileModule(file, source);
    diagnostics.push(...script.diagnostics);
    scripts.set(file, script);
    if (file.endsWith('.json') || script.diagnostics.length > 0) continue;
    const sink = new DiagnosticSink(file, source);
    for (const site of requireSites(file, source)) {
      const found = resolveRequire(files, file, site.request);
      if (found === null || !inside(found)) {
        const why = found === null ? 'no such file in the folder' : `"${found}" is outside it`;
        sink.warning(DiagnosticCode.ModuleMissing, `require("${site.request}"): a Worker's code requires only files of its folder "${folder}" (${why}); it throws when it runs`, site.start, site.end);
        continue;
      }
      if (!runtimeResolves(file, site.request, moduleId(found))) (script.aliases ??= {})[site.request] = moduleId(found);
      if (!scripts.has(found)) queue.push(found);
    }
    diagnostics.push(...sink.diagnostics);
  }
  return { folder, scripts, diagnostics };
}
