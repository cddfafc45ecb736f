// A `{{ }}` expression → JavaScript for the logic thread, plus the data paths it reads.
// Identifiers read the data root (`d.name`) or, for wx:for variables, the scope (`s.item`);
// member access and calls are null-safe (`a.b.c` on a missing `a` is undefined, as in WeChat).
import type { Expression, Node, ObjectExpression, SpreadElement } from '@babel/types';
import type { DataPath } from '../../spec/bundle.js';
import { DiagnosticCode, type DiagnosticSink } from '../diagnostics.js';
import { babelParser } from '../lazy_packages.js';
import { maskReservedNames, unmaskName } from './names.js';
import { parseSimpleExpression } from './simple_expression.js';

export interface CompiledExpression {
  /** JavaScript reading the data root `d` and the scope `s`. */
  code: string;
  /** Paths read under the data root. */
  d: DataPath[];
  /** Paths read under scope variables (the first segment is the variable). */
  s: DataPath[];
  /** When the whole expression is a plain path (`a.b[0]`): that path, and whether its root is a scope variable. */
  path?: DataPath;
  scoped?: boolean;
}

/** Thrown inside the compiler to stop at the first problem of an expression. */
class ExpressionError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const UNARY = new Set(['!', '-', '+', '~', 'typeof', 'void']);

/** The data name a node stands for: an identifier (a reserved word unmasked), or `this`. */
function nameOf(node: Node): string | null {
  if (node.type === 'Identifier') return unmaskName(node.name);
  return node.type === 'ThisExpression' ? 'this' : null;
}

/** The static path of an identifier or a member chain with literal keys (`a.b[0]['c']`), else null. */
function staticPath(node: Node): DataPath | null {
  const name = nameOf(node);
  if (name !== null) return [name];
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return null;
  const base = staticPath(node.object);
  if (base === null) return null;
  const p = node.property;
  if (!node.computed && p.type === 'Identifier') return [...base, p.name];
  if (node.computed && p.type === 'StringLiteral') return [...base, p.value];
  if (node.computed && p.type === 'NumericLiteral') return [...base, String(p.value)];
  return null;
}

class ExpressionCompiler {
  readonly reads: DataPath[] = [];

  constructor(
    private readonly scope: ReadonlySet<string>,
    private readonly base: number,
  ) {}

  private unsupported(node: Node, what: string): never {
    throw new ExpressionError(`${what} is not allowed in a WXML expression`, this.base + (node.start ?? 0));
  }

  /** Records what a node reads. A `.length` reads its object (its value changes with any element). */
  private read(path: DataPath): void {
    const trimmed = path.length > 1 && path[path.length - 1] === 'length' ? path.slice(0, -1) : path;
    this.reads.push(trimmed);
  }

  gen(node: Node): string {
    switch (node.type) {
      case 'Identifier':
      case 'ThisExpression': {
        const name = nameOf(node)!;
        this.read([name]);
        return `${this.scope.has(name) ? 's' : 'd'}.${name}`;
      }
      case 'StringLiteral':
        return JSON.stringify(node.value);
      case 'NumericLiteral':
        return String(node.value);
      case 'BooleanLiteral':
        return String(node.value);
      case 'NullLiteral':
        return 'null';
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const path = staticPath(node);
        if (path !== null) {
          this.read(path);
          return this.access(node);
        }
        const object = this.gen(node.object);
        if (node.computed) return `${object}?.[${this.gen(node.property)}]`;
        if (node.property.type !== 'Identifier') this.unsupported(node.property, 'a private name');
        return `${object}?.${node.property.name}`;
      }
      case 'CallExpression':
      case 'OptionalCallExpression': {
        const callee = node.callee;
        let fn: string;
        if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
          // The method name is not data: the call reads its object.
          const object = this.gen(callee.object);
          if (callee.computed) fn = `${object}?.[${this.gen(callee.property)}]`;
          else if (callee.property.type === 'Identifier') fn = `${object}?.${callee.property.name}`;
          else this.unsupported(callee.property, 'a private name');
        } else {
          fn = this.gen(callee);
        }
        const args = node.arguments.map((a) => (a.type === 'SpreadElement' ? `...${this.gen(a.argument)}` : this.gen(a)));
        return `${fn}?.(${args.join(', ')})`;
      }
      case 'UnaryExpression':
        if (!UNARY.has(node.operator)) this.unsupported(node, `the "${node.operator}" operator`);
        return `(${node.operator}${node.operator.length > 1 ? ' ' : ''}${this.gen(node.argument)})`;
      case 'BinaryExpression':
        if (node.left.type === 'PrivateName') this.unsupported(node.left, 'a private name');
        return `(${this.gen(node.left)} ${node.operator} ${this.gen(node.right)})`;
      case 'LogicalExpression':
        return `(${this.gen(node.left)} ${node.operator} ${this.gen(node.right)})`;
      case 'ConditionalExpression':
        return `(${this.gen(node.test)} ? ${this.gen(node.consequent)} : ${this.gen(node.alternate)})`;
      case 'ArrayExpression':
        return `[${node.elements.map((e) => (e === null ? '' : e.type === 'SpreadElement' ? `...${this.gen(e.argument)}` : this.gen(e))).join(', ')}]`;
      case 'ObjectExpression':
        return this.object(node);
      case 'TemplateLiteral':
        return this.unsupported(node, 'a template literal');
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return this.unsupported(node, 'a function');
      case 'AssignmentExpression':
      case 'UpdateExpression':
        return this.unsupported(node, 'an assignment');
      case 'SequenceExpression':
        return this.unsupported(node, 'a comma expression');
      case 'NewExpression':
        return this.unsupported(node, '`new`');
      case 'RegExpLiteral':
        return this.unsupported(node, 'a regular expression literal');
      default:
        return this.unsupported(node, `${node.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
    }
  }

  /** A static member chain, null-safe: `a.b[0]` → `d.a?.b?.[0]`. */
  private access(node: Node): string {
    const name = nameOf(node);
    if (name !== null) return `${this.scope.has(name) ? 's' : 'd'}.${name}`;
    if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') throw new Error('not a member chain');
    const object = this.access(node.object);
    const p = node.property;
    if (!node.computed && p.type === 'Identifier') return `${object}?.${p.name}`;
    return `${object}?.[${JSON.stringify(p.type === 'StringLiteral' ? p.value : String((p as { value: number }).value))}]`;
  }

  private object(node: ObjectExpression): string {
    const parts = node.properties.map((p: ObjectExpression['properties'][number] | SpreadElement) => {
      if (p.type === 'SpreadElement') return `...${this.gen(p.argument)}`;
      if (p.type === 'ObjectMethod') return this.unsupported(p, 'a method');
      const value = this.gen(p.value);
      const key = p.key;
      if (p.computed) return `[${this.gen(key)}]: ${value}`;
      if (key.type === 'Identifier') return `${JSON.stringify(unmaskName(key.name))}: ${value}`;
      if (key.type === 'StringLiteral') return `${JSON.stringify(key.value)}: ${value}`;
      if (key.type === 'NumericLiteral') return `${JSON.stringify(String(key.value))}: ${value}`;
      return this.unsupported(key, 'this property key');
    });
    return `({${parts.join(', ')}})`;
  }
}

/** Drops duplicates and paths already covered by a shorter one (reading `a` covers `a.b`). */
export function minimizePaths(paths: DataPath[]): DataPath[] {
  if (paths.length < 2) return paths.slice();
  const sorted = paths.slice().sort((a, b) => a.length - b.length);
  const out: DataPath[] = [];
  for (const p of sorted) {
    if (!out.some((q) => q.length <= p.length && q.every((seg, i) => seg === p[i]))) out.push(p);
  }
  return out;
}

/** The expression's tree from @babel/parser, loaded by the first expression outside simple_expression.ts's subset (a cold compile may need none). */
function parse(source: string): Expression {
  return babelParser().parseExpression(maskReservedNames(source), { sourceType: 'script', errorRecovery: false });
}

/**
 * The expression's tree, and the offset its positions count from (the braceless object `{{ a: 1 }}`
 * is parsed inside braces: one before). Null after reporting a syntax error.
 */
function parseBody(source: string, offset: number, sink: DiagnosticSink): { ast: Expression; base: number } | null {
  const simple = parseSimpleExpression(source);
  if (simple !== null) return { ast: simple, base: offset };
  // A body outside the subset that is inside it in braces is a braceless object (`a: 1, b`):
  // as an expression it is an error or a comma expression, so @babel/parser would come to the same.
  const braced = parseSimpleExpression(`{${source}}`);
  if (braced !== null) return { ast: braced, base: offset - 1 };
  try {
    const ast = parse(source);
    // `{{ a, b }}` is the braceless object `{ a, b }`, not a comma expression.
    if (ast.type === 'SequenceExpression') {
      try {
        return { ast: parse(`{${source}}`), base: offset - 1 };
      } catch {
        // not an object either: compiling the comma expression reports it
      }
    }
    return { ast, base: offset };
  } catch (first) {
    try {
      return { ast: parse(`{${source}}`), base: offset - 1 };
    } catch {
      const pos = (first as { pos?: number }).pos ?? 0;
      sink.error(DiagnosticCode.WxmlBadExpression, `bad expression: ${babelMessage(first)}`, offset + pos);
      return null;
    }
  }
}

/** Babel's message without its `(line:col)` suffix. */
function babelMessage(error: unknown): string {
  if (isStackOverflow(error)) return NESTED_TOO_DEEPLY;
  return (error as Error).message.replace(/\s*\(\d+:\d+\)$/, '');
}

/** The parser and this compiler recurse into each nested expression: thousands of them overflow the stack. */
const NESTED_TOO_DEEPLY = 'the expression nests too deeply to compile';

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes('call stack');
}

/**
 * Compiles one `{{ }}` expression found at `offset` in its file. `scope` names the wx:for variables
 * in effect. A body that is not an expression but is one inside braces (`{{ a: 1, ...b }}`)
 * is the braceless object WXML allows. Returns null after reporting a problem to `sink`.
 */
export function compileExpression(source: string, offset: number, scope: ReadonlySet<string>, sink: DiagnosticSink): CompiledExpression | null {
  if (source.trim() === '') {
    sink.error(DiagnosticCode.WxmlBadExpression, 'empty expression in {{ }}', offset - 2, offset + source.length + 2);
    return null;
  }
  const parsed = parseBody(source, offset, sink);
  if (parsed === null) return null;
  const { ast, base } = parsed;
  const compiler = new ExpressionCompiler(scope, base);
  let code: string;
  try {
    code = compiler.gen(ast);
  } catch (error) {
    if (isStackOverflow(error)) {
      sink.error(DiagnosticCode.WxmlBadExpression, `bad expression: ${NESTED_TOO_DEEPLY}`, offset);
      return null;
    }
    if (!(error instanceof ExpressionError)) throw error;
    sink.error(DiagnosticCode.WxmlBadExpression, error.message, error.at);
    return null;
  }
  const reads = minimizePaths(compiler.reads);
  const result: CompiledExpression = {
    code,
    d: reads.filter((p) => !scope.has(p[0])),
    s: reads.filter((p) => scope.has(p[0])),
  };
  const path = staticPath(ast);
  if (path !== null) {
    result.path = path;
    result.scoped = scope.has(path[0]);
  }
  return result;
}
