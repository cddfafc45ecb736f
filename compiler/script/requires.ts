// What a script requires: the string arguments of `require(…)`, and the sources of ES `import` and
// `export … from` (compiled to `require` later), with their places in the file as written.
import type { Node } from '@babel/types';
import { babelParser } from '../lazy_packages.js';

export interface RequireSite {
  request: string;
  /** Offsets of the string in the source. */
  start: number;
  end: number;
}

function site(literal: Node): RequireSite | null {
  if (literal.type !== 'StringLiteral' || literal.start == null || literal.end == null) return null;
  return { request: literal.value, start: literal.start, end: literal.end };
}

function visit(node: unknown, found: RequireSite[]): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, found);
    return;
  }
  const n = node as Node;
  let s: RequireSite | null = null;
  if (n.type === 'CallExpression' && n.arguments.length === 1) {
    const callee = n.callee;
    if ((callee.type === 'Identifier' && callee.name === 'require') || callee.type === 'Import') s = site(n.arguments[0]);
  } else if (n.type === 'ImportDeclaration') {
    // Type-only imports leave nothing behind in the compiled code.
    const typeOnly = n.importKind === 'type' || (n.specifiers.length > 0 && n.specifiers.every((x) => x.type === 'ImportSpecifier' && x.importKind === 'type'));
    if (!typeOnly) s = site(n.source);
  } else if ((n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source != null && n.exportKind !== 'type') {
    s = site(n.source);
  } else if (n.type === 'TSImportEqualsDeclaration' && n.moduleReference.type === 'TSExternalModuleReference' && !n.isExport) {
    s = site(n.moduleReference.expression);
  }
  if (s !== null) found.push(s);
  for (const key of Object.keys(n)) {
    if (key !== 'loc' && key !== 'extra' && key !== 'leadingComments' && key !== 'trailingComments' && key !== 'innerComments') {
      visit((n as unknown as Record<string, unknown>)[key], found);
    }
  }
}

/** The modules a script names with a static string (an unparsable script names none). */
export function requireSites(file: string, source: string): RequireSite[] {
  try {
    const found: RequireSite[] = [];
    const plugins = file.endsWith('.ts') ? (['typescript'] as const) : ([] as const);
    visit(babelParser().parse(source, { sourceType: 'unambiguous', allowReturnOutsideFunction: true, plugins: [...plugins] }).program, found);
    return found;
  } catch {
    return [];
  }
}

/** `./x`, `../x` and `/x` name files; anything else may be a file beside the requiring one or a package. */
export function isPathRequest(request: string): boolean {
  return request.startsWith('./') || request.startsWith('../') || request.startsWith('/');
}
