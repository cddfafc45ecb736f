// Most `{{ }}` expressions are data paths, literals and a few operators (`item.name`, `list[0].id`,
// `!disabled`, `index === current ? 'on' : ''`, `utils.bem('cell', [size, { center }])`). Setting up
// @babel/parser for each one costs more than compiling it, so this reads that common subset itself
// and gives the nodes @babel/parser gives for it: the same types, fields, `start` and `end` (only
// `loc` and `extra` are left out: nothing in the compiler reads them). Anything outside the subset
// (`,` outside brackets, escapes, comments, regular expressions, templates, `?.`, `??`, bit
// operators, computed keys, non-ASCII names, assignments, functions, every syntax error) gives
// null, and @babel/parser parses it and reports what is wrong.
import type { BinaryExpression, Expression, LogicalExpression, NumericLiteral, ObjectProperty, SpreadElement, StringLiteral } from '@babel/types';
import { maskedName } from './names.js';

/** Thrown when the source leaves the subset; caught in parseSimpleExpression. */
const OUTSIDE = new Error('outside the simple subset');

/** Binding power of the binary operators read here (JavaScript's precedence). */
const PRECEDENCE: Record<string, number> = {
  '||': 1, '&&': 2,
  '==': 6, '!=': 6, '===': 6, '!==': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7,
  '+': 9, '-': 9,
  '*': 10, '/': 10, '%': 10,
};

/** Words that are operators or literals in JavaScript and are not masked as data names (names.ts). */
const OPERATOR_WORDS = new Set(['typeof', 'void', 'delete', 'new', 'in', 'instanceof']);

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

class SimpleParser {
  private pos = 0;
  /** Where the last token read ends: a node ends there, after any `)` that closed it, as in @babel/parser. */
  private last = 0;

  constructor(private readonly src: string) {}

  parse(): Expression {
    const node = this.conditional();
    this.space();
    if (this.pos !== this.src.length) throw OUTSIDE;
    return node;
  }

  /** Skips spaces, tabs and line breaks; any other white space is left to @babel/parser. */
  private space(): number {
    const src = this.src;
    let c = src.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = src.charCodeAt(++this.pos);
    return c;
  }

  private expect(code: number): void {
    if (this.space() !== code) throw OUTSIDE;
    this.last = ++this.pos;
  }

  private conditional(): Expression {
    this.space();
    const start = this.pos;
    const test = this.binary(0);
    if (this.space() !== 63 /* ? */) return test;
    const next = this.src.charCodeAt(this.pos + 1);
    if (next === 63 || next === 46) throw OUTSIDE; // `??`, `?.`
    this.pos++;
    const consequent = this.conditional();
    this.expect(58 /* : */);
    const alternate = this.conditional();
    return { type: 'ConditionalExpression', start, end: this.last, test, consequent, alternate };
  }

  /** Left-associative binary operators binding tighter than `min`. */
  private binary(min: number): Expression {
    this.space();
    const start = this.pos;
    let left = this.unary();
    for (;;) {
      const operator = this.operator();
      if (operator === null) return left;
      const precedence = PRECEDENCE[operator];
      if (precedence <= min) return left;
      this.pos += operator.length;
      const right = this.binary(precedence);
      left =
        operator === '||' || operator === '&&'
          ? ({ type: 'LogicalExpression', start, end: this.last, left, operator, right } satisfies LogicalExpression)
          : ({ type: 'BinaryExpression', start, end: this.last, left, operator: operator as BinaryExpression['operator'], right } satisfies BinaryExpression);
    }
  }

  /** The binary operator at the current position, null where the operand ends, OUTSIDE for any other operator. */
  private operator(): string | null {
    const c = this.space();
    const src = this.src;
    if (Number.isNaN(c)) return null;
    const next = src.charCodeAt(this.pos + 1);
    switch (c) {
      case 124 /* | */:
      case 38 /* & */:
        if (next !== c || src.charCodeAt(this.pos + 2) === 61) throw OUTSIDE;
        return c === 124 ? '||' : '&&';
      case 61 /* = */:
      case 33 /* ! */:
        if (next !== 61) throw OUTSIDE;
        return src.charCodeAt(this.pos + 2) === 61 ? (c === 61 ? '===' : '!==') : c === 61 ? '==' : '!=';
      case 60 /* < */:
      case 62 /* > */:
        if (next === c || src.startsWith('<!--', this.pos)) throw OUTSIDE; // shifts; an HTML comment
        return next === 61 ? (c === 60 ? '<=' : '>=') : c === 60 ? '<' : '>';
      case 43 /* + */:
      case 45 /* - */:
      case 42 /* * */:
      case 37 /* % */:
      case 47 /* / */:
        // `++`, `**`, `//` and `/*` comments, and every compound assignment.
        if (next === c || next === 61 || (c === 47 && next === 42)) throw OUTSIDE;
        return src[this.pos];
      case 63 /* ? */:
      case 58 /* : */:
      case 41 /* ) */:
      case 93 /* ] */:
      case 44 /* , */:
      case 125 /* } */:
        return null;
      default:
        throw OUTSIDE;
    }
  }

  private unary(): Expression {
    const c = this.space();
    const start = this.pos;
    if (c === 33 /* ! */ || c === 45 /* - */ || c === 43 /* + */) {
      if (c !== 33 && this.src.charCodeAt(this.pos + 1) === c) throw OUTSIDE; // `--`, `++`
      this.pos++;
      const argument = this.unary();
      return { type: 'UnaryExpression', start, end: this.last, operator: this.src[start] as '!' | '-' | '+', prefix: true, argument };
    }
    return this.subscripts(this.primary(), start);
  }

  /** `.name`, `[key]` and `(arguments)` after `object`, whose first token is at `start`. */
  private subscripts(object: Expression, start: number): Expression {
    for (;;) {
      const c = this.space();
      if (c === 46 /* . */) {
        const next = this.src.charCodeAt(this.pos + 1);
        if (next === 46 || isDigit(next)) throw OUTSIDE;
        this.pos++;
        this.space();
        const nameStart = this.pos;
        const name = this.word();
        object = { type: 'MemberExpression', start, end: this.pos, object, computed: false, property: { type: 'Identifier', start: nameStart, end: this.pos, name } };
      } else if (c === 91 /* [ */) {
        this.pos++;
        const property = this.conditional();
        this.expect(93 /* ] */);
        object = { type: 'MemberExpression', start, end: this.pos, object, computed: true, property };
      } else if (c === 40 /* ( */) {
        this.pos++;
        const args = this.list(41 /* ) */);
        object = { type: 'CallExpression', start, end: this.pos, callee: object, arguments: args };
      } else if (c === 96 /* ` */) {
        throw OUTSIDE;
      } else {
        return object;
      }
    }
  }

  /** Expressions separated by `,` up to `close` (no holes, no trailing comma, no spread). */
  private list(close: number): Expression[] {
    const items: Expression[] = [];
    if (this.space() === close) {
      this.last = ++this.pos;
      return items;
    }
    for (;;) {
      items.push(this.conditional());
      const c = this.space();
      this.last = ++this.pos;
      if (c === close) return items;
      if (c !== 44 /* , */ || this.space() === close) throw OUTSIDE;
    }
  }

  /** An ASCII word (after `.`: any word, keywords included). */
  private word(): string {
    const src = this.src;
    const start = this.pos;
    if (!isWordStart(src.charCodeAt(start))) throw OUTSIDE;
    let end = start + 1;
    while (isWordPart(src.charCodeAt(end))) end++;
    // A non-ASCII letter or an escape would continue the name.
    const after = src.charCodeAt(end);
    if (after > 127 || after === 92) throw OUTSIDE;
    this.pos = this.last = end;
    return src.slice(start, end);
  }

  private primary(): Expression {
    const c = this.space();
    const start = this.pos;
    if (c === 40 /* ( */) {
      this.pos++;
      if (this.space() === 41) throw OUTSIDE; // `()` starts an arrow function
      const inner = this.conditional();
      this.expect(41 /* ) */);
      return inner;
    }
    if (c === 91 /* [ */) {
      this.pos++;
      const elements = this.list(93 /* ] */);
      return { type: 'ArrayExpression', start, end: this.pos, elements };
    }
    if (c === 123 /* { */) return this.object();
    if (c === 39 /* ' */ || c === 34 /* " */) return this.string();
    if (isDigit(c)) return this.number();
    const word = this.word();
    const end = this.pos;
    switch (word) {
      case 'true':
      case 'false':
        return { type: 'BooleanLiteral', start, end, value: word === 'true' };
      case 'null':
        return { type: 'NullLiteral', start, end };
      case 'this':
        return { type: 'ThisExpression', start, end };
    }
    if (OPERATOR_WORDS.has(word)) throw OUTSIDE;
    return { type: 'Identifier', start, end, name: maskedName(word) };
  }

  /** A string without escapes or line breaks. */
  private string(): StringLiteral {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    let i = start + 1;
    for (let d = src.charCodeAt(i); d !== c; d = src.charCodeAt(++i)) {
      if (d === 92 /* \ */ || d === 10 || d === 13 || Number.isNaN(d)) throw OUTSIDE;
    }
    this.pos = this.last = i + 1;
    return { type: 'StringLiteral', start, end: this.pos, value: src.slice(start + 1, i) };
  }

  /** A decimal number: digits, and digits after a `.`. */
  private number(): NumericLiteral {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    let i = start + 1;
    if (c === 48 && isDigit(src.charCodeAt(i))) throw OUTSIDE; // legacy octal
    while (isDigit(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) === 46 /* . */) {
      if (!isDigit(src.charCodeAt(++i))) throw OUTSIDE;
      while (isDigit(src.charCodeAt(i))) i++;
    }
    // Exponents, other bases, separators, BigInts, `1..x`, and a name right after a number.
    const after = src.charCodeAt(i);
    if (isWordPart(after) || after === 46 || after > 127 || after === 92) throw OUTSIDE;
    this.pos = this.last = i;
    return { type: 'NumericLiteral', start, end: i, value: Number(src.slice(start, i)) };
  }

  /** `{ a, b: x, 'c': y, 1: z, ...w }`: no computed keys, methods or accessors. */
  private object(): Expression {
    const start = this.pos++;
    const properties: (ObjectProperty | SpreadElement)[] = [];
    if (this.space() === 125 /* } */) {
      this.last = ++this.pos;
      return { type: 'ObjectExpression', start, end: this.pos, properties };
    }
    for (;;) {
      properties.push(this.property());
      const c = this.space();
      this.last = ++this.pos;
      if (c === 125 /* } */) return { type: 'ObjectExpression', start, end: this.pos, properties };
      if (c !== 44 /* , */ || this.space() === 125) throw OUTSIDE;
    }
  }

  private property(): ObjectProperty | SpreadElement {
    const c = this.space();
    const start = this.pos;
    if (c === 46 /* . */) {
      if (!this.src.startsWith('...', start)) throw OUTSIDE;
      this.pos += 3;
      const argument = this.conditional();
      return { type: 'SpreadElement', start, end: this.last, argument };
    }
    let key: ObjectProperty['key'];
    let value: Expression | null = null;
    if (c === 39 /* ' */ || c === 34 /* " */) key = this.string();
    else if (isDigit(c)) key = this.number();
    else {
      const word = this.word();
      // Words that are not data names here, and `__proto__`, which @babel/parser refuses twice.
      if (OPERATOR_WORDS.has(word) || word === 'true' || word === 'false' || word === 'null' || word === 'this' || word === '__proto__') throw OUTSIDE;
      const name = maskedName(word);
      key = { type: 'Identifier', start, end: this.pos, name };
      const next = this.space();
      // `{ a }`: the value is a second node, as @babel/parser makes it.
      if (next === 44 /* , */ || next === 125 /* } */) value = { type: 'Identifier', start, end: key.end, name };
    }
    const shorthand = value !== null;
    if (value === null) {
      this.expect(58 /* : */);
      value = this.conditional();
    }
    // @babel/parser's properties say `method: false`, which its types leave out.
    const property: ObjectProperty & { method: false } = { type: 'ObjectProperty', start, end: this.last, method: false, key, computed: false, shorthand, value };
    return property;
  }
}

/**
 * The expression `source` as @babel/parser's parseExpression gives it (after names.ts has masked its
 * reserved words), when it is in the subset read here; null otherwise.
 */
export function parseSimpleExpression(source: string): Expression | null {
  try {
    return new SimpleParser(source).parse();
  } catch (error) {
    // Deep nesting overflows here as in @babel/parser, which then reports it.
    if (error === OUTSIDE || error instanceof RangeError) return null;
    throw error;
  }
}
