// WXSS files with their `@import`s inlined, as WeChat does: the imported file's rules take the
// place of the `@import` and belong to the importing sheet (its scope, its order). A path is
// relative to the importing file, or from the project root when it starts with `/`; `.wxss` may be
// left out. WeChat's tools only warn about an `@import` of a missing file, one that closes a cycle
// or one without a quoted path, and build without it: so do we (lenient warnings, errors with
// `--strict`). With a style plugin on (preprocess.ts), a .less/.scss/.sass file is read compiled,
// and stands in for a missing `x.wxss` as its compiled output does in WeChat; problems in its
// compiled CSS are reported where the source map says they come from.
import type { TraceMap } from '@jridgewell/trace-mapping';
import type { AtRule, Input, Node, Root } from 'postcss';
import { DiagnosticCode, DiagnosticSink, offsetAt, type Diagnostic } from '../diagnostics.js';
import { postcss } from '../lazy_packages.js';
import { joinPath, type ProjectFiles } from '../project/files.js';
import type { CompilerPlugin } from '../project/project_config.js';
import { originalPlace, pluginOf, preprocess, standIns, type StylePlace } from './preprocess.js';

// Both readings below go through the text once: a regular expression whose parts can each take
// the same whitespace backtracks for seconds on an import followed by thousands of blank lines.

/**
 * The path of an import's params: `"a.wxss"`, `'a.wxss'` or `url(a.wxss)`, possibly quoted inside
 * url(), a `;` after it allowed; null for anything else.
 */
function importPath(params: string): string | null {
  let p = params.trim();
  if (p.endsWith(';')) p = p.slice(0, -1).trimEnd();
  if (p.startsWith('url(')) p = p.slice(4).trimStart();
  if (p.endsWith(')')) p = p.slice(0, -1).trimEnd();
  const quote = p[0];
  if (quote === '"' || quote === "'") {
    if (p.length < 2 || p[p.length - 1] !== quote) return null;
    p = p.slice(1, -1);
  }
  if (p.trim() === '' || /["')]/.test(p)) return null;
  return p.trim();
}

/** `@import "a.wxss"` without its `;`, read with the next rule's selector (`"a.wxss"\n\nicon`): the import and the selector. */
function unterminatedImport(params: string): [imported: string, selector: string] | null {
  const quoted = /^\s*(["'])[^"'\n]+\1/.exec(params);
  if (quoted === null) return null;
  const rest = params.slice(quoted[0].length);
  const selector = rest.trim();
  if (selector === '' || !rest.slice(0, rest.length - rest.trimStart().length).includes('\n')) return null;
  return [quoted[0].trim(), selector];
}

/** An error, or a warning (as in WeChat's tools) that `--strict` makes an error. */
type Severity = 'error' | 'lenient';

export class SheetLoader {
  /** Each file parsed once; null when it has a syntax error. */
  private readonly parsed = new Map<string, Root | null>();
  /** Problems found, each reported once however often its file is imported. */
  readonly diagnostics: Diagnostic[] = [];
  private readonly reported = new Set<string>();
  /** The project file each parsed input is (postcss makes its own paths absolute). */
  private readonly inputs = new Map<Input, string>();
  /** The source map of each file read compiled by a plugin (its CSS → the .less/.scss files). */
  private readonly maps = new Map<string, TraceMap>();

  /** `plugins`: project.config.json's `useCompilerPlugins`. */
  constructor(
    private readonly files: ProjectFiles,
    private readonly plugins: ReadonlySet<CompilerPlugin> = new Set(),
  ) {}

  /** The sheet of `file` with its imports inlined, or null when it (not an import) cannot be parsed. */
  load(file: string): Root | null {
    const root = this.parse(file);
    if (root === null) return null;
    const copy = root.clone();
    this.inline(file, copy, [file]);
    return copy;
  }

  /** The project file a node of a loaded sheet comes from. */
  fileOf(input: Input | undefined): string | undefined {
    return input === undefined ? undefined : this.inputs.get(input);
  }

  private parse(file: string): Root | null {
    if (this.parsed.has(file)) return this.parsed.get(file)!;
    let source = this.files.read(file);
    let root: Root | null = null;
    if (pluginOf(file) !== undefined) {
      const compiled = preprocess(this.files, file);
      if (compiled.error !== undefined) {
        const { file: where, line, column, message } = compiled.error;
        this.report(this.files.exists(where) ? where : file, message, line, column);
        this.parsed.set(file, null);
        return null;
      }
      source = compiled.css;
      this.maps.set(file, compiled.map);
    }
    try {
      root = postcss().parse(source, { from: file });
      if (root.source?.input !== undefined) this.inputs.set(root.source.input, file);
    } catch (error) {
      if (!(error instanceof postcss().CssSyntaxError)) throw error;
      this.reportIn(file, error.reason, error.line ?? 1, error.column ?? 1);
    }
    this.parsed.set(file, root);
    return root;
  }

  /** Replaces every `@import` in `root` (the sheet of `file`) by the imported rules. */
  private inline(file: string, root: Root, chain: string[]): void {
    root.walkAtRules('import', (rule: AtRule) => {
      this.terminate(file, rule);
      const target = this.resolve(file, rule, chain);
      const imported = target === null ? null : this.parse(target);
      if (target === null || imported === null) {
        rule.remove();
        return;
      }
      const copy = imported.clone();
      this.inline(target, copy, [...chain, target]);
      rule.replaceWith(copy.nodes);
    });
  }

  /**
   * An `@import "a.wxss"` whose `;` is missing swallowed the next rule (`@import "a.wxss" icon
   * { … }`); WeChat's tools build such sheets (the official demo has one): the import ends at its
   * line and the rule is given back, with a lenient warning.
   */
  private terminate(file: string, rule: AtRule): void {
    const match = rule.nodes === undefined ? null : unterminatedImport(rule.params);
    if (match === null) return;
    const [imported, selector] = match;
    this.reportAt(rule, file, `@import ${imported} has no ";" after it`, DiagnosticCode.WxssImport, 'lenient', imported.length + '@import '.length);
    const { between, semicolon, after } = rule.raws;
    const swallowed = postcss().rule({ selector, source: rule.source, raws: { between, semicolon, after } });
    swallowed.append(rule.nodes!);
    rule.after(swallowed);
    rule.params = imported;
  }

  /**
   * The file an `@import` names, or null (a lenient warning) when it has no quoted path, is
   * missing or closes a cycle. With a plugin on, `x.wxss` may be the compiled `x.less` (`.scss`,
   * `.sass`), and a .less/.scss/.sass file may be named itself.
   */
  private resolve(file: string, rule: AtRule, chain: string[]): string | null {
    const warn = (message: string) => this.reportAt(rule, file, message, DiagnosticCode.WxssImport, 'lenient', rule.toString().length);
    const request = importPath(rule.params);
    if (request === null) {
      warn(`@import ${rule.params}: expected a quoted path to a .wxss file; the import is left out`);
      return null;
    }
    const path = joinPath(file, request);
    const plugin = pluginOf(path);
    if (plugin !== undefined && !this.plugins.has(plugin)) {
      warn(`@import "${request}": a ${path.slice(path.lastIndexOf('.'))} file is compiled only with "${plugin}" in project.config.json's setting.useCompilerPlugins; the import is left out`);
      return null;
    }
    const wxss = path.endsWith('.wxss') ? path : `${path}.wxss`;
    const candidates = plugin !== undefined ? [path] : [...new Set([path, wxss]), ...standIns(wxss.slice(0, -'.wxss'.length), this.plugins)];
    const target = candidates.find((c) => this.files.exists(c));
    if (target === undefined) {
      warn(`@import "${request}": file ${plugin !== undefined ? path : wxss} not found; the import is left out`);
      return null;
    }
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].join(' → ');
      warn(`@import "${request}" makes a cycle: ${cycle}; the import is left out`);
      return null;
    }
    return target;
  }

  /**
   * Reports a problem at a node of a loaded sheet, in the file it comes from (`fallback` when
   * unknown): for compiled .less/.scss, the place in the original file.
   */
  reportAt(node: Node, fallback: string, message: string, code = DiagnosticCode.WxssSyntax, severity: Severity = 'error', length = 0): void {
    const file = this.fileOf(node.source?.input) ?? fallback;
    this.reportIn(file, message, node.source?.start?.line ?? 1, node.source?.start?.column ?? 1, code, severity, length);
  }

  /** Reports a problem at a line and column of the CSS parsed for `file` (a plugin's output is mapped back to its sources). */
  private reportIn(file: string, message: string, line: number, column: number, code = DiagnosticCode.WxssSyntax, severity: Severity = 'error', length = 0): void {
    const map = this.maps.get(file);
    if (map === undefined) {
      this.report(file, message, line, column, code, severity, length);
      return;
    }
    const place: StylePlace = originalPlace(map, line, column) ?? { file, line: 1, column: 1 };
    this.report(this.files.exists(place.file) ? place.file : file, message, place.line, place.column, code, severity);
  }

  /** Reports a problem at a line and column of `file`'s own text (once). */
  private report(file: string, message: string, line: number, column: number, code = DiagnosticCode.WxssSyntax, severity: Severity = 'error', length = 0): void {
    const key = `${file}:${line}:${column}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const source = this.files.read(file);
    const sink = new DiagnosticSink(file, source);
    const offset = offsetAt(source, line, column);
    sink[severity](code, message, offset, length > 0 ? offset + length : undefined);
    this.diagnostics.push(...sink.diagnostics);
  }
}
