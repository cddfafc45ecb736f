// A mini-program project on disk: app.json, its pages and their files, and every script.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { WindowConfig } from '../../spec/bundle.js';
import { DiagnosticCode, DiagnosticSink, type Diagnostic } from '../diagnostics.js';
import { isObject, parseJsonFile } from './json.js';

export interface ProjectPage {
  /** The route from app.json (`pages/index/index`). */
  route: string;
  /** The page's .json, or an empty object. */
  config: WindowConfig;
}

export interface Project {
  root: string;
  pages: ProjectPage[];
  entryPagePath: string;
  window: WindowConfig;
  /** Every .js and .ts file of the project (paths from the root, with `/`), app's script included. */
  scripts: string[];
  /** project.config.json's `appid`, or one derived from the project's place (see deriveAppId). */
  appid: string;
  /** app.json's `permission`. */
  permission: Record<string, { desc?: string }>;
  /** app.json's `requiredPrivateInfos`. */
  requiredPrivateInfos: string[];
  /** Texts of the files read, by path from the root, for code frames. */
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** Folders never part of the mini-program's code. */
const SKIPPED = new Set(['node_modules', 'miniprogram_npm']);

export interface LoadOptions {
  /** Absolute paths left out of the scan (e.g. a build output inside the project). */
  exclude?: string[];
}

function listScripts(root: string, exclude: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.') || exclude.includes(full)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(full);
      } else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.push(relative(root, full).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return out.sort();
}

export function loadProject(dir: string, options: LoadOptions = {}): Project {
  const root = resolve(dir);
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const project: Project = { root, pages: [], entryPagePath: '', window: {}, scripts: [], appid: deriveAppId(root), permission: {}, requiredPrivateInfos: [], sources, diagnostics };

  const read = (file: string): string | undefined => {
    const full = join(root, file);
    if (!existsSync(full)) return undefined;
    const text = readFileSync(full, 'utf8');
    sources.set(file, text);
    return text;
  };

  const appSource = read('app.json');
  if (appSource === undefined) {
    const message = existsSync(root) ? `app.json not found in ${root}` : `the project directory ${root} does not exist`;
    diagnostics.push({ code: DiagnosticCode.FileMissing, severity: 'error', file: 'app.json', message, start: { offset: 0, line: 1, column: 1 } });
    return project;
  }
  const appSink = new DiagnosticSink('app.json', appSource);
  const app = parseJsonFile(appSource, appSink);
  if (app !== null) {
    const config = app.value;
    const schemaError = (path: (string | number)[], message: string) => {
      const at = app.at(path);
      appSink.error(DiagnosticCode.JsonSchema, message, at.offset, at.offset + at.length);
    };
    if (!isObject(config)) schemaError([], 'app.json must hold an object');
    else {
      const pages = config.pages;
      if (!Array.isArray(pages) || pages.length === 0) schemaError(['pages'], '"pages" must be a non-empty array of page paths');
      else {
        pages.forEach((page, i) => {
          if (typeof page !== 'string' || page === '') return schemaError(['pages', i], 'a page path must be a non-empty string');
          const route = page.replace(/^\//, '');
          if (project.pages.some((p) => p.route === route)) return schemaError(['pages', i], `page "${route}" is listed twice`);
          if (!existsSync(join(root, `${route}.wxml`))) return schemaError(['pages', i], `page "${route}" has no ${route}.wxml`);
          if (!existsSync(join(root, `${route}.js`)) && !existsSync(join(root, `${route}.ts`))) {
            return schemaError(['pages', i], `page "${route}" has no ${route}.js (or .ts)`);
          }
          project.pages.push({ route, config: {} });
        });
      }
      if (config.window !== undefined) {
        if (isObject(config.window)) project.window = config.window as WindowConfig;
        else schemaError(['window'], '"window" must be an object');
      }
      const entry = config.entryPagePath;
      if (entry !== undefined) {
        if (typeof entry !== 'string' || !project.pages.some((p) => p.route === entry.replace(/^\//, ''))) {
          schemaError(['entryPagePath'], '"entryPagePath" must be one of the pages');
        } else project.entryPagePath = entry.replace(/^\//, '');
      }
      if (project.entryPagePath === '' && project.pages.length > 0) project.entryPagePath = project.pages[0].route;
      readDeclarations(config, project, schemaError);
    }
  }
  diagnostics.push(...appSink.diagnostics);

  for (const page of project.pages) {
    const file = `${page.route}.json`;
    const source = read(file);
    if (source === undefined) continue;
    const sink = new DiagnosticSink(file, source);
    const json = parseJsonFile(source, sink);
    if (json !== null) {
      if (isObject(json.value)) page.config = json.value as WindowConfig;
      else sink.error(DiagnosticCode.JsonSchema, 'a page .json must hold an object', 0, source.length);
    }
    diagnostics.push(...sink.diagnostics);
  }

  readProjectConfig(project, read);
  project.scripts = listScripts(root, (options.exclude ?? []).map((p) => resolve(p)));
  if (!project.scripts.includes('app.js') && !project.scripts.includes('app.ts')) {
    diagnostics.push({ code: DiagnosticCode.FileMissing, severity: 'error', file: 'app.json', message: `app.js (or app.ts) not found in ${root}`, start: { offset: 0, line: 1, column: 1 } });
  }
  return project;
}

/**
 * The app id of a project without one in project.config.json: `local-` and 16 hex digits of the
 * SHA-256 of its absolute path, so it stays the same for a project that stays in its place.
 */
export function deriveAppId(root: string): string {
  return `local-${createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16)}`;
}

/** app.json's `permission` (each scope's purpose) and `requiredPrivateInfos`. */
function readDeclarations(config: Record<string, unknown>, project: Project, schemaError: (path: (string | number)[], message: string) => void): void {
  const permission = config.permission;
  if (permission !== undefined) {
    if (!isObject(permission)) schemaError(['permission'], '"permission" must be an object of scopes');
    else {
      for (const [scope, value] of Object.entries(permission)) {
        if (!isObject(value) || typeof value.desc !== 'string') schemaError(['permission', scope], `"permission"."${scope}" must be an object with a "desc" string`);
        else project.permission[scope] = { desc: value.desc };
      }
    }
  }
  const infos = config.requiredPrivateInfos;
  if (infos !== undefined) {
    if (!Array.isArray(infos)) schemaError(['requiredPrivateInfos'], '"requiredPrivateInfos" must be an array of API names');
    else {
      infos.forEach((name, i) => {
        if (typeof name !== 'string') schemaError(['requiredPrivateInfos', i], 'an API name must be a string');
        else project.requiredPrivateInfos.push(name);
      });
    }
  }
}

/** project.config.json's `appid`, when the file is there and names one. */
function readProjectConfig(project: Project, read: (file: string) => string | undefined): void {
  const source = read('project.config.json');
  if (source === undefined) return;
  const sink = new DiagnosticSink('project.config.json', source);
  const json = parseJsonFile(source, sink);
  if (json !== null) {
    const appid = isObject(json.value) ? json.value.appid : undefined;
    if (appid !== undefined && typeof appid !== 'string') {
      const at = json.at(['appid']);
      sink.error(DiagnosticCode.JsonSchema, '"appid" must be a string', at.offset, at.offset + at.length);
    } else if (typeof appid === 'string' && appid !== '' && appid !== 'touristappid') project.appid = appid;
  }
  project.diagnostics.push(...sink.diagnostics);
}
