// The `wx.<name>` a script mentions, found in its syntax tree (comments and strings do not count),
// so that the build can list the privileged APIs an app calls and the declarations it lacks.
import { positionAt, type SourcePosition } from '../diagnostics.js';
import { babelParser } from '../lazy_packages.js';

export interface ApiCall {
  /** The API name (`getLocation`). */
  name: string;
  /** The script, from the project root. */
  file: string;
  start: SourcePosition;
}

interface AstNode {
  type: string;
  start?: number | null;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return value !== null && typeof value === 'object' && typeof (value as AstNode).type === 'string';
}

/** Every `wx.name` and `wx['name']` in a script that parses; none when it does not. */
export function scanApiCalls(file: string, source: string): ApiCall[] {
  let ast: AstNode;
  try {
    ast = babelParser().parse(source, { sourceType: 'unambiguous', allowReturnOutsideFunction: true, plugins: file.endsWith('.ts') ? ['typescript'] : [] }) as unknown as AstNode;
  } catch {
    return [];
  }
  const calls: ApiCall[] = [];
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    if (!isNode(value)) continue;
    if ((value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') && isNode(value.object) && value.object.type === 'Identifier' && value.object.name === 'wx') {
      const property = value.property as AstNode;
      const name = value.computed ? (property.type === 'StringLiteral' ? (property.value as string) : undefined) : (property.name as string);
      if (name !== undefined) calls.push({ name, file, start: positionAt(source, property.start ?? 0) });
    }
    for (const key of Object.keys(value)) {
      if (key !== 'loc' && key !== 'extra' && key !== 'comments' && key !== 'leadingComments' && key !== 'trailingComments' && key !== 'innerComments') stack.push(value[key]);
    }
  }
  return calls.sort((a, b) => a.start.offset - b.start.offset);
}
