// Before the markup is tokenized, characters that would confuse an XML tokenizer are hidden inside
// `{{ }}` (`<`, `>` and quotes, as in `{{ a < b }}` or `class="{{ x ? "a" : "b" }}"`) and inside
// `<wxs>` bodies (script). Each is replaced by one other character, so every offset stays the same;
// the parser reads names and values back from the original text.

import { interpolationEnd } from './interpolation.js';

const HIDDEN = '\u0001';
const NEEDS_HIDING = /[<>"']/g;

function hide(text: string): string {
  return text.replace(NEEDS_HIDING, HIDDEN);
}

/** Where a comment, a `<wxs>` or a `{{` starts: the text between them is left as it is. */
const NEXT = /<!--|<wxs[\s>/]|\{\{/g;

/** Returns the text with the confusing characters hidden (same length, same offsets). */
export function maskForTokenizer(source: string): string {
  let out = '';
  let at = 0;
  let i = 0;
  while (i < source.length) {
    NEXT.lastIndex = i;
    const next = NEXT.exec(source);
    if (next === null) break;
    i = next.index;
    if (next[0] === '<!--') {
      const close = source.indexOf('-->', i + 4);
      i = close < 0 ? source.length : close + 3;
    } else if (next[0] !== '{{') {
      const openEnd = source.indexOf('>', i);
      if (openEnd < 0) break;
      if (source[openEnd - 1] === '/') {
        i = openEnd + 1;
        continue;
      }
      const close = source.indexOf('</wxs', openEnd);
      const bodyEnd = close < 0 ? source.length : close;
      out += source.slice(at, openEnd + 1) + hide(source.slice(openEnd + 1, bodyEnd));
      at = i = bodyEnd;
    } else {
      const end = interpolationEnd(source, i);
      if (end < 0) break;
      out += source.slice(at, i + 2) + hide(source.slice(i + 2, end - 2));
      at = end - 2;
      i = end;
    }
  }
  return out + source.slice(at);
}
