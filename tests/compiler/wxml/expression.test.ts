import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../compiler/diagnostics.js';
import { compileExpression } from '../../../compiler/wxml/expression.js';

function compile(source: string, scope: string[] = []) {
  const sink = new DiagnosticSink('t.wxml', `{{${source}}}`);
  const result = compileExpression(source, 2, new Set(scope), sink);
  return { result, diagnostics: sink.diagnostics };
}

/** Paths in a fixed order: which paths are read matters, not in what order. */
function sorted(paths: string[][]): string[][] {
  return paths.map((p) => p.join('.')).sort().map((p) => p.split('.'));
}

/** Compiles and evaluates an expression against data and scope, as the logic thread does. */
function evaluate(source: string, data: Record<string, unknown>, scope: Record<string, unknown> = {}): unknown {
  const { result, diagnostics } = compile(source, Object.keys(scope));
  expect(diagnostics).toEqual([]);
  const S = (v: unknown) => (v === undefined ? '' : String(v));
  return new Function('d', 's', 'S', `return ${result!.code}`)(data, scope, S);
}

describe('expression values', () => {
  it('reads data and wx:for variables', () => {
    expect(evaluate('count + 1', { count: 2 })).toBe(3);
    expect(evaluate('item.title', { item: { title: 'data' } }, { item: { title: 'scope' } })).toBe('scope');
    expect(evaluate('list[index].name', { list: [{ name: 'a' }, { name: 'b' }] }, { index: 1 })).toBe('b');
  });

  it('is null-safe like WXML: missing objects give undefined', () => {
    expect(evaluate('a.b.c', {})).toBeUndefined();
    expect(evaluate('a[0].b', { a: null })).toBeUndefined();
    expect(evaluate('a.b(1)', { a: {} })).toBeUndefined();
  });

  it('supports literals, operators, ternaries and string concatenation', () => {
    expect(evaluate("'n=' + n + \"!\"", { n: 5 })).toBe('n=5!');
    expect(evaluate('a > 1 && b || c', { a: 2, b: 0, c: 'c' })).toBe('c');
    expect(evaluate('flag ? 1.5 : -2', { flag: false })).toBe(-2);
    expect(evaluate('!done', { done: false })).toBe(true);
    expect(evaluate('typeof x', {})).toBe('undefined');
    expect(evaluate('a % 3 === 1', { a: 7 })).toBe(true);
    expect(evaluate('null', {})).toBeNull();
  });

  it('builds arrays and objects, with spread and shorthand', () => {
    expect(evaluate('[a, ...rest, 3]', { a: 1, rest: [2] })).toEqual([1, 2, 3]);
    expect(evaluate('{ x: a, "y": 2, b }', { a: 1, b: 'b' })).toEqual({ x: 1, y: 2, b: 'b' });
    expect(evaluate('{ ...item, index }', {}, { item: { id: 7 }, index: 0 })).toEqual({ id: 7, index: 0 });
  });

  it('accepts the braceless object form', () => {
    expect(evaluate('a: 1, b', { b: 2 })).toEqual({ a: 1, b: 2 });
    expect(evaluate('...item', {}, { item: { k: 'v' } })).toEqual({ k: 'v' });
    expect(evaluate('a, b', { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
  });
});

describe('expression reads', () => {
  it('records the data paths each expression reads', () => {
    const { result } = compile("a.b.c + list[0].title + obj['key']");
    expect(sorted(result!.d)).toEqual(sorted([['a', 'b', 'c'], ['list', '0', 'title'], ['obj', 'key']]));
    expect(result!.s).toEqual([]);
  });

  it('separates scope variables from data', () => {
    const { result } = compile('item.title + prefix', ['item', 'index']);
    expect(result!.s).toEqual([['item', 'title']]);
    expect(result!.d).toEqual([['prefix']]);
  });

  it('stops a path at a computed key and reads the key too', () => {
    const { result } = compile('list[i].done', ['i']);
    expect(result!.d).toEqual([['list']]);
    expect(result!.s).toEqual([['i']]);
  });

  it('makes .length and method calls read their object', () => {
    expect(compile('todos.length').result!.d).toEqual([['todos']]);
    expect(compile('name.toUpperCase()').result!.d).toEqual([['name']]);
  });

  it('keeps only the shortest of overlapping paths', () => {
    expect(compile('a.b + a').result!.d).toEqual([['a']]);
  });

  it('reports a plain path, for wx:for lists', () => {
    expect(compile('a.list').result).toMatchObject({ path: ['a', 'list'], scoped: false });
    expect(compile('item.children', ['item']).result).toMatchObject({ path: ['item', 'children'], scoped: true });
    expect(compile('a || b').result!.path).toBeUndefined();
  });
});

describe('expression errors', () => {
  it('reports a syntax error at its place in the file', () => {
    const { result, diagnostics } = compile('a + ');
    expect(result).toBeNull();
    expect(diagnostics[0].message).toMatch(/^bad expression: Unexpected token/);
    expect(diagnostics[0].start.column).toBe(7);
  });

  it('refuses what WXML does not allow', () => {
    for (const [source, what] of [
      ['a = 1', 'an assignment'],
      ['(() => 1)()', 'a function'],
      ['`t${a}`', 'a template literal'],
      ['new Date()', '`new`'],
    ]) {
      const { diagnostics } = compile(source);
      expect(diagnostics.map((d) => d.message)).toEqual([`${what} is not allowed in a WXML expression`]);
    }
  });

  it('reads JavaScript\'s reserved words and `this` as data names, as WeChat\'s template compiler does', () => {
    expect(evaluate('for', { for: 1 })).toBe(1);
    expect(evaluate('class + "-" + default', { class: 'a', default: 'b' })).toBe('a-b');
    expect(evaluate('this.PRO_THEME.LINE', { this: { PRO_THEME: { LINE: 'solid' } } })).toBe('solid');
    expect(evaluate('this.x', {}, { this: { x: 'wxs module' } })).toBe('wxs module');
    expect(evaluate('{ class: if, "for": 2 }', { if: 1 })).toEqual({ class: 1, for: 2 });
    expect(evaluate('a.class + a["for"]', { a: { class: 'c', for: 'f' } })).toBe('cf');
    expect(evaluate('"for" + \'class\'', {})).toBe('forclass');
    expect(sorted(compile('class ? default : this.x').result!.d)).toEqual([['class'], ['default'], ['this', 'x']]);
  });

  it('refuses an empty interpolation', () => {
    expect(compile('  ').diagnostics[0].message).toBe('empty expression in {{ }}');
  });

  it('reports an expression nested too deeply to compile instead of overflowing the stack', () => {
    for (const source of [`${'('.repeat(10_000)}a${')'.repeat(10_000)}`, `${'a?'.repeat(10_000)}b${':c'.repeat(10_000)}`]) {
      const { result, diagnostics } = compile(source);
      expect(result).toBeNull();
      expect(diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.message}`)).toEqual(['1:3 bad expression: the expression nests too deeply to compile']);
    }
  });
});
