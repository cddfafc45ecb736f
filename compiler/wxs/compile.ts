// WXS modules → registrations in logic.js. A module is checked with @babel/parser, its `require`s of
// other .wxs files are found (they must be static relative paths), and its code is wrapped so that
// the names of the app's globals are undefined inside it: WXS sees only its own modules, plus
// `getRegExp` and `getDate`, as in WeChat. Two places where WXS differs from JavaScript are
// rewritten: `x.constructor` is the name of x's type ('Array', 'Object', …), and in a string an
// escape JavaScript does not know (`'\d'`) keeps its backslash.
import type { Node } from '@babel/types';
import { DiagnosticCode, type DiagnosticSink } from '../diagnostics.js';
import { babelParser, magicString } from '../lazy_packages.js';
import { joinPath } from '../project/files.js';

/** Escapes a JavaScript string keeps as they are; any other `\\c` means a backslash and c in WXS. */
const JS_ESCAPES = new Set(['\'', '"', '\\', 'b', 'f', 'n', 'r', 't', 'v', '0', 'x', 'u', '\n', '\r', '\u2028', '\u2029']);

/** A string literal's source with WXS's escapes turned into JavaScript's. */
function wxsString(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      out += JS_ESCAPES.has(next) ? c + next : `\\\\${next}`;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** Globals of the logic thread that WXS must not reach. */
const HIDDEN_GLOBALS = ['wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', '__miniapp', '__host', 'globalThis'];

export interface CompiledWxs {
  code: string;
  /** The .wxs files it requires (module ids). */
  requires: string[];
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra') continue;
    walk((node as Record<string, unknown>)[key], visit);
  }
}

/**
 * Compiles the module `id` whose source starts at `offset` of the file `sink` reports into (0 for a
 * .wxs file, the body's offset for an inline `<wxs>`). `exists` tells whether a required module exists.
 * Returns null after reporting a problem.
 */
export function compileWxs(id: string, source: string, offset: number, sink: DiagnosticSink, exists: (id: string) => boolean): CompiledWxs | null {
  let ast;
  try {
    ast = babelParser().parse(source, { sourceType: 'script', errorRecovery: false });
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    sink.error(DiagnosticCode.ScriptSyntax, (error as Error).message.replace(/\s*\(\d+:\d+\)$/, ''), offset + pos);
    return null;
  }
  const requires: string[] = [];
  const code = new (magicString().default)(source);
  let ok = true;
  walk(ast.program, (node) => {
    if (node.type === 'StringLiteral' && node.start !== null && node.end !== null && node.start !== undefined && node.end !== undefined) {
      const raw = source.slice(node.start, node.end);
      const fixed = wxsString(raw);
      if (fixed !== raw) code.overwrite(node.start, node.end, fixed);
      return;
    }
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'constructor') {
      code.prependLeft(node.object.start!, '__wxsType(');
      code.overwrite(node.object.end!, node.end!, ')');
      return;
    }
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require') return;
    const arg = node.arguments[0];
    const at = offset + (node.start ?? 0);
    if (node.arguments.length !== 1 || arg.type !== 'StringLiteral') {
      sink.error(DiagnosticCode.WxsRequire, 'require in WXS takes one string: the relative path of a .wxs file', at);
      ok = false;
      return;
    }
    const target = joinPath(id.replace(/#.*$/, ''), arg.value);
    if (!arg.value.startsWith('.') || !target.endsWith('.wxs')) {
      sink.error(DiagnosticCode.WxsRequire, `require in WXS must name a .wxs file by a relative path, not "${arg.value}"`, at);
      ok = false;
    } else if (!exists(target)) {
      sink.error(DiagnosticCode.FileMissing, `WXS module "${arg.value}" not found (${target})`, at);
      ok = false;
    } else {
      requires.push(target);
    }
  });
  if (!ok) return null;
  const params = ['require', 'module', 'exports', 'getRegExp', 'getDate', '__wxsType', ...HIDDEN_GLOBALS].join(', ');
  return { code: `__miniapp.wxs(${JSON.stringify(id)}, function (${params}) {\n${code.toString()}\n});\n`, requires };
}
