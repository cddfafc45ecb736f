// WXSS files with their `@import`s inlined, as WeChat does: the imported file's rules take the
// place of the `@import` and belong to the importing sheet (its scope, its order). A path is
// relative to the importing file, or from the project root when it starts with `/`; `.wxss` may be
// left out. A missing file or an import cycle is an error at the `@import`.
import postcss, { CssSyntaxError, type AtRule, type Input, type Root } from 'postcss';
import { DiagnosticCode, DiagnosticSink, offsetAt, type Diagnostic } from '../diagnostics.js';
import { joinPath, type ProjectFiles } from '../project/files.js';

/** `"a.wxss"`, `'a.wxss'` or `url(a.wxss)`, possibly quoted inside url(). */
const IMPORT_PARAM = /^\s*(?:url\(\s*)?(["']?)([^"')]+)\1\s*\)?\s*;?\s*$/;

export class SheetLoader {
  /** Each file parsed once; null when it has a syntax error. */
  private readonly parsed = new Map<string, Root | null>();
  /** Problems found, each reported once however often its file is imported. */
  readonly diagnostics: Diagnostic[] = [];
  private readonly reported = new Set<string>();
  /** The project file each parsed input is (postcss makes its own paths absolute). */
  private readonly inputs = new Map<Input, string>();

  constructor(private readonly files: ProjectFiles) {}

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
    const source = this.files.read(file);
    let root: Root | null = null;
    try {
      root = postcss.parse(source, { from: file });
      if (root.source?.input !== undefined) this.inputs.set(root.source.input, file);
    } catch (error) {
      if (!(error instanceof CssSyntaxError)) throw error;
      this.report(file, error.reason, error.line ?? 1, error.column ?? 1);
    }
    this.parsed.set(file, root);
    return root;
  }

  /** Replaces every `@import` in `root` (the sheet of `file`) by the imported rules. */
  private inline(file: string, root: Root, chain: string[]): void {
    root.walkAtRules('import', (rule: AtRule) => {
      const target = this.resolve(file, rule, chain);
      if (target === null) {
        rule.remove();
        return;
      }
      const imported = this.parse(target);
      if (imported === null) {
        rule.remove();
        return;
      }
      const copy = imported.clone();
      this.inline(target, copy, [...chain, target]);
      rule.replaceWith(copy.nodes);
    });
  }

  /** The file an `@import` names, or null (reported) when it is missing or closes a cycle. */
  private resolve(file: string, rule: AtRule, chain: string[]): string | null {
    const line = rule.source?.start?.line ?? 1;
    const column = rule.source?.start?.column ?? 1;
    const match = IMPORT_PARAM.exec(rule.params);
    if (match === null) {
      this.report(file, `@import ${rule.params}: expected a quoted path to a .wxss file`, line, column, DiagnosticCode.WxssImport, rule.toString().length);
      return null;
    }
    const request = match[2].trim();
    const candidates = [joinPath(file, request)];
    if (!request.endsWith('.wxss')) candidates.push(`${candidates[0]}.wxss`);
    const target = candidates.find((c) => this.files.exists(c));
    if (target === undefined) {
      this.report(file, `@import "${request}": file ${candidates[candidates.length - 1]} not found`, line, column, DiagnosticCode.WxssImport, rule.toString().length);
      return null;
    }
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].join(' → ');
      this.report(file, `@import "${request}" makes a cycle: ${cycle}`, line, column, DiagnosticCode.WxssImport, rule.toString().length);
      return null;
    }
    return target;
  }

  /** Reports a problem at a line and column of `file` (once). */
  report(file: string, message: string, line: number, column: number, code = DiagnosticCode.WxssSyntax, length = 0): void {
    const key = `${file}:${line}:${column}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const source = this.files.read(file);
    const sink = new DiagnosticSink(file, source);
    const offset = offsetAt(source, line, column);
    sink.error(code, message, offset, length > 0 ? offset + length : undefined);
    this.diagnostics.push(...sink.diagnostics);
  }
}
