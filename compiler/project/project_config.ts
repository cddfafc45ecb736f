// project.config.json, as WeChat devtools reads it when it opens a project: where the mini-program's
// own folder is (`miniprogramRoot`, `srcMiniprogramRoot`) and which compiler plugins it turns on
// (`setting.useCompilerPlugins`). project.private.config.json beside it overrides its settings.
// A file that cannot be read or parsed configures nothing here: its syntax errors are reported
// where the app id is read (compiler/project/load.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsoncParser } from '../lazy_packages.js';

/** The compiler plugins WeChat devtools ships. */
export type CompilerPlugin = 'typescript' | 'less' | 'sass';
const PLUGINS: ReadonlySet<string> = new Set<CompilerPlugin>(['typescript', 'less', 'sass']);

export interface ProjectConfig {
  /** The folder project.config.json is in: the project as WeChat devtools opens it. */
  projectRoot: string;
  /** The mini-program's own folder (the one holding app.json). */
  miniprogramRoot: string;
  /** `setting.useCompilerPlugins`: a name, or `{ "type": name, "option": … }`. */
  compilerPlugins: ReadonlySet<CompilerPlugin>;
}

function readJsonObject(file: string): Record<string, unknown> | null {
  try {
    const value: unknown = jsoncParser().parse(readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function pluginsOf(setting: unknown): CompilerPlugin[] {
  if (typeof setting !== 'object' || setting === null) return [];
  const list = (setting as { useCompilerPlugins?: unknown }).useCompilerPlugins;
  if (!Array.isArray(list)) return [];
  const out: CompilerPlugin[] = [];
  for (const entry of list) {
    const name = typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null ? (entry as { type?: unknown }).type : undefined;
    if (typeof name === 'string' && PLUGINS.has(name)) out.push(name as CompilerPlugin);
  }
  return out;
}

/**
 * The configuration of the project in `dir`, or null when `dir` has no project.config.json. The
 * mini-program's folder is `srcMiniprogramRoot` when it holds an app.json, else `miniprogramRoot`,
 * else `dir` itself.
 */
export function readProjectConfig(dir: string): ProjectConfig | null {
  const projectRoot = resolve(dir);
  const file = join(projectRoot, 'project.config.json');
  if (!existsSync(file)) return null;
  const config = readJsonObject(file) ?? {};
  const personal = readJsonObject(join(projectRoot, 'project.private.config.json')) ?? {};
  const setting = { ...(config.setting as object | undefined), ...(personal.setting as object | undefined) };
  let miniprogramRoot = projectRoot;
  for (const key of ['srcMiniprogramRoot', 'miniprogramRoot']) {
    const value = config[key];
    if (typeof value !== 'string' || value === '') continue;
    const folder = resolve(projectRoot, value);
    if (isFolder(folder) && (existsSync(join(folder, 'app.json')) || key === 'miniprogramRoot')) {
      miniprogramRoot = folder;
      break;
    }
  }
  return { projectRoot, miniprogramRoot, compilerPlugins: new Set(pluginsOf(setting)) };
}

/**
 * The project configuration that applies to the mini-program in `appRoot`: its own
 * project.config.json, or that of the nearest folder above with one, when its mini-program folder
 * is `appRoot`.
 */
export function projectConfigOf(appRoot: string): ProjectConfig | null {
  const app = resolve(appRoot);
  for (let dir = app; ; dir = resolve(dir, '..')) {
    const config = readProjectConfig(dir);
    if (config !== null) return dir === app || config.miniprogramRoot === app ? config : null;
    if (resolve(dir, '..') === dir) return null;
  }
}
