// What a compiled (or half-compiled) project uses that miniapp does not support, or supports in
// part: `wx` APIs, tags rendered inert, built-ins drawn in part or not at all, JSON fields ignored,
// and the build's own errors and warnings. Each finding has its place; `miniapp doctor` prints them.
import { catalogueEntry, FRAMEWORK_APIS } from '../bridge/catalogue/index.js';
import { APP_JSON_FIELDS, DiagnosticCode, DiagnosticSink, isObject, PAGE_JSON_FIELDS, parseJsonFile, parseWxml, positionAt, scanApiCalls, SUBPACKAGE_FIELDS, WINDOW_FIELDS, type ApiCall, type ConfigFields, type Diagnostic, type JsonFile, type SourcePosition, type WxmlNode } from '../compiler.js';
import { PARTIAL_COMPONENTS } from '../runtime/view/components/partial.js';
import { UNSUPPORTED } from '../runtime/view/components/unsupported.js';

/** One use of something, at its place (file from the mini-program's root). */
export interface Finding {
  /** What is used: an API (`getFileSystemManager`), a tag, a JSON field, a diagnostic code (`MA0001`). */
  name: string;
  file: string;
  start: SourcePosition;
  /** What miniapp does with it, or the diagnostic's message. */
  note: string;
}

export type GroupId = 'api-missing' | 'api-partial' | 'tag-inert' | 'component-missing' | 'component-partial' | 'json-ignored' | 'build-error' | 'build-warning';

export interface FindingGroup {
  id: GroupId;
  title: string;
  findings: Finding[];
}

/** What a build left to look at: its diagnostics, the texts of the files it read, and the `wx` calls when it got that far. */
export interface BuildOutcome {
  diagnostics: Diagnostic[];
  sources: ReadonlyMap<string, string>;
  apiCalls?: ApiCall[];
}

const TITLES: Record<GroupId, string> = {
  'api-missing': 'APIs not available here (each answers <api>:fail not supported)',
  'api-partial': 'APIs that work in part',
  'tag-inert': 'Tags rendered inert (an element with its children, no behaviour)',
  'component-missing': 'Built-in components not available here (a marked box, children hidden)',
  'component-partial': 'Built-in components drawn in part',
  'json-ignored': 'JSON fields ignored',
  'build-error': 'Build errors',
  'build-warning': 'Build warnings',
};

/** Every group, in the order the report shows them (empty ones included). */
export function findings(outcome: BuildOutcome): FindingGroup[] {
  const groups = new Map<GroupId, Finding[]>(Object.keys(TITLES).map((id) => [id as GroupId, []]));
  const add = (id: GroupId, finding: Finding) => groups.get(id)!.push(finding);
  const { diagnostics, sources } = outcome;

  for (const call of outcome.apiCalls ?? scriptCalls(sources)) {
    const partial = apiStatus(call.name);
    if (partial === null) add('api-missing', { name: call.name, file: call.file, start: call.start, note: 'not in the API catalogue' });
    else if (partial !== undefined) add('api-partial', { name: call.name, file: call.file, start: call.start, note: partial });
  }

  // Tags the compiler reported as rendered inert; the places they are at, so the scan below skips them.
  const inert = new Set<string>();
  for (const d of diagnostics) {
    if (d.code !== DiagnosticCode.WxmlUnknownComponent) continue;
    inert.add(`${d.file}:${d.start.offset}`);
    const tag = taggedName(d, sources.get(d.file));
    add('tag-inert', { name: tag, file: d.file, start: d.start, note: inertNote(tag, d) });
  }
  for (const [file, source] of sources) {
    if (!file.endsWith('.wxml')) continue;
    for (const { tag, offset } of tagsOf(parseWxml(source, new DiagnosticSink(file, source)))) {
      if (inert.has(`${file}:${offset}`)) continue;
      if (UNSUPPORTED.includes(tag)) add('component-missing', { name: tag, file, start: positionAt(source, offset), note: `drawn as a box reading "<${tag}> is not supported here"` });
      else if (tag in PARTIAL_COMPONENTS) add('component-partial', { name: tag, file, start: positionAt(source, offset), note: PARTIAL_COMPONENTS[tag] });
    }
  }

  for (const finding of ignoredFields(sources)) add('json-ignored', finding);

  for (const d of diagnostics) {
    if (d.code === DiagnosticCode.WxmlUnknownComponent) continue;
    add(d.severity === 'error' ? 'build-error' : 'build-warning', { name: codeName(d.code), file: d.file, start: d.start, note: d.message });
  }
  return [...groups].map(([id, list]) => ({ id, title: TITLES[id], findings: list }));
}

/** `MA0028`. */
function codeName(code: DiagnosticCode): string {
  return `MA${String(code).padStart(4, '0')}`;
}

/**
 * null: miniapp has no such API; a string: what it lacks; undefined: supported. The catalogue's
 * entries are the host's APIs, FRAMEWORK_APIS the ones the logic thread answers itself.
 */
function apiStatus(name: string): string | null | undefined {
  const entry = catalogueEntry(name);
  if (entry !== undefined) return entry.partial;
  if (Object.hasOwn(FRAMEWORK_APIS, name)) return FRAMEWORK_APIS[name].partial;
  return null;
}

/** The `wx` calls of every script the build read, for a build that stopped before it listed them. */
function scriptCalls(sources: ReadonlyMap<string, string>): ApiCall[] {
  const calls: ApiCall[] = [];
  for (const [file, source] of sources) if (/\.(js|ts)$/.test(file) && !file.endsWith('.d.ts')) calls.push(...scanApiCalls(file, source));
  return calls;
}

/** The tag a diagnostic points at (its place spans the tag name), or the first `<tag>` of its message. */
function taggedName(d: Diagnostic, source: string | undefined): string {
  if (source !== undefined && d.end !== undefined && d.end.offset > d.start.offset) return source.slice(d.start.offset, d.end.offset);
  return /<([^\s>]+)>/.exec(d.message)?.[1] ?? d.message;
}

/** Families of tags WeChat has and miniapp does not, by name; else the compiler's own words. */
function inertNote(tag: string, d: Diagnostic): string {
  if (tag.startsWith('xr-')) return 'xr-frame (WeChat\'s 3D and AR framework) is not available here';
  if (tag.endsWith('-gesture-handler')) return 'a gesture handler of the Skyline renderer: not available here';
  return d.message;
}

/** Every element's tag and the offset of its name, in document order. */
function tagsOf(nodes: WxmlNode[]): { tag: string; offset: number }[] {
  const out: { tag: string; offset: number }[] = [];
  const walk = (list: WxmlNode[]) => {
    for (const node of list) {
      if (node.type !== 'element') continue;
      out.push({ tag: node.tag, offset: node.start + 1 });
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * The fields app.json (its top level, `window`, each subpackage) and the project's own page and
 * component .json files have that miniapp does not act on. npm packages' files are theirs, not the
 * project's, and are left out.
 */
function ignoredFields(sources: ReadonlyMap<string, string>): Finding[] {
  const out: Finding[] = [];
  const check = (file: string, json: JsonFile, path: (string | number)[], value: unknown, kinds: ConfigFields[], prefix: string) => {
    if (!isObject(value)) return;
    const source = sources.get(file)!;
    for (const key of Object.keys(value)) {
      if (kinds.some((k) => k.read.has(key))) continue;
      const note = kinds.map((k) => (Object.hasOwn(k.ignored, key) ? k.ignored[key] : undefined)).find((n) => n !== undefined) ?? 'not a field miniapp knows';
      out.push({ name: `${prefix}${key}`, file, start: positionAt(source, keyOffset(source, json, [...path, key])), note });
    }
  };
  const appSource = sources.get('app.json');
  const app = appSource === undefined ? null : parseJsonFile(appSource, new DiagnosticSink('app.json', appSource));
  if (app !== null && isObject(app.value)) {
    check('app.json', app, [], app.value, [APP_JSON_FIELDS], '');
    check('app.json', app, ['window'], app.value.window, [WINDOW_FIELDS], 'window.');
    for (const key of ['subpackages', 'subPackages']) {
      const list = app.value[key];
      if (Array.isArray(list)) list.forEach((sub, i) => check('app.json', app, [key, i], sub, [SUBPACKAGE_FIELDS], `${key}[].`));
    }
  }
  for (const [file, source] of sources) {
    if (!file.endsWith('.json') || file === 'app.json' || /^(miniprogram_npm|node_modules)\//.test(file)) continue;
    if (!sources.has(file.replace(/\.json$/, '.wxml'))) continue;
    const json = parseJsonFile(source, new DiagnosticSink(file, source));
    if (json !== null) check(file, json, [], json.value, [WINDOW_FIELDS, PAGE_JSON_FIELDS], '');
  }
  return out;
}

/** Where a field's key is written (its value follows it), or its value when the key is not found. */
function keyOffset(source: string, json: JsonFile, path: (string | number)[]): number {
  const value = json.at(path).offset;
  const quoted = JSON.stringify(path[path.length - 1]);
  const key = source.lastIndexOf(quoted, value - 1);
  return key >= 0 && /^\s*:\s*$/.test(source.slice(key + quoted.length, value)) ? key : value;
}
