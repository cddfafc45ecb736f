// Compiler diagnostics: a numbered code, a message, and the place in a file. Every error the
// compiler reports is one of these, printed as `file:line:col: message` with a code frame.
import { createRequire } from 'node:module';

export const enum DiagnosticCode {
  FileMissing = 1,
  JsonSyntax = 10,
  JsonSchema = 11,
  WxmlUnclosedTag = 20,
  WxmlUnexpectedClosingTag = 21,
  WxmlDuplicateAttribute = 22,
  WxmlUnclosedInterpolation = 23,
  WxmlBadExpression = 24,
  WxmlUnknownDirective = 25,
  WxmlMisplacedElse = 26,
  WxmlBadDirectiveValue = 27,
  WxmlUnknownComponent = 28,
  WxmlMissingTemplate = 29,
  WxmlBadModel = 30,
  WxmlIncludeCycle = 31,
  WxsRequire = 32,
  /** Elements nested deeper than the compiler follows (MAX_WXML_DEPTH). */
  WxmlTooDeep = 39,
  WxssSyntax = 40,
  /** An `@import` of a file that does not exist, one that imports itself (through others), or one without a quoted path (warnings, as in WeChat). */
  WxssImport = 41,
  ScriptSyntax = 50,
  /** A static require names a module that is not in the project or its packages. */
  ModuleMissing = 51,
  /** A type error in the project's TypeScript (`miniapp build --typecheck`). */
  TypeError = 52,
  /** A privileged API is called without the app.json declaration WeChat requires for it. */
  MissingDeclaration = 60,
  /** The compiler failed on a file where it should have reported a problem: a bug of miniapp's. */
  InternalError = 99,
}

/** A position in a source file: offset from the start, 1-based line, 1-based column. */
export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

export interface Diagnostic {
  code: DiagnosticCode;
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: 'error' | 'warning';
  /** Path of the file, relative to the project root. */
  file: string;
  message: string;
  start: SourcePosition;
  end?: SourcePosition;
  /**
   * A warning that `--strict` makes an error: something WeChat's tools build (at most with a
   * warning) that is still likely a mistake, such as a tag nobody declared.
   */
  strict?: true;
}

/** The position of an offset in a text. */
export function positionAt(source: string, offset: number): SourcePosition {
  const clamped = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i >= 0 && i < clamped; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/** The offset of a 1-based line and column in a text. */
export function offsetAt(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, source.length);
}

/** Thrown by the compiler with every diagnostic it found; `sources` holds the texts for code frames. */
export class CompileError extends Error {
  override name = 'CompileError';

  constructor(
    readonly diagnostics: Diagnostic[],
    readonly sources: ReadonlyMap<string, string>,
  ) {
    super(diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column}: ${d.message}`).join('\n'));
  }

  /** Every diagnostic with its code frame, as a terminal shows them. */
  format(options: { color?: boolean } = {}): string {
    return this.diagnostics.map((d) => formatDiagnostic(d, this.sources.get(d.file), options)).join('\n\n');
  }
}

/** @babel/code-frame, loaded by the first diagnostic printed (compiling alone prints none). */
let codeFrame: typeof import('@babel/code-frame') | undefined;

/** Longest stretch of a line a code frame shows: a minified file's one line is cut around the place. */
const FRAME_WIDTH = 160;

/**
 * The lines a frame around `start`–`end` shows, as `source` with those lines cut to FRAME_WIDTH
 * around the start's column (`…` where cut), and the columns moved to match. Lines end at "\n",
 * as in positionAt: a lone "\r" or a U+2028/U+2029 would start a new one in the frame and put the
 * marker lines off (or make code-frame throw, when a column fell behind the start).
 */
function framed(source: string, start: SourcePosition, end: SourcePosition | undefined): { text: string; start: SourcePosition; end: SourcePosition | undefined } {
  const lines = source.replace(/\r(?!\n)|[\u2028\u2029]/g, ' ').split('\n');
  const first = Math.max(0, start.line - 3);
  const last = Math.min(lines.length - 1, (end?.line ?? start.line) + 2);
  let long = false;
  for (let i = first; i <= last && !long; i++) long = lines[i].length > FRAME_WIDTH;
  if (!long) return { text: lines.join('\n'), start, end };
  const from = Math.max(0, start.column - 1 - FRAME_WIDTH / 4);
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    if (line.length <= from) lines[i] = from > 0 && line.length > 0 ? '…' : '';
    else lines[i] = `${from > 0 ? '…' : ''}${line.slice(from, from + FRAME_WIDTH)}${line.length > from + FRAME_WIDTH ? '…' : ''}`;
  }
  const shift = (p: SourcePosition): SourcePosition => ({ ...p, column: Math.min(Math.max(1, p.column - from + (from > 0 ? 1 : 0)), FRAME_WIDTH + 2) });
  return { text: lines.join('\n'), start: shift(start), end: end === undefined ? undefined : shift(end) };
}

/** `file:line:col: message` followed by a code frame of the source around it. */
export function formatDiagnostic(diagnostic: Diagnostic, source: string | undefined, options: { color?: boolean } = {}): string {
  const { file, start, end, message, code } = diagnostic;
  const head = `${file}:${start.line}:${start.column}: ${diagnostic.severity} MA${String(code).padStart(4, '0')}: ${message}`;
  if (source === undefined) return head;
  codeFrame ??= createRequire(import.meta.url)('@babel/code-frame') as typeof import('@babel/code-frame');
  const frame = framed(source, start, end && end.offset > start.offset ? end : undefined);
  const text = codeFrame.codeFrameColumns(
    frame.text,
    {
      start: { line: frame.start.line, column: frame.start.column },
      end: frame.end === undefined ? undefined : { line: frame.end.line, column: frame.end.column },
    },
    { highlightCode: options.color === true, forceColor: options.color === true },
  );
  return `${head}\n${text}`;
}

/** How many diagnostics one file reports at most. */
export const MAX_PER_FILE = 100;

/** Collects the diagnostics of one file. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    readonly source: string,
  ) {}

  error(code: DiagnosticCode, message: string, startOffset: number, endOffset?: number): void {
    this.add('error', code, message, startOffset, endOffset);
  }

  warning(code: DiagnosticCode, message: string, startOffset: number, endOffset?: number): void {
    this.add('warning', code, message, startOffset, endOffset);
  }

  /** A warning, as in WeChat's tools, that `--strict` turns into an error. Returns it (or the "more problems" one). */
  lenient(code: DiagnosticCode, message: string, startOffset: number, endOffset?: number): Diagnostic {
    const added = this.add('warning', code, message, startOffset, endOffset);
    added.strict = true;
    return added;
  }

  /** True when an error (not only warnings) was reported. */
  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /**
   * Past MAX_PER_FILE problems one diagnostic stands for the rest (an error if any of them is):
   * a mangled file can hold tens of thousands, and each is printed with a code frame.
   */
  private add(severity: Diagnostic['severity'], code: DiagnosticCode, message: string, startOffset: number, endOffset?: number): Diagnostic {
    if (this.diagnostics.length >= MAX_PER_FILE) {
      const more = this.diagnostics[MAX_PER_FILE - 1];
      if (this.suppressed++ === 0) {
        more.message = `more problems in this file are not shown; the last shown: ${more.message}`;
      }
      if (severity === 'error') more.severity = 'error';
      return more;
    }
    const diagnostic: Diagnostic = {
      code,
      severity,
      file: this.file,
      message,
      start: positionAt(this.source, startOffset),
      end: endOffset === undefined ? undefined : positionAt(this.source, endOffset),
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }

  private suppressed = 0;
}
