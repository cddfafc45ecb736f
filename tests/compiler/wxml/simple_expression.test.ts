// compiler/wxml/simple_expression.ts must be invisible: each expression it reads gives the tree
// @babel/parser gives, and every .wxml of @vant/weapp, weui-miniprogram and the official demo
// compiles to the same code and diagnostics with it as without it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseExpression } from '@babel/parser';
import { describe, expect, it, vi } from 'vitest';
import { ProjectFiles } from '../../../compiler/project/files.js';
import { compileWxml } from '../../../compiler/wxml/compile.js';
import { splitInterpolations } from '../../../compiler/wxml/interpolation.js';
import { maskReservedNames } from '../../../compiler/wxml/names.js';
import { parseSimpleExpression } from '../../../compiler/wxml/simple_expression.js';

const require = createRequire(import.meta.url);
/** The official demo beside the clone (../shared/corpus), left out when it is not there. */
const DEMO = fileURLToPath(new URL('../../../../shared/corpus/miniprogram-demo/miniprogram', import.meta.url));

function wxmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) wxmlFiles(path, out);
    else if (entry.endsWith('.wxml')) out.push(path);
  }
  return out;
}

function corpora(): string[] {
  const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
  const roots = [join(packageDir('@vant/weapp'), 'lib'), join(packageDir('weui-miniprogram'), 'miniprogram_dist')];
  try {
    if (statSync(DEMO).isDirectory()) roots.push(DEMO);
  } catch {
    // no demo here
  }
  return roots;
}

/** A tree without what simple_expression.ts leaves out: `loc`, `extra`, an undefined `range`, the root's comments and errors. */
function bare(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(bare);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'extra' && key !== 'range' && key !== 'comments' && key !== 'errors') out[key] = bare(value);
  }
  return out;
}

/** Null when simple_expression.ts leaves the source to @babel/parser; else both trees, which must be equal. */
function both(source: string): { simple: unknown; babel: unknown } | null {
  const simple = parseSimpleExpression(source);
  if (simple === null) return null;
  let babel: unknown;
  try {
    babel = parseExpression(maskReservedNames(source), { sourceType: 'script', errorRecovery: false });
  } catch (error) {
    babel = `@babel/parser refused it: ${(error as Error).message}`;
  }
  return { simple: bare(simple), babel: bare(babel) };
}

const EDGES = [
  // read here
  'a', 'a.b[0].c', "a['b']", 'this.x', 'class', 'a.class', '{ class }', 'let', 'await', 'yield', 'undefined',
  '!a.b[c](d)', 'f()()', 'f(a, [b, 1], { c, d: e })', '-x', '!-x', '- -x', '+a', '!!a',
  'a ? b : c ? d : e', 'a || b && c', 'a - b - c', 'a * (b + c)', '(a) + (b)', '((a)).b', '(a)(b)', 'a.b\n[0]', 'a . b',
  "'a' + \"b\"", '0', '0.5', '10', '1.50', 'true', 'false', 'null', 'a === b', 'a !== b', 'a == b', 'a != b', 'a <= b', 'a >= b',
  'a < b', 'a > b', 'a % b', 'a / b / c', "{'a': 1, 2: b}", '{...a, b}', '{ a, ...b ? c : d }', '{}', '[]', '{ a: { b: [c] } }', ' a ', '\ta\n',
  // left to @babel/parser (each one is null, or must still agree)
  'a ? .5 : 1', '1.toFixed', '1..x', '1 .x', '01', '08', '.5', '1e3', '0x10', '1_000', '10n', 'a<!--b', 'a\n-->b', 'a--b', 'a++',
  'typeof a', 'void 0', 'new A', 'delete a.b', 'a in b', 'a instanceof b', '{__proto__: 1, __proto__: 2}', "'a\\'b'", "'a\nb'",
  'a ?? b || c', 'a ?? b', 'a?.b', 'a?.[0]', 'a ** b', 'a & b', 'a | b', 'a ^ b', 'a << b', 'a >> b', 'a >>> b',
  '(a, b)', 'a, b', '() => 1', '(a) => 1', 'a => 1', 'async (x)', 'async x => x', 'a = 1', 'a += 1', 'a ||= b', 'a ==== b', 'a == = b',
  'f(a,)', 'f(...a)', '[a,]', '[,a]', '[...a]', '{a,}', '{a: 1,}', '{ ...a }', '{ [a]: 1 }', '{true: 1}', '{ true }', '{ typeof: 1 }',
  '{...}', '{ ...a, }', '{ get x() {} }', '{ a() {} }', 'x.\u00e9', '\u00e9', 'a\u00a0+ b', 'a\v+ b', '`t`', 'a`t`', '/re/', 'a /* c */', 'a // c', '#x', 'a.#x',
  '...a', 'a.', 'a[', 'f(', '(a', '{a', 'a ?', 'a ? b', 'a ? b :', '!', '', ' ', "'unclosed", 'a b', 'a.1', 'a.b.', '\\u0061',
];

describe('simple expressions', () => {
  it('give the tree @babel/parser gives, or null', () => {
    for (const source of EDGES) {
      const pair = both(source);
      if (pair !== null) expect(pair.simple, source).toEqual(pair.babel);
    }
  });

  it('give the tree @babel/parser gives for every expression of the corpora', () => {
    let read = 0;
    let total = 0;
    for (const root of corpora()) {
      for (const file of wxmlFiles(root)) {
        const parts = splitInterpolations(readFileSync(file, 'utf8'), 0);
        if (!Array.isArray(parts)) continue;
        for (const part of parts) {
          if (part.kind !== 'expression') continue;
          total++;
          const pair = both(part.source);
          if (pair === null) continue;
          read++;
          expect(pair.simple, part.source).toEqual(pair.babel);
        }
      }
    }
    // Most expressions are read here: that is what the subset is for.
    expect(read / total).toBeGreaterThan(0.9);
  });

  it('leave every .wxml of the corpora compiling as @babel/parser alone compiles it', async () => {
    vi.resetModules();
    vi.doMock('../../../compiler/wxml/simple_expression.js', () => ({ parseSimpleExpression: () => null }));
    const babelOnly = (await import('../../../compiler/wxml/compile.js')).compileWxml;
    vi.doUnmock('../../../compiler/wxml/simple_expression.js');
    expect(babelOnly).not.toBe(compileWxml);
    let compiled = 0;
    for (const root of corpora()) {
      const files = new ProjectFiles(root);
      for (const file of wxmlFiles(root)) {
        const path = relative(root, file);
        const source = readFileSync(file, 'utf8');
        expect(compileWxml(path, source, { files }), path).toEqual(babelOnly(path, source, { files }));
        compiled++;
      }
    }
    expect(compiled).toBeGreaterThan(99);
  });
});
