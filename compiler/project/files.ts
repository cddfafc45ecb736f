// The project's files as the compiler sees them: paths from the project root with `/`. npm packages
// appear under `miniprogram_npm/<package>/`, as WeChat's "build npm" lays them out, whether they were
// built there or are read from node_modules (the package's `miniprogram` directory).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface Mount {
  /** Virtual prefix, ending in `/`. */
  prefix: string;
  /** The real directory it stands for. */
  dir: string;
}

/** Files of the project as WeChat devtools opens it, read beside project.config.json wherever the mini-program's folder is. */
const PROJECT_FILES: ReadonlySet<string> = new Set(['project.config.json', 'project.private.config.json']);

export class ProjectFiles {
  readonly root: string;
  /** The folder of project.config.json (the root, unless its `miniprogramRoot` is a folder inside). */
  readonly projectRoot: string;
  /** Texts of the files read, by path, for code frames. */
  readonly sources = new Map<string, string>();
  private readonly mounts: Mount[] = [];
  /**
   * Whether each real path is a file, as first found: a ProjectFiles serves one build (compileProject
   * makes one per build, `miniapp dev` one per rebuild), like `sources`. Keyed by the real path, as
   * a mount changes where a project path leads.
   */
  private readonly isFile = new Map<string, boolean>();

  constructor(root: string, projectRoot: string = root) {
    this.root = resolve(root);
    this.projectRoot = resolve(projectRoot);
  }

  /** Makes the real directory `dir` appear at `prefix` (e.g. `miniprogram_npm/@vant/weapp/`). */
  mount(prefix: string, dir: string): void {
    if (!this.mounts.some((m) => m.prefix === prefix)) this.mounts.push({ prefix, dir });
  }

  /** The real location of a project path. */
  real(path: string): string {
    for (const m of this.mounts) if (path.startsWith(m.prefix)) return join(m.dir, path.slice(m.prefix.length));
    return join(PROJECT_FILES.has(path) ? this.projectRoot : this.root, path);
  }

  exists(path: string): boolean {
    const real = this.real(path);
    let found = this.isFile.get(real);
    if (found === undefined) {
      found = existsSync(real) && statSync(real).isFile();
      this.isFile.set(real, found);
    }
    return found;
  }

  read(path: string): string {
    let text = this.sources.get(path);
    if (text === undefined) {
      text = readFileSync(this.real(path), 'utf8');
      this.sources.set(path, text);
    }
    return text;
  }

  /** True for paths inside a mounted npm package. */
  isPackaged(path: string): boolean {
    return this.mounts.some((m) => path.startsWith(m.prefix));
  }
}

/** Joins a request to the directory of `from` (or to the root for `/…`), resolving `.` and `..`. */
export function joinPath(from: string, request: string): string {
  const base = request.startsWith('/') ? [] : from.split('/').slice(0, -1);
  const out: string[] = [];
  for (const part of base.concat(request.split('/'))) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/**
 * The directory a package's files are read from: package.json's `miniprogram`, else its
 * `miniprogram_dist`, else (a plain npm package) the package itself, entered by its `main`.
 */
function miniprogramDir(packageDir: string): string {
  try {
    const json = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { miniprogram?: unknown };
    if (typeof json.miniprogram === 'string') return join(packageDir, json.miniprogram);
  } catch {
    // no or unreadable package.json: the default layout
  }
  const dist = join(packageDir, 'miniprogram_dist');
  return existsSync(dist) ? dist : packageDir;
}

/** A package's entry under its mount: package.json's `main` (the file, with `.js`, or its index). */
function packageMain(files: ProjectFiles, prefix: string, extensions: string[]): string | null {
  const packageJson = `${prefix}package.json`;
  if (!files.exists(packageJson)) return null;
  try {
    const main = (JSON.parse(files.read(packageJson)) as { main?: unknown }).main;
    if (typeof main !== 'string') return null;
    for (const candidate of withExtensions(joinPath(packageJson, main), extensions)) if (files.exists(candidate)) return candidate;
  } catch {
    // an unreadable package.json has no entry
  }
  return null;
}

/**
 * Resolves a bare request (`@vant/weapp/button/index`) for a file, as WeChat's npm support does:
 * `miniprogram_npm/<package>` beside the file or in any folder above it, else a package in
 * `node_modules` (from the project root upwards). Returns the path under `miniprogram_npm/`, or null.
 */
export function resolvePackage(files: ProjectFiles, from: string, request: string, extensions: string[]): string | null {
  const parts = request.split('/');
  const nameLength = request.startsWith('@') ? 2 : 1;
  if (parts.length < nameLength) return null;
  // No package is named `..` or `.x`, and none reaches out of itself: such a request would name
  // a project file by another path each time (`a/miniprogram_npm/../b`), without end.
  if (parts.some((p, i) => (i < nameLength && (p === '' || p.startsWith('.'))) || p === '.' || p === '..')) return null;
  const name = parts.slice(0, nameLength).join('/');
  const sub = parts.slice(nameLength).join('/');
  const dirs = from.split('/').slice(0, -1);
  for (let n = dirs.length; n >= 0; n--) {
    const base = [...dirs.slice(0, n), 'miniprogram_npm', name].join('/');
    for (const candidate of withExtensions(sub ? `${base}/${sub}` : `${base}/index`, extensions)) {
      if (files.exists(candidate)) return candidate;
    }
    // A package laid there as it is on npm, entered by package.json's `main`.
    if (sub === '') {
      const main = packageMain(files, `${base}/`, extensions);
      if (main !== null) return main;
    }
  }
  for (let dir = files.root; ; dir = dirname(dir)) {
    const packageDir = join(dir, 'node_modules', name);
    if (existsSync(join(packageDir, 'package.json'))) {
      const prefix = `miniprogram_npm/${name}/`;
      files.mount(prefix, miniprogramDir(packageDir));
      for (const candidate of withExtensions(`${prefix}${sub || 'index'}`, extensions)) {
        if (files.exists(candidate)) return candidate;
      }
      return sub === '' ? packageMain(files, prefix, extensions) : null;
    }
    if (dirname(dir) === dir) return null;
  }
}

/** A path and the same path with each extension, and as a folder's `index`. */
export function withExtensions(path: string, extensions: string[]): string[] {
  const out = [path];
  for (const ext of extensions) out.push(`${path}${ext}`);
  for (const ext of extensions) out.push(`${path}/index${ext}`);
  return out;
}
