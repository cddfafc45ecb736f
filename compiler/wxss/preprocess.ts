// The compiler plugins of WeChat devtools for styles (project.config.json's
// `setting.useCompilerPlugins`: "less", "sass"): a page's, component's or the app's `x.less`
// (`x.scss`, `x.sass`) is compiled to WXSS where `x.wxss` is missing (an `x.wxss` beside it
// wins, as in WeChat). Imports of .less/.scss files are the language's own (less: `@import "a"`
// is a.less; sass: partials `_a.scss`, `index` files); an import of a `.wxss` stays a WXSS
// `@import` for imports.ts. Files are read through ProjectFiles and named by project path, so
// errors and the source map point into the original files.
import type { TraceMap } from '@jridgewell/trace-mapping';
import { createRequire } from 'node:module';
import type Less from 'less';
import type { LessError, LoadedFile } from 'less';
import type * as Sass from 'sass';
import { traceMapping } from '../lazy_packages.js';
import type { CompilerPlugin } from '../project/project_config.js';
import { joinPath, type ProjectFiles } from '../project/files.js';

/** The style languages a plugin compiles, by extension, and the plugin that turns each on. */
const LANGUAGES: ReadonlyMap<string, CompilerPlugin> = new Map([
  ['.less', 'less'],
  ['.scss', 'sass'],
  ['.sass', 'sass'],
]);

/** A place in a project file: 1-based line and column. */
export interface StylePlace {
  file: string;
  line: number;
  column: number;
}

/** A .less/.scss/.sass file compiled: CSS and a map back into it, or the error that stopped it. */
export type Preprocessed = { css: string; map: TraceMap; error?: undefined } | { error: StylePlace & { message: string } };

/** The plugin a style file needs, or undefined for WXSS (and anything else). */
export function pluginOf(file: string): CompilerPlugin | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : LANGUAGES.get(file.slice(dot));
}

/** The files the enabled plugins compile to `path`.wxss (`path` without extension), in the order they are looked for. */
export function standIns(path: string, plugins: ReadonlySet<CompilerPlugin>): string[] {
  const out: string[] = [];
  for (const [extension, plugin] of LANGUAGES) if (plugins.has(plugin)) out.push(`${path}${extension}`);
  return out;
}

/** The sheet of a page, component or the app (`path` without extension): its .wxss, else what an enabled plugin compiles, else null. */
export function sheetOf(files: ProjectFiles, path: string, plugins: ReadonlySet<CompilerPlugin>): string | null {
  return [`${path}.wxss`, ...standIns(path, plugins)].find((f) => files.exists(f)) ?? null;
}

/** `@import "x.wxss"` (not a url()): the form less and sass would try to read as their own. */
const WXSS_IMPORT = /@import\s+(["'])([^"'\n]*\.wxss)\1/g;

/** Marks `@import "x.wxss"` as plain CSS for the language, so it is kept for the WXSS compiler. */
function keepWxssImports(source: string, plugin: CompilerPlugin): string {
  return source.replace(WXSS_IMPORT, plugin === 'less' ? '@import (css) $1$2$1' : '@import url($1$2$1)');
}

/** Where a generated position (1-based line and column) comes from in the original files, if the map knows. */
export function originalPlace(map: TraceMap, line: number, column: number): StylePlace | null {
  const found = traceMapping().originalPositionFor(map, { line, column: Math.max(0, column - 1) });
  if (found.source === null || found.line === null || found.column === null) return null;
  return { file: projectPath(found.source), line: found.line, column: found.column + 1 };
}

/** A source map's name for a file → its project path (sass names them `miniapp:/path`). */
function projectPath(source: string): string {
  return source.startsWith(`${SCHEME}/`) ? source.slice(SCHEME.length + 1) : source;
}

// The compilers are loaded when a project first needs them: sass alone takes half a second to
// load, which no build without a plugin should pay.
const require = createRequire(import.meta.url);
let lessCompiler: { less: typeof Less; FileManager: new (files: ProjectFiles) => InstanceType<typeof Less.AbstractFileManager> } | null = null;
let sassCompiler: typeof Sass | null = null;

function loadLess(): NonNullable<typeof lessCompiler> {
  if (lessCompiler !== null) return lessCompiler;
  const less = require('less') as typeof Less;
  lessCompiler = { less, FileManager: projectFileManager(less) };
  return lessCompiler;
}

function loadSass(): typeof Sass {
  return (sassCompiler ??= require('sass') as typeof Sass);
}

/** Less's files, read from the project: `a` is a.less, `/a` from the root. */
const projectFileManager = (less: typeof Less) =>
  class ProjectFileManager extends less.AbstractFileManager {
    constructor(private readonly files: ProjectFiles) {
      super();
    }

    override supports(): boolean {
      return true;
    }

    override supportsSync(): boolean {
      return true;
    }

    override loadFileSync(filename: string, currentDirectory: string): LoadedFile | LessError {
      const path = joinPath(`${currentDirectory}_`, filename);
      const candidates = /\.[^/.]+$/.test(path) ? [path] : [path, `${path}.less`];
      const found = candidates.find((c) => this.files.exists(c));
      // An error returned without `filename` is the one less reports (a thrown one loses its message in sync mode).
      if (found === undefined) return { type: 'File', message: `@import "${filename}": file ${candidates[candidates.length - 1]} not found` };
      return { contents: keepWxssImports(this.files.read(found), 'less'), filename: found };
    }
  };

function compileLess(files: ProjectFiles, file: string): Preprocessed {
  const { less, FileManager } = loadLess();
  let result: Preprocessed | undefined;
  less.render(
    keepWxssImports(files.read(file), 'less'),
    {
      filename: file,
      syncImport: true,
      sourceMap: { outputSourceFiles: false, sourceMapBasepath: '' },
      plugins: [{ install: (_less, manager) => manager.addFileManager(new FileManager(files)) }],
    },
    (error, output) => {
      if (error !== null || output === undefined) {
        const at = error ?? {};
        result = { error: { file: at.filename ?? file, line: at.line ?? 1, column: (at.column ?? 0) + 1, message: at.message ?? `less ${at.type ?? ''} error` } };
      } else {
        // less writes no map for a file that yields no CSS (an empty one, only variables).
        result = { css: output.css, map: new (traceMapping().TraceMap)(output.map ?? { version: 3, sources: [], names: [], mappings: '' }) };
      }
    },
  );
  // syncImport makes render call back before it returns.
  return result!;
}

/** Sass's URLs for project files: `miniapp:/pages/index/index.scss`. */
const SCHEME = 'miniapp:';

/** What `@import "a"` / `@use "a"` may name in sass: the file, its partial, its folder's index. */
function sassCandidates(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  if (/\.(s[ac]ss|css)$/.test(name)) return [path, `${dir}_${name}`];
  const out: string[] = [];
  for (const base of [`${dir}${name}`, `${dir}_${name}`, `${path}/index`, `${path}/_index`]) out.push(`${base}.scss`, `${base}.sass`, `${base}.css`);
  return out;
}

/** Sass's files, read from the project. */
function projectImporter(files: ProjectFiles): Sass.Importer<'sync'> {
  return {
    canonicalize(url: string) {
      if (!url.startsWith(`${SCHEME}/`)) return null;
      const found = sassCandidates(joinPath('', url.slice(SCHEME.length + 1))).find((c) => files.exists(c));
      return found === undefined ? null : new URL(`${SCHEME}/${found}`);
    },
    load(url: URL) {
      const path = projectPath(url.href);
      const syntax = path.endsWith('.sass') ? 'indented' : path.endsWith('.css') ? 'css' : 'scss';
      return { contents: keepWxssImports(files.read(path), 'sass'), syntax };
    },
  };
}

/** Sass's warnings (deprecations) are its own business, not the build's output. */
const SILENT: Sass.Logger = { warn: () => {}, debug: () => {} };

function compileSass(files: ProjectFiles, file: string): Preprocessed {
  const sass = loadSass();
  const importer = projectImporter(files);
  try {
    const result = sass.compileString(keepWxssImports(files.read(file), 'sass'), {
      url: new URL(`${SCHEME}/${file}`),
      syntax: file.endsWith('.sass') ? 'indented' : 'scss',
      importer,
      sourceMap: true,
      logger: SILENT,
    });
    return { css: result.css, map: new (traceMapping().TraceMap)(JSON.stringify(result.sourceMap)) };
  } catch (error) {
    if (!(error instanceof sass.Exception)) throw error;
    const start = error.span.start;
    const url = error.span.url?.href;
    return { error: { file: url === undefined ? file : projectPath(url), line: start.line + 1, column: start.column + 1, message: error.sassMessage } };
  }
}

/** Compiles a .less, .scss or .sass file of the project to WXSS. */
export function preprocess(files: ProjectFiles, file: string): Preprocessed {
  return pluginOf(file) === 'less' ? compileLess(files, file) : compileSass(files, file);
}
