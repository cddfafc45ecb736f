// The build fuzzer's inputs: small projects assembled from real mini-program files (the repo's
// fixtures and templates, and WeChat's official demo when it is at hand), each with one file
// mutated — bytes flipped, lines dropped or doubled, tags and attributes swapped, brackets and quotes
// unbalanced, paths that escape the project or name the file itself, JSON values of the wrong
// kind. Everything is drawn from a seeded PRNG, so a case is reproduced from (seed, index) alone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'jsonc-parser';

/** mulberry32: small, fast, and the same on every machine. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The seed of case `index` of a run with `seed`: each case reproducible alone. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/** A project as files: path (with `/`) → text. */
export type ProjectText = Record<string, string>;

/** One page or component of the corpus: its files by extension (`.wxml`, `.js`, …). */
type Unit = Record<string, string>;

interface Pool {
  projects: ProjectText[];
  units: Unit[];
  wxs: string[];
  wxss: string[];
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** WeChat's official demo (read-only); the fuzzer does without it where it is not checked out. */
const DEMO = process.env.MINIAPP_FUZZ_CORPUS ?? '/work/shared/corpus/miniprogram-demo/miniprogram';
const TEXT = /\.(wxml|wxss|wxs|js|ts|json|less|scss)$/;
const MAX_FILE = 24_000;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'miniprogram_npm') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (TEXT.test(entry.name) && statSync(full).size <= MAX_FILE) out.push(full);
  }
  return out;
}

function readProject(dir: string): ProjectText | null {
  const files = walk(dir);
  if (files.length > 40) return null;
  const project: ProjectText = {};
  for (const file of files) project[relative(dir, file).split(sep).join('/')] = readFileSync(file, 'utf8');
  return project;
}

function addUnits(files: string[], root: string, pool: Pool): void {
  const units = new Map<string, Unit>();
  for (const file of files) {
    const rel = relative(root, file).split(sep).join('/');
    const ext = rel.slice(rel.lastIndexOf('.'));
    const text = readFileSync(file, 'utf8');
    if (ext === '.wxs') pool.wxs.push(text);
    if (ext === '.wxss') pool.wxss.push(text);
    const base = rel.slice(0, -ext.length);
    if (!units.has(base)) units.set(base, {});
    units.get(base)![ext] = text;
  }
  for (const unit of units.values()) if (unit['.wxml'] !== undefined) pool.units.push(unit);
}

let cached: Pool | null = null;

/** The real files the fuzzer starts from (read once). */
export function corpus(): Pool {
  if (cached !== null) return cached;
  const pool: Pool = { projects: [], units: [], wxs: [], wxss: [] };
  const roots = ['tests/fixtures', 'templates'].map((d) => join(REPO, d));
  for (const root of roots) {
    for (const name of readdirSync(root)) {
      const dir = join(root, name);
      if (!existsSync(join(dir, 'app.json')) && !existsSync(join(dir, 'manifest.json'))) continue;
      const project = readProject(dir);
      if (project !== null) pool.projects.push(project);
      addUnits(walk(dir), dir, pool);
    }
  }
  if (existsSync(DEMO)) addUnits(walk(DEMO), DEMO, pool);
  return (cached = pool);
}

/** Strange characters: controls, separators, lone surrogates, wide ones. */
const ODD = ['\0', '\u0001', '\t', '\r', '\n', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', '😀', '中', '\u202e', '\\', '`', '$', '%'];
const PUNCT = ['{{', '}}', '{', '}', '[', ']', '(', ')', '<', '>', '</', '/>', '"', "'", ';', ':', ',', '=', '@', '#', '!', '&', '*', '.', '..', '/', '-->', '<!--', '/*', '*/', '//'];
const WXML_TOKENS = [
  '<view>', '</view>', '<view', '<text>{{', '}}</text>', '<block wx:for="{{list}}">', '</block>', '<view wx:if="{{a}}">', '<view wx:elif="{{b}}"/>',
  '<view wx:else/>', 'wx:for="{{', 'wx:key="*this"', 'wx:for-item="{{x}}"', 'bindtap="{{', 'bind:tap=""', 'catch:', 'model:value="{{a.b}}"',
  'model:value="{{a+1}}"', 'class="{{', 'style="{{a}}: {{b}}"', '<template name="t">', '</template>', '<template is="{{name}}" data="{{...a}}"/>',
  '<template is="t"/>', '<template name="t"><template is="t"/></template>', '<slot/>', '<wxs module="m">module.exports = {', '</wxs>',
  '<wxs module="m">var x = require("./nope.wxs");</wxs>', '{{a ? b : }}', '{{...}}', '{{[1,2,}}', '{{ {a:1, ...b} }}', '{{a.b[c].d(e)}}', '{{"\\"}}',
  '<import/>', '<include/>', '<wxs/>', '<template/>', '<!DOCTYPE x>', '<![CDATA[', ']]>', '<?xml ?>', '&amp;', '&#xffffff;', '&#0;',
  '<input model:value="{{v}}"/>', '<scroll-view scroll-into-view="{{', '<custom-x generic:item="nope"/>',
];
const WXSS_TOKENS = [
  '@import;', '@import "";', '@import url(x);', '@media (max-width: 1px) {', '@keyframes k {', '@font-face {', 'from {', '}', '{', ':host {', '::v-deep',
  '.a { color: red }', '.a{', 'color: ;', 'width: 10rpx;', 'width: -0.5rpx;', 'width: 1e999rpx;', 'url(', 'url("', '/*', '*/', '\\', '#', '!important',
  'page {', '.a > .b + .c ~ .d', '[a="', ':not(', '::before {content: "', 'var(--', 'calc(1rpx +', '@supports (', '@charset "x";', '@layer a;',
];
const JS_TOKENS = ['require(', 'require("', 'require(`x`)', 'import x from "', 'export default', '`${', 'Page({', 'Component({', '/*', '*/', '})', '=>', 'class {', 'async function* ', 'await', '#!', '<!--'];

/** Paths a reference may hold: nowhere, outside the root, absolute, empty, odd, very long, the file itself, another file. */
function pathValue(rng: Rng, self: string, others: string[]): string {
  const noExt = (p: string) => p.replace(/\.[a-z]+$/, '');
  switch (rng.int(14)) {
    case 0: return '';
    case 1: return '../'.repeat(1 + rng.int(8)) + rng.pick(['etc/passwd', 'x', '', 'app']);
    case 2: return rng.pick(['/', '/etc/passwd', '/tmp', '//', '/.', '/..', 'C:\\Windows', 'file:///etc/passwd', '\\\\server\\x']);
    case 3: return rng.pick(['.', '..', './', '../', '...', '~', ' ', 'a//b', 'a/./b/../c', '%2e%2e/x', '\0', '\n']);
    case 4: return 'a'.repeat(1000 + rng.int(20_000));
    case 5: return `/${self}`;
    case 6: return `./${self.slice(self.lastIndexOf('/') + 1)}`;
    case 7: return `/${noExt(self)}`;
    case 8: return rng.pick(['@vant/weapp/button/index', 'weui-miniprogram/dialog/dialog', 'miniprogram_npm/x/index', 'x', '@x', '@', 'node_modules/x']);
    case 9: return rng.pick(['app', '/app', 'app.json', 'project.config.json', '/pages', 'pages/', '/components']);
    default: {
      const other = others.length > 0 ? rng.pick(others) : self;
      return rng.pick([`/${other}`, `/${noExt(other)}`, other, noExt(other), `../${other}`, `./${noExt(other)}`]);
    }
  }
}

/** Values of the wrong kind (or the right kind, oddly) for any JSON field. */
function oddValue(rng: Rng, self: string, others: string[]): unknown {
  switch (rng.int(16)) {
    case 0: return null;
    case 1: return rng.pick([true, false]);
    case 2: return rng.pick([0, -1, 1.5, 1e300, -0, 2 ** 53]);
    case 3: return '';
    case 4: return [];
    case 5: return {};
    case 6: return [null];
    case 7: return [1, true, {}];
    case 8: return { x: null };
    case 9: return { x: 1, '': '' };
    case 10: return rng.pick([{ __proto__: null, constructor: 'x' }, JSON.parse('{"__proto__": {"x": 1}}'), { toString: 'x', hasOwnProperty: null }]);
    case 11: return [pathValue(rng, self, others)];
    case 12: return Object.fromEntries([[rng.pick(['x', 'van-button', 'a-b', '', '__proto__', 'constructor']), pathValue(rng, self, others)]]);
    default: return pathValue(rng, self, others);
  }
}

/** Fields of app.json, page .json and project.config.json that the compiler reads, with plausible shapes. */
function knownField(rng: Rng, self: string, others: string[], pages: string[]): [string, unknown] {
  const odd = () => oddValue(rng, self, others);
  const page = () => (pages.length > 0 && rng.chance(0.7) ? rng.pick(pages) : odd());
  const pageKey = () => (pages.length > 0 && rng.chance(0.7) ? rng.pick(pages) : pathValue(rng, self, others));
  const fields: (() => [string, unknown])[] = [
    () => ['pages', rng.pick([odd(), [page(), page()], [odd()], [page(), page(), page()]])],
    () => ['usingComponents', rng.pick([odd(), { x: odd() }, { [`c-${rng.int(3)}`]: pathValue(rng, self, others) }, { 'a-b': `/${self.replace(/\.json$/, '')}` }])],
    () => [rng.pick(['subpackages', 'subPackages']), rng.pick([odd(), [odd()], [{ root: odd(), pages: [page()] }], [{ root: 'pages', pages: odd(), independent: odd() }], [{ root: 'sub', pages: ['a'] }, { root: 'sub/x', pages: ['b'] }]])],
    () => ['tabBar', rng.pick([odd(), { list: odd() }, { list: [odd(), odd()] }, { custom: odd(), list: [{ pagePath: page(), text: odd() }, { pagePath: page(), text: 'b', iconPath: odd() }] }, { color: odd(), borderStyle: odd(), position: odd() }])],
    () => ['window', rng.pick([odd(), { navigationBarTitleText: odd(), enablePullDownRefresh: odd(), onReachBottomDistance: odd() }])],
    () => ['entryPagePath', rng.pick([odd(), page()])],
    () => ['preloadRule', rng.pick([odd(), { [pageKey()]: odd() }, { [pageKey()]: { packages: odd() } }, { [pageKey()]: { packages: [odd()] } }])],
    () => ['lazyCodeLoading', rng.pick([odd(), 'requiredComponents'])],
    () => ['permission', rng.pick([odd(), { 'scope.userLocation': odd() }])],
    () => ['requiredPrivateInfos', rng.pick([odd(), [odd()], ['getLocation']])],
    () => ['useExtendedLib', rng.pick([odd(), { weui: odd() }, { weui: true }, { kbone: true }])],
    () => ['componentGenerics', rng.pick([odd(), { g: odd() }, { g: { default: odd() } }, { g: true }])],
    () => ['componentPlaceholder', rng.pick([odd(), { x: odd() }])],
    () => ['component', rng.pick([odd(), true])],
    () => ['styleIsolation', rng.pick([odd(), 'apply-shared', 'shared', 'isolated'])],
    () => ['miniprogramRoot', rng.pick([odd(), 'nowhere/', 'app.json', '.', '..', '../..', '/', 'miniprogram', ''])],
    () => ['srcMiniprogramRoot', rng.pick([odd(), 'nowhere/', 'app.js'])],
    () => ['setting', rng.pick([odd(), { useCompilerPlugins: odd() }, { useCompilerPlugins: [odd(), 'less', 'sass', { type: odd() }] }])],
    () => ['appid', odd()],
    () => ['projectname', odd()],
    () => [rng.pick(['app_id', 'name', 'version', 'platform_version', 'icons', 'req_permissions', 'widgets', 'format']), odd()],
  ];
  return rng.pick(fields)();
}

/** Every path (keys and indices) of a JSON value. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return root;
}

/** A JSON file changed in its values: a field set to something odd, dropped, or added. */
function mutateJson(rng: Rng, text: string, self: string, others: string[], pages: string[]): string | null {
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return null;
  }
  if (value === undefined) return null;
  const choice = rng.int(4);
  if (choice <= 1 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const [key, field] = knownField(rng, self, others, pages);
    (value as Record<string, unknown>)[key] = field;
  } else {
    const all = paths(value);
    const path = rng.pick(all);
    value = setAt(value, path, choice === 2 && path.length > 0 ? undefined : oddValue(rng, self, others));
  }
  const out = JSON.stringify(value, null, rng.chance(0.5) ? 2 : undefined) ?? 'null';
  // Numbers JSON.stringify cannot write, and a duplicated key, as a hand-edited file may have them.
  if (rng.chance(0.05)) return out.replace(/^\{/, rng.pick(['{"pages": 1e999,', '{"x": -0.0e-0,', '{"pages": [], "pages": ["a"],', '{"\\ud800": 1,']));
  return out;
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** Swaps the names of two tags, or two attributes, of a WXML file. */
function swapNames(rng: Rng, text: string, pattern: RegExp): string {
  const found = [...text.matchAll(pattern)];
  if (found.length < 2) return text;
  const a = rng.pick(found);
  const b = rng.pick(found);
  if (a.index === b.index) return text;
  const [first, second] = a.index! < b.index! ? [a, b] : [b, a];
  const f = first[1];
  const s = second[1];
  const fAt = first.index! + first[0].indexOf(f);
  const sAt = second.index! + second[0].indexOf(s);
  return text.slice(0, fAt) + s + text.slice(fAt + f.length, sAt) + f + text.slice(sAt + s.length);
}

/** A reference to some file, in the syntax of the file's kind. */
function reference(rng: Rng, ext: string, self: string, others: string[]): string {
  const path = pathValue(rng, self, others);
  switch (ext) {
    case '.wxml':
      return rng.pick([`<import src="${path}"/>`, `<include src="${path}"/>`, `<wxs src="${path}" module="m${rng.int(3)}"/>`, `<image src="${path}"/>`, `<import src='${path}'>`]);
    case '.wxss':
    case '.less':
    case '.scss':
      return rng.pick([`@import "${path}";`, `@import '${path}'`, `@import url("${path}");`, `.x { background: url(${path}) }`]);
    case '.wxs':
    case '.js':
    case '.ts':
      return rng.pick([`var m = require("${path}");`, `require('${path}')`, `import x from "${path}";`, `require("${path}", "b")`, 'require(1)']);
    default:
      return JSON.stringify(path);
  }
}

/** The text of one file, mutated once or a few times. Returns the new text and what was done. */
export function mutateText(rng: Rng, text: string, file: string, others: string[], pages: string[]): { text: string; ops: string[] } {
  const ext = file.slice(file.lastIndexOf('.'));
  const ops: string[] = [];
  const rounds = 1 + (rng.chance(0.3) ? rng.int(4) : 0);
  for (let round = 0; round < rounds; round++) {
    const at = rng.int(text.length + 1);
    const op = ext === '.json' && rng.chance(0.6) ? 'json' : rng.pick(['flip', 'insert', 'insert', 'truncate', 'dropLine', 'dupLine', 'swapLines', 'dropRange', 'dupRange', 'swapTags', 'swapAttrs', 'reference', 'reference', 'long', 'deep', 'empty']);
    ops.push(op);
    switch (op) {
      case 'json':
        try {
          text = mutateJson(rng, text, file, others, pages) ?? text;
        } catch (error) {
          // A file made thousands deep by an earlier round is too deep to walk here: it stays as it is.
          if (!(error instanceof RangeError)) throw error;
        }
        break;
      case 'flip': {
        const ch = rng.chance(0.5) ? rng.pick(ODD) : rng.chance(0.5) ? rng.pick(PUNCT) : String.fromCharCode(rng.int(0x10000));
        text = text.slice(0, at) + ch + text.slice(at + 1);
        break;
      }
      case 'insert': {
        const tokens = ext === '.wxml' ? WXML_TOKENS : ext === '.wxss' || ext === '.less' || ext === '.scss' ? WXSS_TOKENS : ext === '.json' ? PUNCT : JS_TOKENS;
        text = text.slice(0, at) + rng.pick(rng.chance(0.6) ? tokens : PUNCT) + text.slice(at);
        break;
      }
      case 'truncate':
        text = text.slice(0, at);
        break;
      case 'dropLine': {
        const l = lines(text);
        l.splice(rng.int(l.length), 1 + rng.int(3));
        text = l.join('\n');
        break;
      }
      case 'dupLine': {
        const l = lines(text);
        const i = rng.int(l.length);
        l.splice(rng.int(l.length), 0, ...l.slice(i, i + 1 + rng.int(3)));
        text = l.join('\n');
        break;
      }
      case 'swapLines': {
        const l = lines(text);
        const i = rng.int(l.length);
        const j = rng.int(l.length);
        [l[i], l[j]] = [l[j], l[i]];
        text = l.join('\n');
        break;
      }
      case 'dropRange':
        text = text.slice(0, at) + text.slice(at + rng.int(200));
        break;
      case 'dupRange': {
        const from = rng.int(text.length + 1);
        text = text.slice(0, at) + text.slice(from, from + rng.int(200)) + text.slice(at);
        break;
      }
      case 'swapTags':
        text = swapNames(rng, text, /<\/?([a-zA-Z][\w:-]*)/g);
        break;
      case 'swapAttrs':
        text = swapNames(rng, text, /\s([a-zA-Z][\w:.-]*)=/g);
        break;
      case 'reference':
        text = text.slice(0, at) + reference(rng, ext, file, others) + text.slice(at);
        break;
      case 'long':
        text = text.slice(0, at) + rng.pick(['x', '中', '{{a}}', '<view>', '"', 'a.b.', '(', '\n']).repeat(1000 + rng.int(20_000)) + text.slice(at);
        break;
      case 'deep': {
        const n = 200 + rng.int(3000);
        const [open, close] = rng.pick([['<view>', '</view>'], ['{{(', ')}}'], ['(', ')'], ['[', ']'], ['{', '}'], ['.a{', '}'], ['@media screen{', '}']] as const);
        text = text.slice(0, at) + open.repeat(n) + (rng.chance(0.7) ? close.repeat(n) : '') + text.slice(at);
        break;
      }
      case 'empty':
        text = rng.pick(['', ' ', '\n', '\ufeff', '\0']);
        break;
    }
  }
  return { text, ops };
}

/** A unit's files placed at `path` (without extension); its .json's usingComponents pointed at `using`. */
function place(rng: Rng, project: ProjectText, unit: Unit, path: string, using: Record<string, string>, component: boolean): void {
  for (const [ext, text] of Object.entries(unit)) if (ext !== '.json' && ext !== '.js' && ext !== '.ts') project[path + ext] = text;
  // Compiling scripts is most of a build's time: most units get a stub, so that more cases run.
  const stub = component ? 'Component({});' : 'Page({});';
  const real = rng.chance(0.25);
  project[path + (real && unit['.ts'] !== undefined && unit['.js'] === undefined ? '.ts' : '.js')] = real ? (unit['.js'] ?? unit['.ts'] ?? stub) : stub;
  let json: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(unit['.json'] ?? '{}');
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as Record<string, unknown>;
  } catch {
    // a broken .json starts empty
  }
  json.usingComponents = using;
  if (component) json.component = true;
  else delete json.component;
  project[`${path}.json`] = JSON.stringify(json, null, 2);
}

/** A small app built from corpus units: 1–3 pages, 0–2 components, shared WXS and WXSS. */
function assemble(rng: Rng, pool: Pool): ProjectText {
  const project: ProjectText = {};
  const pages = Array.from({ length: 1 + rng.int(3) }, (_, i) => `pages/p${i}/index`);
  const components = Array.from({ length: rng.int(3) }, (_, i) => `components/c${i}/index`);
  const usingOf = () => Object.fromEntries(components.filter(() => rng.chance(0.6)).map((c, i) => [`c-${i}`, rng.chance(0.5) ? `/${c}` : `../../${c}`]));
  for (const page of pages) place(rng, project, rng.pick(pool.units), page, usingOf(), false);
  for (const component of components) place(rng, project, rng.pick(pool.units), component, usingOf(), true);
  const app: Record<string, unknown> = { pages };
  if (rng.chance(0.3)) app.window = { navigationBarTitleText: 'fuzz' };
  if (rng.chance(0.2) && components.length > 0) app.usingComponents = { 'c-g': `/${components[0]}` };
  project['app.json'] = JSON.stringify(app, null, 2);
  project['app.js'] = 'App({});';
  if (pool.wxss.length > 0) project['app.wxss'] = `@import "common/common.wxss";\n${rng.pick(pool.wxss)}`;
  if (pool.wxss.length > 0) project['common/common.wxss'] = rng.chance(0.3) ? `@import "../app.wxss";\n${rng.pick(pool.wxss)}` : rng.pick(pool.wxss);
  if (pool.wxs.length > 0) project['common/util.wxs'] = rng.pick(pool.wxs);
  if (rng.chance(0.15)) {
    place(rng, project, rng.pick(pool.units), 'custom-tab-bar/index', {}, true);
    if (rng.chance(0.3)) delete project[rng.pick(['custom-tab-bar/index.js', 'custom-tab-bar/index.wxml'])];
    app.tabBar = { custom: true, list: pages.slice(0, 2).map((pagePath, i) => ({ pagePath, text: `t${i}` })) };
    project['app.json'] = JSON.stringify(app, null, 2);
  }
  project['common/tpl.wxml'] = `<import src="/${pages[0]}.wxml"/><wxs src="./util.wxs" module="u"/><template name="t"><view>{{u}}</view></template>`;
  if (rng.chance(0.2)) project['project.config.json'] = JSON.stringify({ appid: 'wx0123456789abcdef', setting: { useCompilerPlugins: rng.chance(0.5) ? ['less', 'sass'] : [] } }, null, 2);
  return project;
}

export interface FuzzCase {
  project: ProjectText;
  /** What to build: the project, or one of its components alone (a path without extension). */
  target: string;
  /** The file mutated, and how. */
  file: string;
  ops: string[];
}

/** Case `index` of a run with `seed`: a small project with one file mutated. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const rng = new Rng(caseSeed(seed, index));
  const pool = corpus();
  let project = rng.chance(0.35) || pool.units.length === 0 ? { ...rng.pick(pool.projects) } : assemble(rng, pool);
  // As in assemble: scripts mostly stubbed, so that more cases run.
  if (rng.chance(0.7)) for (const name of Object.keys(project)) if (/\.(js|ts)$/.test(name)) project[name] = '({});';
  // Sometimes the mini-program sits in a folder of a project that project.config.json names.
  if (rng.chance(0.1)) {
    project = Object.fromEntries(Object.entries(project).map(([p, t]) => [`miniprogram/${p}`, t]));
    project['project.config.json'] = JSON.stringify({ miniprogramRoot: 'miniprogram/', appid: 'touristappid' });
  }
  const names = Object.keys(project);
  const pages = names.filter((n) => n.endsWith('.wxml')).map((n) => n.replace(/\.wxml$/, ''));
  // JSON files are where most of the project's shape is: they are mutated more often.
  const json = names.filter((n) => n.endsWith('.json'));
  const file = json.length > 0 && rng.chance(0.4) ? rng.pick(json) : rng.pick(names);
  const target = rng.chance(0.05) ? rng.pick(pages) : '';
  // The file gone, or another in its place, is a mutation of the project too.
  if (rng.chance(0.08)) {
    const from = rng.pick(names);
    const remove = rng.chance(0.5);
    if (remove) delete project[file];
    else project[file] = project[from];
    return { project, target, file, ops: [remove ? 'delete' : `copy of ${from}`] };
  }
  const { text, ops } = mutateText(rng, project[file], file, names.filter((n) => n !== file), pages);
  project[file] = text;
  return { project, target, file, ops };
}
