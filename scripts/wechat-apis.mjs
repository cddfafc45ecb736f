// Writes runtime/logic/api/wechat_apis.ts: every API of WeChat's `wx` object, read from WeChat's
// own typings (miniprogram-api-typings, interface WechatMiniprogram.Wx), each with how it is called
// and, for an API that returns an object (a context, a manager, a task), that object's methods.
// The logic thread gives a mini-program a stand-in for each API the host does not serve, so code
// that calls it gets WeChat's fail answer instead of "not a function".
// Run: node scripts/wechat-apis.mjs (and commit the result; a test checks it is up to date).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const typingsFile = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts');
// wx.cloud's interface is declared apart.
const cloudFile = require.resolve('miniprogram-api-typings/types/wx/lib.wx.cloud.d.ts');
const { version } = JSON.parse(readFileSync(require.resolve('miniprogram-api-typings/package.json'), 'utf8'));

export function wechatApis() {
  const source = ts.createSourceFile(typingsFile, readFileSync(typingsFile, 'utf8'), ts.ScriptTarget.Latest, false);
  /** Interfaces of the typings, by name. */
  const interfaces = new Map();
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && !interfaces.has(node.name.text)) interfaces.set(node.name.text, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  visit(ts.createSourceFile(cloudFile, readFileSync(cloudFile, 'utf8'), ts.ScriptTarget.Latest, false));
  /** The interface a type names (`CameraContext`, `Option<T>`), or undefined. */
  const interfaceName = (type) => (type !== undefined && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? type.typeName.text : undefined);
  /** A member that is a method: declared as one, or as a property holding a function. */
  const isMethod = (m) => m.name && ts.isIdentifier(m.name) && (ts.isMethodSignature(m) || (ts.isPropertySignature(m) && m.type !== undefined && ts.isFunctionTypeNode(m.type)));

  /**
   * Method names of an interface (its own and what it extends), sorted; a method that returns its
   * own object, for chaining (`observer.relativeTo(…).observe(…)`), ends in `^`.
   */
  const methodsOf = (name, seen = new Set()) => {
    const decl = interfaces.get(name);
    if (decl === undefined || seen.has(name)) return [];
    seen.add(name);
    const out = new Set();
    for (const member of decl.members) {
      if (!isMethod(member)) continue;
      const type = ts.isMethodSignature(member) ? member.type : member.type.type;
      out.add(interfaceName(type) === name ? `${member.name.text}^` : member.name.text);
    }
    for (const clause of decl.heritageClauses ?? []) for (const type of clause.types) if (ts.isIdentifier(type.expression)) for (const m of methodsOf(type.expression.text, seen)) out.add(m);
    return [...out].sort();
  };
  // Legacy APIs WeChat still answers, no longer in its typings.
  const legacy = [['createContext', 'object', methodsOf('CanvasContext')], ['drawCanvas', 'void']];

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
    const type = member.type;
    const returned = interfaceName(type);
    let kind;
    let methods;
    if (ts.isPropertySignature(member)) {
      // A namespace object (`wx.cloud`): its methods.
      if (returned === undefined || methodsOf(returned).length === 0) continue;
      kind = 'namespace';
      methods = methodsOf(returned);
    } else if (!ts.isMethodSignature(member)) continue;
    else {
      const text = type === undefined ? 'void' : type.getText(source);
      const option = interfaceName(member.parameters[0]?.type);
      if (/^PromisifySuccessResult</.test(text)) kind = 'async';
      else if (text === 'void') kind = /^(on|off)[A-Z]/.test(name) ? 'listener' : option !== undefined && hasMember(option, 'fail') ? 'async' : 'void';
      else if (returned !== undefined && methodsOf(returned).length > 0) {
        kind = 'object';
        methods = methodsOf(returned);
      } else kind = 'sync';
    }
    // Overloads (one name, several signatures) keep the first kind seen that is not async.
    if (!apis.has(name) || apis.get(name).kind === 'async') apis.set(name, methods === undefined ? { kind } : { kind, methods });
  }
  for (const [name, kind, methods] of legacy) if (!apis.has(name)) apis.set(name, methods === undefined ? { kind } : { kind, methods });
  return [...apis].sort(([a], [b]) => (a < b ? -1 : 1));
}

export function render(apis) {
  const lines = apis.map(([name, { kind, methods }]) => `  ${name}: ${methods === undefined ? `'${kind}'` : `'${kind}:${methods.join(',')}'`},`);
  return `// Generated by scripts/wechat-apis.mjs from miniprogram-api-typings ${version}: do not edit.
// Every API of WeChat's \`wx\`, by how it is called: 'async' (callbacks or a Promise), 'sync'
// (returns a value), 'void' (returns nothing, takes no callbacks), 'listener' (on…/off…), or
// 'object:' and the methods of the object it returns, or 'namespace:' and the methods of the object
// it is (\`wx.cloud\`); a method ending in ^ returns its own object.

export const WECHAT_APIS: Readonly<Record<string, string>> = {
${lines.join('\n')}
};
`;
}

export const OUTPUT = `${root}/runtime/logic/api/wechat_apis.ts`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const apis = wechatApis();
  writeFileSync(OUTPUT, render(apis));
  console.error(`wrote ${apis.length} APIs into ${OUTPUT}`);
}
