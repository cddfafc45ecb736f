// The compiler: a project directory → a bundle (spec/bundle-format.md).
//   load (app.json, pages, scripts) → compile each WXML, WXSS and script → assemble logic.js,
//   view.css and manifest.json. Every problem in every file is collected; any error throws a
//   CompileError holding them all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FORMAT, type Bundle } from '../spec/bundle.js';
import { CompileError, type Diagnostic } from './diagnostics.js';
import { assembleLogic } from './bundle/logic.js';
import { loadProject, type LoadOptions } from './project/load.js';
import { compileScript, type CompiledScript } from './script/compile.js';
import { scanApiCalls, type ApiCall } from './script/api_calls.js';
import { compileWxml } from './wxml/compile.js';
import { compileWxss } from './wxss/compile.js';

export { CompileError, DiagnosticCode, formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { readBundle, writeBundle } from './bundle/files.js';
export type { ApiCall } from './script/api_calls.js';

export interface CompileResult {
  bundle: Bundle;
  /** Warnings (the build succeeded). */
  warnings: Diagnostic[];
  /** Texts of the project files, for formatting warnings with code frames. */
  sources: ReadonlyMap<string, string>;
  /** Every `wx.<name>` the scripts mention, with its place. */
  apiCalls: ApiCall[];
}

/** Compiles the mini-program in `dir`. Throws CompileError when any file has an error. */
export function compileProject(dir: string, options: LoadOptions = {}): CompileResult {
  const project = loadProject(dir, options);
  const diagnostics: Diagnostic[] = [...project.diagnostics];
  const sources = project.sources;
  const read = (file: string): string => {
    let text = sources.get(file);
    if (text === undefined) {
      text = readFileSync(join(project.root, file), 'utf8');
      sources.set(file, text);
    }
    return text;
  };

  const scripts = new Map<string, CompiledScript>();
  const apiCalls: ApiCall[] = [];
  for (const file of project.scripts) {
    const source = read(file);
    const script = compileScript(file, source);
    diagnostics.push(...script.diagnostics);
    scripts.set(file, script);
    if (script.diagnostics.length === 0) apiCalls.push(...scanApiCalls(file, source));
  }

  const templates: string[] = [];
  for (const page of project.pages) {
    const file = `${page.route}.wxml`;
    const wxml = compileWxml(file, read(file));
    diagnostics.push(...wxml.diagnostics);
    templates.push(wxml.code);
  }

  const css: string[] = [];
  const styles = ['app.wxss', ...project.pages.map((p) => `${p.route}.wxss`)];
  for (const file of styles) {
    if (!existsSync(join(project.root, file))) continue;
    const wxss = compileWxss(file, read(file));
    diagnostics.push(...wxss.diagnostics);
    css.push(wxss.css);
  }

  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new CompileError(diagnostics, sources);

  const logic = assembleLogic(scripts, templates);
  const bundle: Bundle = {
    manifest: {
      format: BUNDLE_FORMAT,
      pages: project.pages.map((p) => p.route),
      entryPagePath: project.entryPagePath,
      window: project.window,
      pageConfigs: Object.fromEntries(project.pages.map((p) => [p.route, p.config])),
      modules: [...scripts.values()].map((s) => s.id),
      appid: project.appid,
      permission: project.permission,
      requiredPrivateInfos: project.requiredPrivateInfos,
    },
    logic: logic.code,
    logicMap: logic.map,
    css: css.join('\n'),
  };
  return { bundle, warnings: diagnostics, sources, apiCalls };
}
