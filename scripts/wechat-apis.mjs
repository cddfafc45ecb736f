// Writes runtime/logic/api/wechat_apis.ts: every API of WeChat's `wx` object, read from WeChat's
// own typings (miniprogram-api-typings: interface WechatMiniprogram.Wx, and wx.cloud's), each with
// how it is called, and the objects those APIs return (a context, a manager, a task, a database)
// with their methods and what each method returns. The logic thread gives a mini-program a
// stand-in for each API the host does not serve (runtime/logic/api/absent.ts), so code that calls
// one gets WeChat's fail answer instead of "not a function".
// Run: node scripts/wechat-apis.mjs (and commit the result; a test checks it is up to date).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const typingsFiles = ['lib.wx.api.d.ts', 'lib.wx.cloud.d.ts'].map((f) => require.resolve(`miniprogram-api-typings/types/wx/${f}`));
const { version } = JSON.parse(readFileSync(require.resolve('miniprogram-api-typings/package.json'), 'utf8'));

export function wechatApis() {
  /** Interfaces of the typings, by their own name (namespaces left out: `DB.Database` is `Database`). */
  const interfaces = new Map();
  const visit = (node) => {
    // wx.cloud's database is declared as classes.
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name !== undefined && !interfaces.has(node.name.text)) interfaces.set(node.name.text, node);
    ts.forEachChild(node, visit);
  };
  for (const file of typingsFiles) visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));

  /** The interface a type names (`CameraContext`, `DB.Database`), or undefined. */
  const interfaceName = (type) => {
    if (type === undefined || !ts.isTypeReferenceNode(type)) return undefined;
    const name = type.typeName;
    return ts.isIdentifier(name) ? name.text : name.right.text;
  };
  /** A member that is a method (declared as one, or as a property holding a function), and what it returns. */
  const methodType = (m) => {
    if (!m.name || !ts.isIdentifier(m.name)) return null;
    if (ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Static)) return null;
    if (ts.isMethodSignature(m) || ts.isMethodDeclaration(m)) return { type: m.type };
    if ((ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) && m.type !== undefined && ts.isFunctionTypeNode(m.type)) return { type: m.type.type };
    return null;
  };

  /** The objects the stand-ins hand out, by interface name: method → what it returns. */
  const objects = new Map();
  /** Whether an interface is an object with methods (recorded in `objects`, with those it leads to). */
  const isObject = (name) => {
    if (name === undefined || !interfaces.has(name)) return false;
    if (objects.has(name)) return objects.get(name) !== null;
    objects.set(name, null);
    const methods = new Map();
    const collect = (decl, seen) => {
      for (const member of decl.members) {
        const method = methodType(member);
        if (method === null || methods.has(member.name.text)) continue;
        methods.set(member.name.text, interfaceName(method.type));
      }
      for (const clause of decl.heritageClauses ?? []) {
        for (const t of clause.types) {
          const base = ts.isIdentifier(t.expression) ? interfaces.get(t.expression.text) : undefined;
          if (base !== undefined && !seen.has(base)) collect(base, seen.add(base));
        }
      }
    };
    collect(interfaces.get(name), new Set());
    if (methods.size === 0) {
      objects.delete(name);
      return false;
    }
    const entries = [];
    objects.set(name, entries);
    for (const [method, returned] of [...methods].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // `name^`: returns its own object (chaining); `name>Type`: returns an object of that type.
      if (returned === name) entries.push(`${method}^`);
      else if (isObject(returned)) entries.push(`${method}>${returned}`);
      else entries.push(method);
    }
    return true;
  };

  /** True when an interface has a member of that name (its own or inherited). */
  const hasMember = (name, member, seen = new Set()) => {
    const decl = interfaces.get(name);
    if (decl === undefined || seen.has(name)) return false;
    seen.add(name);
    if (decl.members.some((m) => m.name && ts.isIdentifier(m.name) && m.name.text === member)) return true;
    return (decl.heritageClauses ?? []).some((c) => c.types.some((t) => ts.isIdentifier(t.expression) && hasMember(t.expression.text, member, seen)));
  };

  const apis = new Map();
  for (const member of interfaces.get('Wx').members) {
    if (!member.name || !ts.isIdentifier(member.name)) continue;
    const name = member.name.text;
    const method = methodType(member);
    let kind;
    if (method === null) {
      // A namespace object (`wx.cloud`).
      const type = ts.isPropertySignature(member) ? interfaceName(member.type) : undefined;
      if (!isObject(type)) continue;
      kind = `namespace:${type}`;
    } else {
      const text = method.type === undefined ? 'void' : method.type.getText();
      const returned = interfaceName(method.type);
      const option = ts.isMethodSignature(member) ? interfaceName(member.parameters[0]?.type) : undefined;
      if (/^PromisifySuccessResult</.test(text)) kind = 'async';
      else if (text === 'void') kind = /^(on|off)[A-Z]/.test(name) ? 'listener' : option !== undefined && hasMember(option, 'fail') ? 'async' : 'void';
      else if (isObject(returned)) kind = `object:${returned}`;
      else kind = 'sync';
    }
    // Overloads (one name, several signatures) keep the first kind seen that is not async.
    if (!apis.has(name) || apis.get(name) === 'async') apis.set(name, kind);
  }
  // Legacy APIs WeChat still answers, no longer in its typings: the old canvas drawing.
  if (isObject('CanvasContext')) {
    objects.set('LegacyCanvasContext', [...objects.get('CanvasContext'), 'getActions'].sort());
    apis.set('createContext', 'object:LegacyCanvasContext');
    apis.set('drawCanvas', 'void');
  }
  // APIs WeChat answers that these typings do not list yet, each called by WeChat's official demo:
  // the chat tool's forwarded materials (packageAPI/pages/chattool).
  if (!apis.has('getChatForwardMaterials')) apis.set('getChatForwardMaterials', 'async');
  const sorted = (map) => [...map].filter(([, v]) => v !== null).sort(([a], [b]) => (a < b ? -1 : 1));
  return { apis: sorted(apis), objects: sorted(objects) };
}

export function render({ apis, objects }) {
  return `// Generated by scripts/wechat-apis.mjs from miniprogram-api-typings ${version}: do not edit.

/**
 * Every API of WeChat's \`wx\`, by how it is called: 'async' (callbacks or a Promise), 'sync'
 * (returns a value), 'void' (returns nothing, takes no callbacks), 'listener' (on…/off…),
 * 'object:Type' (returns an object of WECHAT_OBJECTS), 'namespace:Type' (is one: \`wx.cloud\`).
 */
export const WECHAT_APIS: Readonly<Record<string, string>> = {
${apis.map(([name, kind]) => `  ${name}: '${kind}',`).join('\n')}
};

/**
 * The objects those APIs return, by type: their methods, comma-separated; \`name^\` returns its own
 * object (chaining), \`name>Type\` returns an object of that type.
 */
export const WECHAT_OBJECTS: Readonly<Record<string, string>> = {
${objects.map(([name, methods]) => `  ${name}: '${methods.join(',')}',`).join('\n')}
};
`;
}

export const OUTPUT = `${root}/runtime/logic/api/wechat_apis.ts`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = wechatApis();
  writeFileSync(OUTPUT, render(generated));
  console.error(`wrote ${generated.apis.length} APIs and ${generated.objects.length} object types into ${OUTPUT}`);
}
