// A mini-program app on disk: app.json, its pages and their files, and every script of the project.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { TabBarConfig, Theme, WindowConfig } from '../../spec/bundle.js';

/** A subpackage of app.json: its folder, its pages (as routes), whether it runs without the main package. */
export interface SubpackageConfig {
  root: string;
  name?: string;
  independent: boolean;
  pages: string[];
}
import { DiagnosticCode, DiagnosticSink, type Diagnostic } from '../diagnostics.js';
import type { ProjectFiles } from './files.js';
import { isObject, jsonText, parseJsonFile, type JsonFile } from './json.js';
import { isVariable, readThemeFile, resolveTabBar, resolveThemed, THEMED_WINDOW_FIELDS, valueAt, type ThemeLookup } from './theme.js';
import { appJsonProjectInfo, readW3cManifest, type ProjectInfo } from './w3c_manifest.js';
import { workersFolder } from '../script/workers.js';

export interface AppProject {
  /** Routes from app.json (`pages/index/index`), in order. */
  pages: string[];
  entryPagePath: string;
  window: WindowConfig;
  /**
   * app.json parsed (null when missing or broken), and where its problems go. For a project
   * configured by a W3C manifest.json, the app.json it stands for, its places in manifest.json.
   */
  appJson: JsonFile | null;
  appSink: DiagnosticSink | null;
  /** Every .js and .ts file of the project itself (outside npm folders), with `/`. */
  scripts: string[];
  /** app.json's `workers` folder, or null. */
  workers: string | null;
  /** project.config.json's `appid`, or one derived from the project's place (see deriveAppId). */
  appid: string;
  /** app.json's `permission`. */
  permission: Record<string, { desc?: string }>;
  /** app.json's `requiredPrivateInfos`. */
  requiredPrivateInfos: string[];
  /** app.json's `tabBar`, checked. */
  tabBar?: TabBarConfig;
  /** app.json's `darkmode: true`: the app follows the host's theme. */
  darkmode: boolean;
  /** theme.json's variables (app.json's `themeLocation`), for the pages' .json too. */
  themeVariables: ThemeLookup;
  /** `window` and `tabBar` in the dark theme (`window` and `tabBar` above are the light one's). */
  dark: { window: WindowConfig; tabBar?: TabBarConfig };
  /** app.json's `subpackages` (their pages are in `pages` too, after the main package's). */
  subpackages: SubpackageConfig[];
  /** app.json's `preloadRule`: by page, the roots of the subpackages to load once it is shown. */
  preloadRule: Record<string, string[]>;
  /** app.json's `lazyCodeLoading: "requiredComponents"`. */
  lazyCodeLoading: boolean;
  /** Problems found, app.json's excepted (they are in `appSink`, which later steps add to). */
  diagnostics: Diagnostic[];
  /** The app's name, version and icons (what a package's manifest.json says of it). */
  info: ProjectInfo;
}

/** Folders never part of the mini-program's own code. */
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

const START = { offset: 0, line: 1, column: 1 };

export function loadApp(files: ProjectFiles, options: LoadOptions = {}): AppProject {
  const root = files.root;
  const project: AppProject = {
    pages: [],
    entryPagePath: '',
    window: {},
    appJson: null,
    appSink: null,
    scripts: [],
    workers: null,
    appid: '',
    subpackages: [],
    preloadRule: {},
    lazyCodeLoading: false,
    permission: {},
    requiredPrivateInfos: [],
    darkmode: false,
    themeVariables: null,
    dark: { window: {} },
    diagnostics: [],
    info: { config: 'app.json', name: '', icons: [] },
  };
  project.appid = readAppId(files, project.diagnostics);
  // app.json, or else a manifest.json in the W3C MiniApp Manifest form.
  const configFile = files.exists('app.json') || !files.exists('manifest.json') ? 'app.json' : 'manifest.json';
  if (!files.exists(configFile)) {
    const message = existsSync(root) ? `app.json (or a W3C manifest.json) not found in ${root}` : `the project directory ${root} does not exist`;
    project.diagnostics.push({ code: DiagnosticCode.FileMissing, severity: 'error', file: 'app.json', message, start: START });
    return project;
  }
  const appSource = files.read(configFile);
  const appSink = (project.appSink = new DiagnosticSink(configFile, appSource));
  let app = parseJsonFile(appSource, appSink);
  if (configFile === 'manifest.json' && app !== null) {
    const w3c = readW3cManifest(app, appSink, files);
    app = w3c.appJson;
    project.info = w3c.info;
    if (w3c.appId !== null) project.appid = w3c.appId;
  } else {
    project.info = appJsonProjectInfo(files, new DiagnosticSink('project.config.json', ''));
  }
  project.appJson = app;
  if (app !== null) {
    const config = app.value;
    let deferredEntry: string | undefined;
    const schemaError = (path: (string | number)[], message: string) => {
      const at = app.at(path);
      appSink.error(DiagnosticCode.JsonSchema, message, at.offset, at.offset + at.length);
    };
    if (!isObject(config)) schemaError([], `${configFile} must hold an object`);
    else {
      const pages = config.pages;
      if (!Array.isArray(pages) || pages.length === 0) schemaError(['pages'], '"pages" must be a non-empty array of page paths');
      else {
        pages.forEach((page, i) => {
          if (typeof page !== 'string' || page === '') return schemaError(['pages', i], 'a page path must be a non-empty string');
          const route = page.replace(/^\//, '');
          if (project.pages.includes(route)) return schemaError(['pages', i], `page "${route}" is listed twice`);
          if (!files.exists(`${route}.wxml`)) return schemaError(['pages', i], `page "${route}" has no ${route}.wxml`);
          if (!files.exists(`${route}.js`) && !files.exists(`${route}.ts`)) {
            return schemaError(['pages', i], `page "${route}" has no ${route}.js (or .ts)`);
          }
          project.pages.push(route);
        });
      }
      readTheme(config, project, files, schemaError);
      if (config.window !== undefined) {
        if (isObject(config.window)) {
          const window = resolveThemed(config.window, THEMED_WINDOW_FIELDS, project.themeVariables, (field, message) => schemaError(['window', field], message));
          project.window = window.light as WindowConfig;
          project.dark.window = window.dark as WindowConfig;
        } else schemaError(['window'], '"window" must be an object');
      }
      const entry = config.entryPagePath;
      // The entry page may be in a subpackage: it is checked once those are read.
      if (entry !== undefined && typeof entry === 'string' && !project.pages.includes(entry.replace(/^\//, ''))) {
        deferredEntry = entry;
      } else if (entry !== undefined) {
        if (typeof entry !== 'string' || !project.pages.includes(entry.replace(/^\//, ''))) {
          schemaError(['entryPagePath'], '"entryPagePath" must be one of the pages');
        } else project.entryPagePath = entry.replace(/^\//, '');
      }
      if (project.entryPagePath === '' && project.pages.length > 0) project.entryPagePath = project.pages[0];
      const mainPages = project.pages.slice();
      readSubpackages(config, project, files, schemaError);
      if (deferredEntry !== undefined) {
        if (!project.pages.includes(deferredEntry.replace(/^\//, ''))) schemaError(['entryPagePath'], '"entryPagePath" must be one of the pages');
        else project.entryPagePath = deferredEntry.replace(/^\//, '');
      }
      readPreloadRule(config, project, schemaError);
      if (config.lazyCodeLoading !== undefined) {
        if (config.lazyCodeLoading !== 'requiredComponents') schemaError(['lazyCodeLoading'], '"lazyCodeLoading" can only be "requiredComponents"');
        else project.lazyCodeLoading = true;
      }
      readDeclarations(config, project, schemaError);
      if (config.tabBar !== undefined) {
        const tabBar = resolveTabBar(config.tabBar, project.themeVariables, schemaError);
        // A value written as a variable is checked in each theme; any other once.
        const checkIn = (theme: Theme) => (path: (string | number)[], message: string) => {
          const written = valueAt(config, path);
          if (!isVariable(written)) {
            if (theme === 'light') schemaError(path, message);
          } else {
            const value = valueAt(tabBar[theme], path.slice(1));
            // A variable theme.json lacks was reported already.
            if (!isVariable(value)) schemaError(path, `${message} (theme.json's "${theme}" gives ${JSON.stringify(value)} for "${written}")`);
          }
        };
        project.tabBar = readTabBar(tabBar.light, mainPages, files, checkIn('light'));
        project.dark.tabBar = readTabBar(tabBar.dark, mainPages, files, checkIn('dark'));
      }
    }
  }

  // The Worker scripts (app.json's `workers`) are built apart (compiler/script/workers.ts), not as the app's.
  if (project.appJson !== null && project.appSink !== null) project.workers = workersFolder(project.appJson, project.appSink);
  const workers = project.workers === null ? [] : [resolve(root, project.workers)];
  project.scripts = listScripts(root, [...(options.exclude ?? []).map((p) => resolve(p)), ...workers]);
  if (!project.scripts.includes('app.js') && !project.scripts.includes('app.ts')) {
    project.diagnostics.push({ code: DiagnosticCode.FileMissing, severity: 'error', file: 'app.json', message: `app.js (or app.ts) not found in ${root}`, start: START });
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
function readDeclarations(config: Record<string, unknown>, project: AppProject, schemaError: (path: (string | number)[], message: string) => void): void {
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

/** app.json's `darkmode` and `themeLocation` (theme.json, whose problems are reported in its own place). */
function readTheme(config: Record<string, unknown>, project: AppProject, files: ProjectFiles, schemaError: (path: (string | number)[], message: string) => void): void {
  if (config.darkmode !== undefined && typeof config.darkmode !== 'boolean') schemaError(['darkmode'], '"darkmode" must be true or false');
  project.darkmode = config.darkmode === true;
  const location = config.themeLocation;
  if (location === undefined) return;
  if (typeof location !== 'string' || location === '') return schemaError(['themeLocation'], '"themeLocation" must be the path of theme.json');
  project.themeVariables = readThemeFile(files, location, project.diagnostics, (message) => schemaError(['themeLocation'], message));
}

/** project.config.json's `appid` when the file names one, else the derived one; problems go to `diagnostics`. */
export function readAppId(files: ProjectFiles, diagnostics: Diagnostic[]): string {
  const derived = deriveAppId(files.root);
  if (!files.exists('project.config.json')) return derived;
  const sink = new DiagnosticSink('project.config.json', files.read('project.config.json'));
  const json = parseJsonFile(files.read('project.config.json'), sink);
  let appid = derived;
  if (json !== null) {
    const value = isObject(json.value) ? json.value.appid : undefined;
    if (value !== undefined && typeof value !== 'string') {
      const at = json.at(['appid']);
      sink.error(DiagnosticCode.JsonSchema, '"appid" must be a string', at.offset, at.offset + at.length);
    } else if (typeof value === 'string' && value !== '' && value !== 'touristappid') appid = value;
  }
  diagnostics.push(...sink.diagnostics);
  return appid;
}

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** app.json's `tabBar`, as WeChat checks it: colours in hex, 2 to 5 tabs on pages of the app, icons that exist. */
function readTabBar(value: unknown, pages: string[], files: ProjectFiles, schemaError: (path: (string | number)[], message: string) => void): TabBarConfig | undefined {
  if (!isObject(value)) {
    schemaError(['tabBar'], '"tabBar" must be an object');
    return undefined;
  }
  const color = (name: string, fallback: string): string => {
    const v = value[name];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !HEX_COLOR.test(v)) schemaError(['tabBar', name], `"tabBar"."${name}" must be a hex colour such as "#000000"`);
    return typeof v === 'string' ? v : fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const v = value[name];
    if (v === undefined) return allowed[0];
    if (!allowed.includes(v as T)) schemaError(['tabBar', name], `"tabBar"."${name}" must be ${allowed.map((a) => `"${a}"`).join(' or ')}`);
    return allowed.includes(v as T) ? (v as T) : allowed[0];
  };
  const tabBar: TabBarConfig = {
    color: color('color', '#000000'),
    selectedColor: color('selectedColor', '#1aad19'),
    backgroundColor: color('backgroundColor', '#ffffff'),
    borderStyle: oneOf('borderStyle', ['black', 'white'] as const),
    position: oneOf('position', ['bottom', 'top'] as const),
    custom: value.custom === true,
    list: [],
  };
  if (value.custom !== undefined && typeof value.custom !== 'boolean') schemaError(['tabBar', 'custom'], '"tabBar"."custom" must be true or false');
  const list = value.list;
  if (!Array.isArray(list) || list.length < 2 || list.length > 5) {
    schemaError(['tabBar', 'list'], '"tabBar"."list" must hold 2 to 5 tabs');
    return tabBar;
  }
  list.forEach((item, i) => {
    if (!isObject(item)) return schemaError(['tabBar', 'list', i], 'a tab must be an object with "pagePath" and "text"');
    const pagePath = typeof item.pagePath === 'string' ? item.pagePath.replace(/^\//, '') : '';
    if (!pages.includes(pagePath)) return schemaError(['tabBar', 'list', i, 'pagePath'], `a tab's "pagePath" must be one of the pages ("${jsonText(item.pagePath)}" is not)`);
    if (tabBar.list.some((t) => t.pagePath === pagePath)) return schemaError(['tabBar', 'list', i, 'pagePath'], `page "${pagePath}" has two tabs`);
    if (typeof item.text !== 'string') return schemaError(['tabBar', 'list', i, 'text'], 'a tab needs a "text"');
    const tab: TabBarConfig['list'][number] = { pagePath, text: item.text };
    for (const icon of ['iconPath', 'selectedIconPath'] as const) {
      const path = item[icon];
      if (path === undefined) continue;
      if (typeof path !== 'string' || !files.exists(path.replace(/^\//, ''))) {
        schemaError(['tabBar', 'list', i, icon], `${icon} "${jsonText(path)}" is not a file of the project`);
        continue;
      }
      tab[icon] = path.replace(/^\//, '');
    }
    tabBar.list.push(tab);
  });
  return tabBar;
}

/** app.json's `subpackages` (or `subPackages`): each a folder of pages, loaded when first needed. */
function readSubpackages(config: Record<string, unknown>, project: AppProject, files: ProjectFiles, schemaError: (path: (string | number)[], message: string) => void): void {
  const key = config.subpackages !== undefined ? 'subpackages' : 'subPackages';
  const list = config[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) return schemaError([key], `"${key}" must be an array`);
  list.forEach((entry, i) => {
    if (!isObject(entry)) return schemaError([key, i], 'a subpackage must be an object with "root" and "pages"');
    const root = typeof entry.root === 'string' ? entry.root.replace(/^\/+|\/+$/g, '') : '';
    if (root === '') return schemaError([key, i, 'root'], 'a subpackage needs a "root" folder');
    const clash = project.subpackages.find((p) => p.root === root || p.root.startsWith(`${root}/`) || root.startsWith(`${p.root}/`));
    if (clash !== undefined) return schemaError([key, i, 'root'], `subpackage "${root}" overlaps subpackage "${clash.root}"`);
    const inMain = project.pages.find((page) => page.startsWith(`${root}/`));
    if (inMain !== undefined) return schemaError([key, i, 'root'], `page "${inMain}" of the main package is inside subpackage "${root}"`);
    if (!Array.isArray(entry.pages) || entry.pages.length === 0) return schemaError([key, i, 'pages'], 'a subpackage needs "pages"');
    if (entry.independent !== undefined && typeof entry.independent !== 'boolean') schemaError([key, i, 'independent'], '"independent" must be true or false');
    const sub: SubpackageConfig = { root, independent: entry.independent === true, pages: [] };
    if (typeof entry.name === 'string') sub.name = entry.name;
    entry.pages.forEach((page: unknown, j: number) => {
      if (typeof page !== 'string' || page === '') return schemaError([key, i, 'pages', j], 'a page path must be a non-empty string');
      const route = `${root}/${page.replace(/^\//, '')}`;
      if (project.pages.includes(route)) return schemaError([key, i, 'pages', j], `page "${route}" is listed twice`);
      if (!files.exists(`${route}.wxml`)) return schemaError([key, i, 'pages', j], `page "${route}" has no ${route}.wxml`);
      if (!files.exists(`${route}.js`) && !files.exists(`${route}.ts`)) return schemaError([key, i, 'pages', j], `page "${route}" has no ${route}.js (or .ts)`);
      sub.pages.push(route);
      project.pages.push(route);
    });
    project.subpackages.push(sub);
  });
}

/** app.json's `preloadRule`: when a page shows, the subpackages (by root or name) to load ahead. */
function readPreloadRule(config: Record<string, unknown>, project: AppProject, schemaError: (path: (string | number)[], message: string) => void): void {
  const rule = config.preloadRule;
  if (rule === undefined) return;
  if (!isObject(rule)) return schemaError(['preloadRule'], '"preloadRule" must be an object of pages');
  for (const [page, value] of Object.entries(rule)) {
    const route = page.replace(/^\//, '');
    if (!project.pages.includes(route)) {
      schemaError(['preloadRule', page], `preloadRule: "${page}" is not one of the pages`);
      continue;
    }
    const packages = isObject(value) ? value.packages : undefined;
    if (!Array.isArray(packages)) {
      schemaError(['preloadRule', page], `preloadRule."${page}" needs "packages"`);
      continue;
    }
    const roots: string[] = [];
    packages.forEach((name, i) => {
      const sub = typeof name !== 'string' ? undefined : project.subpackages.find((p) => p.root === name.replace(/^\/+|\/+$/g, '') || p.name === name);
      if (sub === undefined) return schemaError(['preloadRule', page, 'packages', i], `preloadRule: no subpackage has the root or name "${jsonText(name)}"`);
      roots.push(sub.root);
    });
    project.preloadRule[route] = roots;
  }
}
