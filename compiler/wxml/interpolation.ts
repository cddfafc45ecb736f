// `{{ }}` in WXML text and attribute values. An interpolation ends at the first `}}` outside
// string literals and object braces, so `{{ {a: {b: 1}} }}` and `{{ s === '}}' }}` work.

/** A piece of text or attribute value: literal text, or an expression with its offset in the file. */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'expression'; source: string; offset: number };

/** The offset just after the `}}` that closes the interpolation whose `{{` is at `open`, or -1. */
export function interpolationEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open + 2; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth > 0) depth--;
      else if (text[i + 1] === '}') return i + 2;
    }
  }
  return -1;
}

/**
 * Splits text into literal and `{{ }}` parts; `offset` is where the text starts in its file.
 * Returns the offset of an unclosed `{{` instead when there is one.
 */
export function splitInterpolations(text: string, offset: number): Part[] | { unclosed: number } {
  const parts: Part[] = [];
  let at = 0;
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', at)) {
    const end = interpolationEnd(text, open);
    if (end < 0) return { unclosed: offset + open };
    if (open > at) parts.push({ kind: 'text', text: text.slice(at, open) });
    parts.push({ kind: 'expression', source: text.slice(open + 2, end - 2), offset: offset + open + 2 });
    at = end;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
