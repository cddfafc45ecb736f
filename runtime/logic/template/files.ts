// Compiled WXML files, registered by logic.js and built on first use: their nodes, their named
// templates, the files they import, and the scope their expressions start from (their WXS modules).
import type { TemplateFile, TemplateNode } from '../../../spec/bundle.js';
import { reportError } from '../report.js';
import { ensure } from '../loader.js';
import { requireWxs } from '../wxs.js';
import { interpolated, type Scope } from './context.js';

type TemplateFactory = (text: (value: unknown) => string) => TemplateFile;

/** A WXML file ready to render. */
export interface RuntimeFile {
  path: string;
  nodes: TemplateNode[];
  templates: Record<string, TemplateNode[]>;
  imports: string[];
  /** The root scope of its expressions: its WXS modules by name. */
  scope: Scope;
}

const factories: Record<string, TemplateFactory> = Object.create(null);
const built: Record<string, RuntimeFile> = Object.create(null);

/** Registers the compiled form of a WXML file (`pages/index/index.wxml`). */
export function defineTemplate(path: string, factory: TemplateFactory): void {
  factories[path] = factory;
}

/** Makes a file from nodes built at run time (a component rendered alone). */
export function syntheticFile(path: string, nodes: TemplateNode[]): RuntimeFile {
  return (built[path] = { path, nodes, templates: {}, imports: [], scope: Object.create(null) });
}

/** A WXML file, or undefined when the bundle has none at that path. */
export function templateFile(path: string): RuntimeFile | undefined {
  let file = built[path];
  if (file !== undefined) return file;
  ensure(path);
  const factory = factories[path];
  if (factory === undefined) return undefined;
  const compiled = factory(interpolated);
  const scope: Scope = Object.create(null);
  for (const [name, id] of Object.entries(compiled.w ?? {})) {
    try {
      scope[name] = requireWxs(id);
    } catch (error) {
      reportError(error, undefined, `WXS module ${id}`);
    }
  }
  file = built[path] = { path, nodes: compiled.n, templates: compiled.t ?? {}, imports: compiled.i ?? [], scope };
  return file;
}

/** A named template callable from `file`: its own, or one of a file it imports (not transitively). */
export function findTemplate(file: RuntimeFile, name: string): { nodes: TemplateNode[]; file: RuntimeFile } | undefined {
  const own = file.templates[name];
  if (own !== undefined) return { nodes: own, file };
  for (const path of file.imports) {
    const imported = templateFile(path);
    const nodes = imported?.templates[name];
    if (imported !== undefined && nodes !== undefined) return { nodes, file: imported };
  }
  return undefined;
}
