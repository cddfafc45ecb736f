// The project as the dev server serves it: compiled once at the start and again after every change
// to its files (changes within a short pause make one rebuild). Each build is a numbered version,
// either a bundle's files or the compile error, formatted with its code frame, that stopped it.
import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { bundleFiles, CompileError, compileProject } from '../compiler.js';

/** One build of the project. */
export type Build =
  | { version: number; ok: true; files: Map<string, string>; warnings: string[] }
  | { version: number; ok: false; error: string };

/** How long the files must stay unchanged before a rebuild starts, in ms. */
const QUIET_MS = 120;

/** Folders whose changes are not the project's sources. */
const IGNORED = /(^|[\\/])(\.git|node_modules|dist|\.[^\\/]*)([\\/]|$)/;

export class LiveBuild {
  private current: Build;
  private readonly watcher: FSWatcher;
  private readonly listeners = new Set<(build: Build) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly project: string) {
    this.project = resolve(project);
    this.current = this.compile(1);
    this.watcher = watch(this.project, { recursive: true }, (_event, name) => {
      const file = name === null ? '' : String(name);
      if (file !== '' && IGNORED.test(file)) return;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.rebuild(), QUIET_MS);
    });
    // A watcher error (the folder removed) must not end the server: the last build stays served.
    this.watcher.on('error', () => {});
  }

  /** The latest build. */
  get build(): Build {
    return this.current;
  }

  /** Calls `listener` after every rebuild; returns what stops it. */
  subscribe(listener: (build: Build) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.watcher.close();
    this.listeners.clear();
  }

  private rebuild(): void {
    this.timer = null;
    this.current = this.compile(this.current.version + 1);
    for (const listener of this.listeners) listener(this.current);
  }

  private compile(version: number): Build {
    try {
      const { bundle, warnings } = compileProject(this.project, { exclude: [resolve(this.project, 'dist')] });
      return { version, ok: true, files: bundleFiles(bundle), warnings: warnings.map((w) => `${w.file}:${w.start.line}:${w.start.column}: ${w.message}`) };
    } catch (error) {
      if (error instanceof CompileError) return { version, ok: false, error: error.format() };
      // The compiler's own failure is shown the same way: the server goes on watching.
      const where = error instanceof Error && error.stack !== undefined ? error.stack : String(error);
      return { version, ok: false, error: `the project could not be compiled: ${where}` };
    }
  }
}
