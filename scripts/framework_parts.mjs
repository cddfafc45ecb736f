// The logic framework's block (scripts/build.mjs) cut into parts that QuickJS compiles one at a
// time. QuickJS compiles a whole script before it runs any of it, and every page of wasm memory
// it writes while compiling stays resident: in a bare context, the framework compiled as one script
// leaves 1.5 MB resident for the 0.66 MB it keeps. Compiled in parts of about 20 KB, the
// temporaries of one part are freed before the next: 0.96 MB resident, and an idle shop's wasm
// memory 1,560 → 1,280 KB (BENCHMARKS.md).
//
// The file becomes a short script, then the parts, each after FRAMEWORK_PART_SEPARATOR. The script
// is the block: it declares every top-level name of the framework with `let`, and evaluates each
// part with a direct eval, which sees the block's names. A part keeps its own functions, classes
// and constants (a function is hoisted within its part as it was in the block) and ends with an
// object of them, which the block assigns to its names of the same names, for the other parts; a
// part's top-level `let` becomes an assignment to the block's name, so every part reads and writes
// the one variable. The parts come from the logic thread through `__miniappFramework.part(i)`,
// which the block deletes before anything else runs (runtime/host/framework_parts.ts).
import { parse } from '@babel/parser';
import { FRAMEWORK_PART_SEPARATOR } from '../dist/runtime/host/framework_parts.js';

/** About this many characters of the framework's text a part. */
export const PART_SIZE = 20 * 1024;

/** The names a declaration's pattern binds. */
function boundNames(pattern, out) {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) boundNames(p.type === 'RestElement' ? p.argument : p.value, out);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) if (e !== null) boundNames(e.type === 'RestElement' ? e.argument : e, out);
      break;
    case 'AssignmentPattern':
      boundNames(pattern.left, out);
      break;
    default:
      throw new Error(`the framework's top level binds a ${pattern.type}`);
  }
  return out;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

/**
 * The identifiers a top-level statement reads while it runs: not those in the bodies of the
 * functions it defines (they run later), not property names. A class's `extends`, computed keys
 * and field initializers run when it is defined (static ones) and are read.
 */
function readsAtOnce(node, out) {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) readsAtOnce(n, out);
    return out;
  }
  if (FUNCTIONS.has(node.type)) {
    if (node.computed) readsAtOnce(node.key, out);
    return out;
  }
  switch (node.type) {
    case 'Identifier':
      out.add(node.name);
      return out;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      readsAtOnce(node.object, out);
      if (node.computed) readsAtOnce(node.property, out);
      return out;
    case 'ObjectProperty':
    case 'ClassProperty':
      if (node.computed) readsAtOnce(node.key, out);
      // An instance field's initializer runs at construction, later.
      if (node.type === 'ObjectProperty' || node.static) readsAtOnce(node.value, out);
      return out;
    case 'ClassPrivateProperty':
      if (node.static) readsAtOnce(node.value, out);
      return out;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return readsAtOnce(node.body ?? null, out);
    default:
      for (const key of Object.keys(node)) {
        if (key === 'loc' || key === 'start' || key === 'end' || key === 'type' || key === 'extra' || key.endsWith('Comments')) continue;
        readsAtOnce(node[key], out);
      }
      return out;
  }
}

/**
 * Cuts the framework's block (`{…}`, compacted) into the script and its parts of about `partSize`
 * characters, joined with the separator. Throws when a part's top level would run before a part it
 * needs: the parts run in order, and a function of a later part is not there yet.
 */
export function frameworkParts(block, partSize = PART_SIZE) {
  const trimmed = block.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) throw new Error("the framework's text is not one block");
  const body = trimmed.slice(1, -1);
  const statements = parse(body, { sourceType: 'script', strictMode: true }).program.body;
  const parts = [];
  let part = { code: [], own: [], reads: new Set(), size: 0 };
  const all = [];
  for (const statement of statements) {
    const text = body.slice(statement.start, statement.end);
    if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      part.code.push(text);
      part.own.push(statement.id.name);
      if (statement.type === 'ClassDeclaration') readsAtOnce([statement.superClass, statement.body], part.reads);
    } else if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      part.code.push(text);
      for (const d of statement.declarations) part.own.push(...boundNames(d.id, []));
      readsAtOnce(statement.declarations.map((d) => d.init), part.reads);
    } else if (statement.type === 'VariableDeclaration' && statement.kind === 'let') {
      // The block's variable: every part reads and writes the same one.
      for (const d of statement.declarations) {
        all.push(...boundNames(d.id, []));
        if (d.init === null) continue;
        part.code.push(`(${body.slice(d.id.start, d.id.end)}=${body.slice(d.init.start, d.init.end)});`);
        readsAtOnce(d.init, part.reads);
      }
    } else if (statement.type === 'VariableDeclaration' || statement.type.includes('Import') || statement.type.includes('Export')) {
      throw new Error(`the framework's top level has a ${statement.kind ?? statement.type}, which would leak out of its block`);
    } else {
      part.code.push(text);
      readsAtOnce(statement, part.reads);
    }
    part.size += text.length;
    if (part.size >= partSize) {
      parts.push(part);
      part = { code: [], own: [], reads: new Set(), size: 0 };
    }
  }
  if (part.code.length > 0) parts.push(part);
  for (const p of parts) all.push(...p.own);
  if (new Set(all).size !== all.length) throw new Error("the framework's top level declares a name twice");
  for (const reserved of ['eval', 'part', '__miniappFramework']) if (all.includes(reserved)) throw new Error(`the framework's top level declares ${reserved}`);
  parts.forEach((p, i) => {
    for (const later of parts.slice(i + 1)) {
      const early = later.own.find((name) => p.reads.has(name));
      if (early !== undefined) throw new Error(`the framework's part ${i + 1} runs ${early} before the part that declares it`);
    }
  });
  const objectOf = (p) => `{${p.own.join(',')}}`;
  const script =
    `{const part=__miniappFramework.part;delete globalThis.__miniappFramework;let ${all.join(',')};` +
    parts.map((p, i) => `(${objectOf(p)}=eval(part(${i})));`).join('') +
    '}';
  return [script, ...parts.map((p) => `${p.code.join('\n')}\n;(${objectOf(p)});`)].join(FRAMEWORK_PART_SEPARATOR);
}
