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
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'type', 'extra', 'leadingComments', 'trailingComments', 'innerComments']);

/**
 * What code reads (identifiers, not property names or labels) and which of them it calls or
 * constructs (`f(…)`, `new C(…)`). With `now`, only what runs at once: not the bodies of the
 * functions it defines, nor a class's methods and instance fields.
 */
function scan(node, found, now) {
  if (node === null || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const n of node) scan(n, found, now);
    return found;
  }
  if (now && FUNCTIONS.has(node.type)) return node.computed ? scan(node.key, found, now) : found;
  switch (node.type) {
    case 'Identifier':
      found.reads.add(node.name);
      return found;
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression':
      if (node.callee.type === 'Identifier') found.calls.add(node.callee.name);
      break;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      scan(node.object, found, now);
      return node.computed ? scan(node.property, found, now) : found;
    case 'ClassProperty':
    case 'ClassPrivateProperty':
      if (node.computed) scan(node.key, found, now);
      return now && !node.static ? found : scan(node.value, found, now);
    case 'LabeledStatement':
      return scan(node.body, found, now);
    case 'BreakStatement':
    case 'ContinueStatement':
      return found;
  }
  for (const key of Object.keys(node)) {
    if (SKIPPED_KEYS.has(key) || (key === 'key' && !node.computed)) continue;
    scan(node[key], found, now);
  }
  return found;
}

const nothingFound = () => ({ reads: new Set(), calls: new Set() });

/**
 * What making an instance of a class runs: its `extends`, its fields and static blocks, its
 * constructor, and the methods the constructor calls on `this` (its other methods run later).
 */
function construction(declaration) {
  const members = declaration.body.body;
  const methods = new Map(members.filter((m) => m.type === 'ClassMethod' && !m.computed && m.key.type === 'Identifier').map((m) => [m.key.name, m]));
  const out = scan(declaration.superClass, nothingFound(), false);
  const queue = members.filter((m) => m.type !== 'ClassMethod' || m.kind === 'constructor' || m.computed);
  for (const member of queue) {
    scan(member.type === 'ClassMethod' && !member.computed ? [member.params, member.body] : member, out, false);
    const onThis = new Set();
    (function calls(node) {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(calls);
      if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && !node.computed) onThis.add(node.property.name);
      for (const key of Object.keys(node)) if (!SKIPPED_KEYS.has(key)) calls(node[key]);
    })(member);
    for (const name of onThis) {
      const method = methods.get(name);
      if (method !== undefined && !queue.includes(method)) queue.push(method);
    }
  }
  return out;
}

/**
 * Cuts the framework's block (`{…}`, compacted) into the script and its parts of about `partSize`
 * characters, joined with the separator. Throws when a part's top level may reach a name a later
 * part declares: the parts run in order, and that name is still undefined then. What the top level
 * reads is followed into the functions it calls (all of their code, whether it runs then or not)
 * and the classes it constructs (what making an instance runs), and what they call in turn.
 */
export function frameworkParts(block, partSize = PART_SIZE) {
  const trimmed = block.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) throw new Error("the framework's text is not one block");
  const body = trimmed.slice(1, -1);
  const statements = parse(body, { sourceType: 'script', strictMode: true }).program.body;
  const parts = [];
  let part = { code: [], own: [], runs: nothingFound(), size: 0 };
  const all = [];
  /** What calling each top-level function, or making an instance of each class, may read and call. */
  const callees = new Map();
  for (const statement of statements) {
    const text = body.slice(statement.start, statement.end);
    if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      part.code.push(text);
      part.own.push(statement.id.name);
      callees.set(statement.id.name, statement.type === 'ClassDeclaration' ? construction(statement) : scan([statement.params, statement.body], nothingFound(), false));
      if (statement.type === 'ClassDeclaration') scan([statement.superClass, statement.body], part.runs, true);
    } else if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      part.code.push(text);
      for (const d of statement.declarations) {
        part.own.push(...boundNames(d.id, []));
        if (d.id.type === 'Identifier' && FUNCTIONS.has(d.init?.type)) callees.set(d.id.name, scan([d.init.params, d.init.body], nothingFound(), false));
      }
      scan(statement.declarations.map((d) => d.init), part.runs, true);
    } else if (statement.type === 'VariableDeclaration' && statement.kind === 'let') {
      // The block's variable: every part reads and writes the same one.
      for (const d of statement.declarations) {
        all.push(...boundNames(d.id, []));
        if (d.init === null) continue;
        part.code.push(`(${body.slice(d.id.start, d.id.end)}=${body.slice(d.init.start, d.init.end)});`);
        scan(d.init, part.runs, true);
      }
    } else if (statement.type === 'VariableDeclaration' || statement.type.includes('Import') || statement.type.includes('Export')) {
      throw new Error(`the framework's top level has a ${statement.kind ?? statement.type}, which would leak out of its block`);
    } else {
      part.code.push(text);
      scan(statement, part.runs, true);
    }
    part.size += text.length;
    if (part.size >= partSize) {
      parts.push(part);
      part = { code: [], own: [], runs: nothingFound(), size: 0 };
    }
  }
  if (part.code.length > 0) parts.push(part);
  for (const p of parts) all.push(...p.own);
  if (new Set(all).size !== all.length) throw new Error("the framework's top level declares a name twice");
  for (const reserved of ['eval', 'part', '__miniappFramework']) if (all.includes(reserved)) throw new Error(`the framework's top level declares ${reserved}`);
  parts.forEach((p, i) => {
    // What the part's top level reads, and what the functions it calls read, and so on.
    const reached = new Set(p.runs.reads);
    const called = new Set(p.runs.calls);
    for (const name of called) {
      const callee = callees.get(name);
      if (callee === undefined) continue;
      for (const read of callee.reads) reached.add(read);
      for (const next of callee.calls) called.add(next);
    }
    for (const later of parts.slice(i + 1)) {
      const early = later.own.find((name) => reached.has(name));
      if (early !== undefined) throw new Error(`the framework's part ${i + 1} may run ${early} before the part that declares it`);
    }
  });
  const objectOf = (p) => `{${p.own.join(',')}}`;
  const script =
    `{const part=__miniappFramework.part;delete globalThis.__miniappFramework;let ${all.join(',')};` +
    parts.map((p, i) => `(${objectOf(p)}=eval(part(${i})));`).join('') +
    '}';
  return [script, ...parts.map((p) => `${p.code.join('\n')}\n;(${objectOf(p)});`)].join(FRAMEWORK_PART_SEPARATOR);
}
