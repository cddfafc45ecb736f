// The compiler: a project directory (or one component) → a bundle (spec/bundle-format.md).
//   target → load app.json and pages → discover components → compile scripts (and what npm ones
//   require), WXML (and what it imports), WXS and WXSS → check template calls across files →
//   assemble logic.js, view.css and manifest.json. Every problem in every file is collected; any
//   error throws a CompileError holding them all.
import { BUNDLE_FORMAT, type Bundle, type ComponentConfig, type Manifest, type WindowConfig } from '../spec/bundle.js';
import { CompileError, DiagnosticCode, DiagnosticSink, type Diagnostic } from './diagnostics.js';
import { chunkPlan } from './bundle/chunks.js';
import { assembleLogic, type Registration } from './bundle/logic.js';
import { discoverComponents } from './project/components.js';
import { joinPath, ProjectFiles } from './project/files.js';
import { loadApp, readAppId, type LoadOptions } from './project/load.js';
import type { ProjectInfo } from './project/w3c_manifest.js';
import { buildTarget } from './project/target.js';
import { resolvePageConfig } from './project/theme.js';
import { scanApiCalls, type ApiCall } from './script/api_calls.js';
import { compileModule, type CompiledScript } from './script/compile.js';
import { compileWorkers, type CompiledWorkers } from './script/workers.js';
import { requireSites } from './script/requires.js';
import { moduleId, resolveMisplacedPackage, resolveRequire, runtimeResolves } from './script/resolve.js';
import { compileWxml, type CompiledWxml } from './wxml/compile.js';
import { compileWxs } from './wxs/compile.js';
import { compileStyles } from './wxss/styles.js';

export { CompileError, DiagnosticCode, formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { bundleFiles, bundleFromFiles, readBundle, writeBundle } from './bundle/files.js';
export type { ApiCall } from './script/api_calls.js';
export type { ProjectInfo } from './project/w3c_manifest.js';
export { typecheck } from './script/typecheck.js';
// What the CLI's doctor and the template benchmark use of the compiler's parts, so that they too
// load it from its one file (compiler.d.ts).
export { DiagnosticSink, positionAt, type SourcePosition } from './diagnostics.js';
export { APP_JSON_FIELDS, PAGE_JSON_FIELDS, SUBPACKAGE_FIELDS, WINDOW_FIELDS, type ConfigFields } from './project/config_fields.js';
export { ProjectFiles } from './project/files.js';
export { isObject, parseJsonFile, type JsonFile } from './project/json.js';
export { buildTarget } from './project/target.js';
export { scanApiCalls } from './script/api_calls.js';
export { compileWxml } from './wxml/compile.js';
export { parseWxml, type WxmlNode } from './wxml/parse.js';

/** Where a custom tab bar lives (`tabBar.custom`), as WeChat requires. */
export const CUSTOM_TAB_BAR = 'custom-tab-bar/index';

export interface CompileOptions extends LoadOptions {
  /** For a component built alone: the tag it renders as (default: the one its library uses). */
  tag?: string;
  /**
   * Hears how far the build is: `done` of about `total` files of a stage (the total grows as files
   * are found, and may count a file queued twice until the stage ends with done = total).
   */
  progress?: (stage: CompileStage, done: number, total: number) => void;
  /**
   * Makes errors of the warnings that WeChat's tools let through but that are likely mistakes
   * (a tag nobody declared, a duplicate attribute, a missing template or @import; see `lenient`).
   */
  strict?: boolean;
}

/** The stages of a build, in order. */
export type CompileStage = 'scripts' | 'templates' | 'wxs' | 'styles';

export interface CompileResult {
  bundle: Bundle;
  /** Warnings (the build succeeded). */
  warnings: Diagnostic[];
  /** Texts of the project files, for formatting warnings with code frames. */
  sources: ReadonlyMap<string, string>;
  /** Every `wx.<name>` the scripts mention, with its place. */
  apiCalls: ApiCall[];
  /** The project's own TypeScript files (for `--typecheck`), and the folder they are in. */
  typescript: { root: string; files: string[] };
  /** The project's folder, and what describes the app (name, version, icons) for `miniapp pack`. */
  root: string;
  info: ProjectInfo;
}

/** The tags a .json's `usingComponents` declares, found or not. */
function declaredTags(json: unknown): string[] {
  const using = typeof json === 'object' && json !== null ? (json as { usingComponents?: unknown }).usingComponents : undefined;
  return typeof using === 'object' && using !== null ? Object.keys(using) : [];
}

/** Where a build is: the file being compiled, and the files read so far (for the code frame). */
interface BuildPlace {
  file: string;
  files: ProjectFiles | null;
}

/** Compiles the mini-program in `path`, or the component `path` (without extension). Throws CompileError on any error. */
export function compileProject(path: string, options: CompileOptions = {}): CompileResult {
  const place: BuildPlace = { file: 'app.json', files: null };
  try {
    return compile(path, options, place);
  } catch (error) {
    if (error instanceof CompileError) throw error;
    // The last line of defence: every bad input has its own diagnostic, so this is miniapp's bug;
    // it is reported against the file it was compiling rather than as a stack trace.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const frame = error instanceof Error ? (error.stack?.split('\n').find((l) => l.trim().startsWith('at ')) ?? '').trim() : '';
    const message = `miniapp failed while compiling this file (a bug of miniapp's, please report it with the file): ${reason}${frame === '' ? '' : ` (${frame})`}`;
    const diagnostic: Diagnostic = { code: DiagnosticCode.InternalError, severity: 'error', file: place.file, message, start: { offset: 0, line: 1, column: 1 } };
    throw new CompileError([diagnostic], place.files?.sources ?? new Map());
  }
}

function compile(path: string, options: CompileOptions, place: BuildPlace): CompileResult {
  const target = buildTarget(path, options.tag);
  const files = new ProjectFiles(target.root, target.config?.projectRoot);
  place.files = files;
  const diagnostics: Diagnostic[] = [];

  let pages: string[] = [];
  let entryPagePath = '';
  let window: WindowConfig = {};
  const scriptQueue: string[] = [];
  const app = target.kind === 'app' ? loadApp(files, options) : null;
  if (app !== null) {
    diagnostics.push(...app.diagnostics);
    ({ pages, entryPagePath, window } = app);
    scriptQueue.push(...app.scripts);
  }
  // A custom tab bar is a component of its own, shown on every tab page.
  const extraComponents = target.kind === 'component' ? [target.component] : app?.tabBar?.custom === true ? [CUSTOM_TAB_BAR] : [];
  const graph = discoverComponents(files, pages, app?.appJson ?? null, app?.appSink ?? null, extraComponents);
  diagnostics.push(...graph.diagnostics, ...(app?.appSink?.diagnostics ?? []));
  // Pages' .json in the light and dark themes (a `@name` value is theme.json's variable).
  const pageConfigs: Record<string, WindowConfig> = {};
  const darkPageConfigs: Record<string, WindowConfig> = {};
  for (const unit of graph.units.values()) {
    if (unit.kind !== 'page') continue;
    const config = resolvePageConfig(`${unit.path}.json`, unit.json, unit.jsonFile, app?.themeVariables ?? null, files, diagnostics);
    pageConfigs[unit.path] = config.light as WindowConfig;
    if (config.dark !== undefined) darkPageConfigs[unit.path] = config.dark as WindowConfig;
  }
  for (const unit of graph.units.values()) if (!scriptQueue.includes(unit.script)) scriptQueue.push(unit.script);

  // Scripts: the project's own, every page's and component's, and what they require (npm
  // packages' files, .json files). A static require that leads nowhere is a warning at its place.
  const scripts = new Map<string, CompiledScript>();
  const apiCalls: ApiCall[] = [];
  const progress = options.progress ?? (() => {});
  for (let file = scriptQueue.shift(); file !== undefined; file = scriptQueue.shift()) {
    if (scripts.has(file)) continue;
    progress('scripts', scripts.size, scripts.size + 1 + scriptQueue.length);
    place.file = file;
    const source = files.read(file);
    const script = compileModule(file, source);
    diagnostics.push(...script.diagnostics);
    scripts.set(file, script);
    if (file.endsWith('.json') || script.diagnostics.length > 0) continue;
    apiCalls.push(...scanApiCalls(file, source));
    const sink = new DiagnosticSink(file, source);
    for (const site of requireSites(file, source)) {
      let found = resolveRequire(files, file, site.request);
      if (found === null) {
        found = resolveMisplacedPackage(files, file, site.request);
        if (found !== null) sink.warning(DiagnosticCode.ModuleMissing, `require("${site.request}"): no such file; the npm package ${site.request.slice(2)} is used`, site.start, site.end);
      }
      if (found === null) {
        // A declaration file has types only: nothing is required at run time.
        if (!file.endsWith('.ts') || !files.exists(`${joinPath(file, site.request)}.d.ts`)) {
          sink.warning(DiagnosticCode.ModuleMissing, `require("${site.request}"): no such module in the project or its npm packages`, site.start, site.end);
        }
        continue;
      }
      // The runtime resolves paths itself; what it would not find that way (a package) is named for it.
      if (!runtimeResolves(file, site.request, moduleId(found))) (script.aliases ??= {})[site.request] = moduleId(found);
      if (!scripts.has(found)) scriptQueue.push(found);
    }
    diagnostics.push(...sink.diagnostics);
  }

  // WXML: pages' and components' templates (their tags checked), then what they import.
  const appTags = declaredTags(app?.appJson?.value);
  const wxmlQueue: { file: string; tags?: Set<string> }[] = [...graph.units.values()].map((unit) => ({
    file: `${unit.path}.wxml`,
    // A declared tag whose component was not found was warned of in the .json already.
    tags: new Set([...appTags, ...declaredTags(unit.json), ...Object.keys(unit.config.generics ?? {})]),
  }));
  const templates = new Map<string, CompiledWxml>();
  progress('scripts', scripts.size, scripts.size);
  for (let next = wxmlQueue.shift(); next !== undefined; next = wxmlQueue.shift()) {
    if (templates.has(next.file)) continue;
    progress('templates', templates.size, templates.size + 1 + wxmlQueue.length);
    place.file = next.file;
    const compiled = compileWxml(next.file, files.read(next.file), { files, componentTags: next.tags });
    diagnostics.push(...compiled.diagnostics);
    templates.set(next.file, compiled);
    for (const imported of compiled.imports) if (!templates.has(imported)) wxmlQueue.push({ file: imported });
  }
  progress('templates', templates.size, templates.size);
  for (const compiled of templates.values()) {
    const known = new Set([...compiled.templateNames, ...compiled.imports.flatMap((f) => templates.get(f)?.templateNames ?? [])]);
    for (const call of compiled.calls) {
      if (known.has(call.name)) continue;
      // WeChat builds it and renders nothing in its place, with a warning at run time.
      const added = call.sink.lenient(DiagnosticCode.WxmlMissingTemplate, `template "${call.name}" is not defined in this file or in a file it imports: it renders nothing`, call.offset, call.offset + call.name.length);
      if (!diagnostics.includes(added)) diagnostics.push(added);
    }
  }

  // WXS: the inline modules, then the files templates use and what those require.
  const wxsCode: Registration[] = [];
  const wxsQueue = [...new Set([...templates.values()].flatMap((t) => t.wxsFiles))];
  for (const inline of [...templates.values()].flatMap((t) => t.inlineWxs)) {
    const before = inline.sink.diagnostics.length;
    place.file = inline.sink.file;
    const compiled = compileWxs(inline.id, inline.source, inline.offset, inline.sink, (f) => files.exists(f));
    diagnostics.push(...inline.sink.diagnostics.slice(before));
    if (compiled === null) continue;
    wxsCode.push({ key: inline.id, file: inline.id.replace(/#.*$/, ''), code: compiled.code });
    wxsQueue.push(...compiled.requires);
  }
  const wxsDone = new Set<string>();
  for (let id = wxsQueue.shift(); id !== undefined; id = wxsQueue.shift()) {
    if (wxsDone.has(id)) continue;
    progress('wxs', wxsDone.size, wxsDone.size + 1 + wxsQueue.length);
    wxsDone.add(id);
    place.file = id;
    const source = files.read(id);
    const sink = new DiagnosticSink(id, source);
    const compiled = compileWxs(id, source, 0, sink, (f) => files.exists(f));
    diagnostics.push(...sink.diagnostics);
    if (compiled === null) continue;
    wxsCode.push({ key: id, file: id, code: compiled.code });
    wxsQueue.push(...compiled.requires);
  }

  progress('wxs', wxsDone.size, wxsDone.size);

  // WXSS: app.wxss, the components' sheets, the pages', each in its style scope; .less/.scss
  // compiled where project.config.json turns their plugins on.
  progress('styles', 0, graph.units.size);
  const styles = compileStyles(files, app !== null, graph.units.values(), target.config?.compilerPlugins ?? new Set(), (file) => (place.file = file));
  progress('styles', graph.units.size, graph.units.size);
  diagnostics.push(...styles.diagnostics);

  // Worker scripts: app.json's `workers` folder, built apart as workers.js.
  let workers: CompiledWorkers | null = null;
  if (app !== null && app.workers !== null && app.appJson !== null && app.appSink !== null) {
    const reported = app.appSink.diagnostics.length;
    workers = compileWorkers(files, app.workers, app.appSink, app.appJson.at(['workers']));
    diagnostics.push(...app.appSink.diagnostics.slice(reported), ...workers.diagnostics);
  }

  if (options.strict === true) for (const d of diagnostics) if (d.strict === true) d.severity = 'error';
  if (diagnostics.some((d) => d.severity === 'error')) throw new CompileError(diagnostics, files.sources);
  place.file = 'app.json';

  const components: Record<string, ComponentConfig> = {};
  for (const unit of graph.units.values()) components[unit.path] = { ...unit.config, style: styles.configs.get(unit.path) };
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    pages,
    entryPagePath,
    window,
    pageConfigs,
    using: graph.appUsing,
    components,
    modules: [...scripts.values()].map((s) => s.id),
    ...(app?.tabBar === undefined ? {} : { tabBar: app.tabBar }),
    appid: app?.appid ?? readAppId(files, diagnostics),
    permission: app?.permission ?? {},
    requiredPrivateInfos: app?.requiredPrivateInfos ?? [],
  };
  if (app?.darkmode === true) {
    manifest.darkmode = true;
    if (typeof app.themeVariables === 'object' && app.themeVariables !== null) manifest.dark = { window: app.dark.window, pageConfigs: darkPageConfigs, ...(app.dark.tabBar === undefined ? {} : { tabBar: app.dark.tabBar }) };
  }
  if (target.kind === 'component') manifest.root = { component: target.component, tag: target.tag };
  const subpackages = app?.subpackages ?? [];
  const plan = chunkPlan({ lazy: app?.lazyCodeLoading === true, subpackages, units: new Set(graph.units.keys()) });
  const registrations = [...wxsCode, ...[...templates].map(([file, t]) => ({ key: file, file, code: t.code }))];
  const logic = assembleLogic(scripts, registrations, plan);
  const bundle: Bundle = { manifest, logic: logic.main.code, logicMap: logic.main.map, css: styles.css };
  if (logic.chunks.size > 0) {
    manifest.chunks = [...logic.chunks.keys()];
    manifest.chunkOf = logic.chunkOf;
    bundle.chunks = Object.fromEntries(logic.chunks);
  }
  if (subpackages.length > 0) {
    manifest.subpackages = subpackages.map((sub) => {
      const chunks = new Set<number>();
      for (const [key, index] of Object.entries(logic.chunkOf)) if (key.startsWith(`${sub.root}/`)) chunks.add(index);
      return { ...sub, chunks: [...chunks].sort((a, b) => a - b) };
    });
  }
  if (Object.keys(app?.preloadRule ?? {}).length > 0) manifest.preloadRule = app!.preloadRule;
  if (workers !== null) {
    const assembled = assembleLogic(workers.scripts, [], () => null, 'workers.js');
    manifest.workers = { folder: workers.folder, modules: [...workers.scripts.values()].map((s) => s.id) };
    bundle.workers = { code: assembled.main.code, map: assembled.main.map };
  }
  const typescript = { root: files.root, files: [...scripts.keys()].filter((f) => f.endsWith('.ts') && !files.isPackaged(f)) };
  const info: ProjectInfo = app?.info ?? { config: 'app.json', name: target.kind === 'component' ? target.tag : '', icons: [] };
  return { bundle, warnings: diagnostics, sources: files.sources, apiCalls, typescript, root: files.root, info };
}
