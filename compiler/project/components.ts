// The pages and components of a project and how they use each other: every page's and component's
// .json is read, and each `usingComponents` (and `componentGenerics` default) entry resolved to a
// component whose files exist, relative to the file, from the root (`/…`) or from npm.
import type { ComponentConfig } from '../../spec/bundle.js';
import { DiagnosticCode, DiagnosticSink, type Diagnostic } from '../diagnostics.js';
import { mountExtendedLibs } from './extended_lib.js';
import { joinPath, resolvePackage, type ProjectFiles } from './files.js';
import { isObject, parseJsonFile, type JsonFile } from './json.js';

export interface ComponentUnit {
  /** The path without extension (a page's route). */
  path: string;
  kind: 'page' | 'component';
  /** The script: path.js or path.ts. */
  script: string;
  /** The .json's content (an empty object when a page has none). */
  json: Record<string, unknown>;
  /** The .json as parsed, for the places of its values (null when there is none). */
  jsonFile: JsonFile | null;
  config: ComponentConfig;
}

export interface ComponentGraph {
  units: Map<string, ComponentUnit>;
  /** app.json's global usingComponents, resolved. */
  appUsing: Record<string, string>;
  diagnostics: Diagnostic[];
}

function scriptOf(files: ProjectFiles, path: string): string | null {
  if (files.exists(`${path}.js`)) return `${path}.js`;
  if (files.exists(`${path}.ts`)) return `${path}.ts`;
  return null;
}

/** Finds the component a `usingComponents` value names, from the file `owner` (a path without extension). */
export function resolveComponent(files: ProjectFiles, owner: string, request: string): string | null {
  const candidates = request.startsWith('/') || request.startsWith('.') ? [joinPath(owner, request)] : [joinPath(owner, request), joinPath('', request)];
  for (const path of candidates) if (files.exists(`${path}.wxml`)) return path;
  // A folder names its index component.
  for (const path of candidates) if (files.exists(`${path}/index.wxml`)) return `${path}/index`;
  if (request.startsWith('/') || request.startsWith('.')) return null;
  const found = resolvePackage(files, owner, request, ['.wxml']);
  return found === null ? null : found.replace(/\.wxml$/, '');
}

class GraphBuilder {
  readonly units = new Map<string, ComponentUnit>();
  readonly diagnostics: Diagnostic[] = [];
  private readonly queue: string[] = [];

  constructor(private readonly files: ProjectFiles) {}

  /** Resolves one reference found in `file` at `at`; queues the component. Null (reported) when it is missing. */
  private reference(file: JsonFile, sink: DiagnosticSink, owner: string, key: (string | number)[], request: unknown, what: string): string | null {
    const at = file.at(key);
    if (typeof request !== 'string' || request === '') {
      sink.error(DiagnosticCode.JsonSchema, `${what} must be a component path`, at.offset, at.offset + at.length);
      return null;
    }
    const path = resolveComponent(this.files, owner, request);
    if (path === null) {
      // WeChat's tools build it: the tag then renders as an inert element.
      sink.lenient(DiagnosticCode.FileMissing, `${what}: component "${request}" not found (no ${request}.wxml): the tag renders as an inert element`, at.offset, at.offset + at.length);
      return null;
    }
    if (scriptOf(this.files, path) === null) {
      sink.error(DiagnosticCode.FileMissing, `${what}: component "${request}" has no ${path}.js (or .ts)`, at.offset, at.offset + at.length);
      return null;
    }
    if (!this.files.exists(`${path}.json`)) {
      sink.error(DiagnosticCode.FileMissing, `${what}: component "${request}" has no ${path}.json`, at.offset, at.offset + at.length);
      return null;
    }
    if (!this.units.has(path) && !this.queue.includes(path)) this.queue.push(path);
    return path;
  }

  /** Reads `usingComponents` (and, for components, `componentGenerics`, `componentPlaceholder`) of a .json. */
  configOf(file: JsonFile, sink: DiagnosticSink, owner: string): ComponentConfig {
    const json = file.value as Record<string, unknown>;
    const config: ComponentConfig = {};
    const using = json.usingComponents;
    if (using !== undefined) {
      if (!isObject(using)) {
        const at = file.at(['usingComponents']);
        sink.error(DiagnosticCode.JsonSchema, '"usingComponents" must be an object', at.offset, at.offset + at.length);
      } else {
        config.using = {};
        for (const [tag, request] of Object.entries(using)) {
          const path = this.reference(file, sink, owner, ['usingComponents', tag], request, `usingComponents["${tag}"]`);
          if (path !== null) config.using[tag] = path;
        }
      }
    }
    const generics = json.componentGenerics;
    if (isObject(generics)) {
      config.generics = {};
      for (const [name, spec] of Object.entries(generics)) {
        const request = isObject(spec) ? spec.default : undefined;
        config.generics[name] =
          request === undefined ? null : this.reference(file, sink, owner, ['componentGenerics', name, 'default'], request, `componentGenerics["${name}"].default`);
      }
    }
    const placeholder = json.componentPlaceholder;
    if (isObject(placeholder)) {
      config.placeholder = {};
      for (const [tag, shown] of Object.entries(placeholder)) if (typeof shown === 'string') config.placeholder[tag] = shown;
    }
    return config;
  }

  add(path: string, kind: ComponentUnit['kind']): void {
    const script = scriptOf(this.files, path)!;
    const jsonPath = `${path}.json`;
    let json: Record<string, unknown> = {};
    let jsonFile: JsonFile | null = null;
    let config: ComponentConfig = {};
    if (this.files.exists(jsonPath)) {
      const source = this.files.read(jsonPath);
      const sink = new DiagnosticSink(jsonPath, source);
      const file = parseJsonFile(source, sink);
      if (file !== null) {
        if (!isObject(file.value)) sink.error(DiagnosticCode.JsonSchema, `${jsonPath} must hold an object`, 0, source.length);
        else {
          json = file.value;
          jsonFile = file;
          config = this.configOf(file, sink, path);
        }
      }
      this.diagnostics.push(...sink.diagnostics);
    }
    this.units.set(path, { path, kind, script, json, jsonFile, config });
  }

  /** Adds the queued components, and the ones they use, until none is left. */
  drain(): void {
    for (let path = this.queue.shift(); path !== undefined; path = this.queue.shift()) {
      if (!this.units.has(path)) this.add(path, 'component');
    }
  }
}

/**
 * Builds the graph from the pages (with app.json's global components, from `appJson`) or from one
 * root component.
 */
export function discoverComponents(files: ProjectFiles, pages: string[], appJson: JsonFile | null, appSink: DiagnosticSink | null, components: string[] = []): ComponentGraph {
  const builder = new GraphBuilder(files);
  let appUsing: Record<string, string> = {};
  if (appJson !== null && appSink !== null && isObject(appJson.value)) {
    mountExtendedLibs(files, appJson, appSink);
    appUsing = builder.configOf(appJson, appSink, 'app').using ?? {};
  }
  for (const page of pages) builder.add(page, 'page');
  for (const component of components) {
    // Pages were checked in app.json; a custom tab bar or a component built alone is checked here.
    const missing = !files.exists(`${component}.wxml`) ? `${component}.wxml` : scriptOf(files, component) === null ? `${component}.js (or .ts)` : null;
    if (missing === null) builder.add(component, 'component');
    else if (appJson !== null && appSink !== null) {
      const at = appJson.at(['tabBar', 'custom']);
      appSink.error(DiagnosticCode.FileMissing, `"tabBar"."custom": the custom tab bar has no ${missing}`, at.offset, at.offset + at.length);
    } else {
      const file = `${component}.json`;
      const sink = new DiagnosticSink(file, files.exists(file) ? files.read(file) : '');
      sink.error(DiagnosticCode.FileMissing, `the component ${component} has no ${missing}`, 0);
      builder.diagnostics.push(...sink.diagnostics);
    }
  }
  builder.drain();
  return { units: builder.units, appUsing, diagnostics: builder.diagnostics };
}
