// A project configured by a manifest.json in the W3C MiniApp Manifest form instead of app.json:
// read as the app.json it stands for, so the rest of the compiler sees one kind of project.
//   app_id → the app id · pages → pages · window (snake case) → window (app.json's names) ·
//   req_permissions → permission · name, description, version, platform_version, icons → what
//   `miniapp pack` writes into the package. app.json's own fields (usingComponents, tabBar,
//   subpackages, …) may stand beside them, as vendor members the W3C note allows.
import { basename } from 'node:path';
import { MANIFEST_MEMBERS, WINDOW_MEMBERS, type PackageIcon, type PackageVersion, type PlatformVersion } from '../../spec/package.js';
import { DiagnosticCode, type DiagnosticSink } from '../diagnostics.js';
import type { ProjectFiles } from './files.js';
import { isObject, parseJsonFile, type JsonFile } from './json.js';

/** What describes the app beyond what it runs: the W3C manifest's members, or project.config.json's. */
export interface ProjectInfo {
  /** The file that configures the app. */
  config: 'app.json' | 'manifest.json';
  name: string;
  description?: string;
  version?: PackageVersion;
  platformVersion?: PlatformVersion;
  icons: PackageIcon[];
}

/** W3C window members this runtime has no counterpart for. */
const UNSUPPORTED_WINDOW = new Set(['design_width', 'auto_design_width', 'fullscreen']);
/** An app id as an address can hold it (W3C MiniApp Addressing: unreserved characters). */
const APP_ID = /^[A-Za-z0-9._~-]+$/;

export interface W3cProject {
  /** The app.json the manifest stands for; its places point into manifest.json. */
  appJson: JsonFile;
  appId: string | null;
  info: ProjectInfo;
}

/** Reads manifest.json (W3C form) as app.json; its problems go to `sink`. */
export function readW3cManifest(file: JsonFile, sink: DiagnosticSink, files: ProjectFiles): W3cProject {
  const error = (path: (string | number)[], message: string, severity: 'error' | 'warning' = 'error') => {
    const at = file.at(path);
    if (severity === 'error') sink.error(DiagnosticCode.JsonSchema, message, at.offset, at.offset + at.length);
    else sink.warning(DiagnosticCode.JsonSchema, message, at.offset, at.offset + at.length);
  };
  const info: ProjectInfo = { config: 'manifest.json', name: basename(files.root), icons: [] };
  const json = file.value;
  if (!isObject(json)) return { appJson: file, appId: null, info };
  if (json.format !== undefined && files.exists('logic.js')) {
    error([], 'this manifest.json is a built bundle\'s (miniapp build wrote it), not a project\'s: name the project directory');
    return { appJson: { value: {}, at: file.at }, appId: null, info };
  }

  let appId: string | null = null;
  if (typeof json.app_id !== 'string' || !APP_ID.test(json.app_id)) {
    error(json.app_id === undefined ? [] : ['app_id'], '"app_id" must name the app with letters, digits, "-", ".", "_" and "~" (e.g. "org.example.shop")');
  } else appId = json.app_id;
  if (typeof json.name === 'string' && json.name !== '') info.name = json.name;
  else error(json.name === undefined ? [] : ['name'], '"name" must be the app\'s name');
  if (json.description !== undefined) {
    if (typeof json.description === 'string') info.description = json.description;
    else error(['description'], '"description" must be a string');
  }
  if (json.version !== undefined) {
    const v = json.version;
    if (!isObject(v) || !Number.isInteger(v.code) || (v.code as number) < 0 || typeof v.name !== 'string' || v.name === '') {
      error(['version'], '"version" must be { "code": a whole number ≥ 0, "name": "1.0.0" }');
    } else info.version = { code: v.code as number, name: v.name };
  }
  if (json.platform_version !== undefined) {
    const p = json.platform_version;
    if (!isObject(p) || !Number.isInteger(p.min_code) || (p.min_code as number) < 0) error(['platform_version'], '"platform_version" must hold "min_code", a whole number');
    else {
      info.platformVersion = { min_code: p.min_code as number };
      if (Number.isInteger(p.target_code)) info.platformVersion.target_code = p.target_code as number;
      if (typeof p.release_type === 'string') info.platformVersion.release_type = p.release_type;
    }
  }
  if (json.icons !== undefined) {
    if (!Array.isArray(json.icons)) error(['icons'], '"icons" must be a list of { "src": … }');
    else {
      json.icons.forEach((icon: unknown, i: number) => {
        if (!isObject(icon) || typeof icon.src !== 'string') return error(['icons', i], 'an icon needs a "src"');
        const src = icon.src.replace(/^\/+/, '');
        if (!files.exists(src)) return error(['icons', i, 'src'], `the icon "${icon.src}" is not a file of the project`);
        info.icons.push({ src, ...(typeof icon.sizes === 'string' ? { sizes: icon.sizes } : {}), ...(typeof icon.label === 'string' ? { label: icon.label } : {}) });
      });
    }
  }
  if (Array.isArray(json.widgets) && json.widgets.length > 0) error(['widgets'], '"widgets" are not supported: they are left out', 'warning');

  // app.json's fields beside the W3C members pass through as they are.
  const value: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(json)) if (!MANIFEST_MEMBERS.includes(key)) value[key] = member;
  value.pages = json.pages;
  if (json.permission !== undefined) error(['permission'], 'a manifest.json declares permissions in "req_permissions"');

  const windowKeys = new Map<string, string>();
  if (json.window !== undefined) {
    if (!isObject(json.window)) value.window = json.window;
    else {
      const window: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(json.window)) {
        const name = WINDOW_MEMBERS[key];
        if (name !== undefined) {
          window[name] = member;
          windowKeys.set(name, key);
        } else if (UNSUPPORTED_WINDOW.has(key)) error(['window', key], `"window"."${key}" is not supported and is left out`, 'warning');
        else if (/^[a-z]+(?:_[a-z]+)+$/.test(key)) error(['window', key], `"window"."${key}" is not a W3C window member and is left out`, 'warning');
        else window[key] = member;
      }
      value.window = window;
    }
  }

  const permissionIndex = new Map<string, number>();
  if (json.req_permissions !== undefined) {
    if (!Array.isArray(json.req_permissions)) error(['req_permissions'], '"req_permissions" must be a list of { "name", "reason" }');
    else {
      const permission: Record<string, { desc: string }> = {};
      json.req_permissions.forEach((entry: unknown, i: number) => {
        if (!isObject(entry) || typeof entry.name !== 'string') return error(['req_permissions', i], 'a permission needs a "name" (a scope such as "scope.userLocation")');
        if (typeof entry.reason !== 'string') return error(['req_permissions', i], `the permission "${entry.name}" needs a "reason": it is shown when the user is asked`);
        permission[entry.name] = { desc: entry.reason };
        permissionIndex.set(entry.name, i);
      });
      value.permission = permission;
    }
  }

  const appJson: JsonFile = {
    value,
    at(path) {
      if (path[0] === 'window' && typeof path[1] === 'string' && windowKeys.has(path[1])) return file.at(['window', windowKeys.get(path[1])!, ...path.slice(2)]);
      if (path[0] === 'permission' && typeof path[1] === 'string' && permissionIndex.has(path[1])) return file.at(['req_permissions', permissionIndex.get(path[1])!]);
      return file.at(path);
    },
  };
  return { appJson, appId, info };
}

/** The info of an app.json project: project.config.json's `projectname` and `description`, else the folder's name. */
export function appJsonProjectInfo(files: ProjectFiles, sink: DiagnosticSink): ProjectInfo {
  const info: ProjectInfo = { config: 'app.json', name: basename(files.root), icons: [] };
  if (!files.exists('project.config.json')) return info;
  // Its syntax errors are reported where its appid is read.
  const json = parseJsonFile(files.read('project.config.json'), sink);
  if (json === null || !isObject(json.value)) return info;
  if (typeof json.value.projectname === 'string' && json.value.projectname !== '') info.name = json.value.projectname;
  if (typeof json.value.description === 'string') info.description = json.value.description;
  return info;
}
