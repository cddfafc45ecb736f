// Names in a `{{ }}` expression are WXML's, not JavaScript's: `{{class}}`, `{{for}}`, `{{default}}`
// and `{{this.x}}` read data fields of those names, as WeChat's template compiler reads them
// (a `<wxs module="this">` is real). The JavaScript parser refuses reserved words as names, so each
// one standing where a name would be is masked with a name of the same length before parsing (the
// parser's positions stay the positions in the file), and unmasked when the code is written.

/** Words the parser will not take as a name, which WXML takes as data names. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'do', 'else', 'enum',
  'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'let', 'return', 'static',
  'super', 'switch', 'throw', 'try', 'var', 'while', 'with', 'yield', 'await', 'implements',
  'interface', 'package', 'private', 'protected', 'public',
]);

/** A letter no data name starts with (U+01C2), standing for the masked word's first letter. */
const MARK = '\u01c2';

const WORD = /[A-Za-z_$][\w$]*/y;

/** The name the parser is given for a word standing as a name: a reserved word masked, else the word. */
export function maskedName(word: string): string {
  return RESERVED.has(word) ? MARK + word.slice(1) : word;
}

/** `source` with each reserved word that stands as a name (not after `.`, not a string) masked. */
export function maskReservedNames(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    WORD.lastIndex = i;
    const match = /[A-Za-z_$]/.test(c) && !/[\w$]/.test(source[i - 1] ?? '') ? WORD.exec(source) : null;
    if (match === null) {
      out += c;
      i++;
      continue;
    }
    const word = match[0];
    const afterDot = /\.\s*$/.test(source.slice(0, i)) && !/\.\.\.\s*$/.test(source.slice(0, i));
    out += afterDot ? word : maskedName(word);
    i += word.length;
  }
  return out;
}

/** The name as written in the file: a masked reserved word back as itself. */
export function unmaskName(name: string): string {
  if (!name.startsWith(MARK)) return name;
  for (const word of RESERVED) if (word.length === name.length && word.slice(1) === name.slice(1)) return word;
  return name;
}
