// The modules a script requires with a static path, to know which files of an npm package belong
// in the bundle.
import { parse } from '@babel/parser';
import type { Node } from '@babel/types';

function visit(node: unknown, found: string[]): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) visit(child, found);
    return;
  }
  const n = node as Node;
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require') {
    const arg = n.arguments[0];
    if (n.arguments.length === 1 && arg.type === 'StringLiteral') found.push(arg.value);
  }
  for (const key of Object.keys(n)) {
    if (key !== 'loc' && key !== 'extra' && key !== 'leadingComments' && key !== 'trailingComments') visit((n as unknown as Record<string, unknown>)[key], found);
  }
}

/** The string arguments of `require(…)` calls in CommonJS code (unparsable code requires nothing). */
export function staticRequires(code: string): string[] {
  try {
    const found: string[] = [];
    visit(parse(code, { sourceType: 'script', allowReturnOutsideFunction: true }).program, found);
    return found;
  } catch {
    return [];
  }
}
