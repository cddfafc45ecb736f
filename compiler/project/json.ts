// Reading the project's JSON files (app.json, page .json): strict JSON, errors with their place,
// and the place of any value for later errors ("this page has no .wxml").
import type { Node, ParseError } from 'jsonc-parser';
import { DiagnosticCode, type DiagnosticSink } from '../diagnostics.js';
import { jsoncParser } from '../lazy_packages.js';

export interface JsonFile {
  value: unknown;
  /** The offset and length of the value at a path (`['pages', 0]`), or of the whole file. */
  at(path: (string | number)[]): { offset: number; length: number };
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'bad number',
  PropertyNameExpected: 'a property name (in double quotes) was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: '":" was expected',
  CommaExpected: '"," was expected',
  CloseBraceExpected: '"}" was expected',
  CloseBracketExpected: '"]" was expected',
  EndOfFileExpected: 'nothing may follow the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'bad unicode escape',
  InvalidEscapeCharacter: 'bad escape character',
  InvalidCharacter: 'unexpected character in a string',
};

/** How deep arrays and objects may nest: the parser recurses, and no configuration needs more. */
export const MAX_JSON_DEPTH = 512;

/** The offset of the first `[` or `{` nested deeper than MAX_JSON_DEPTH, or -1. */
function tooDeepAt(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < source.length && source.charCodeAt(i) !== 0x22; i++) if (source.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return -1;
}

/** Parses a JSON file; returns null after reporting a syntax error. */
export function parseJsonFile(source: string, sink: DiagnosticSink): JsonFile | null {
  const deep = tooDeepAt(source);
  if (deep >= 0) {
    sink.error(DiagnosticCode.JsonSyntax, `bad JSON: arrays and objects nested more than ${MAX_JSON_DEPTH} deep`, deep, deep + 1);
    return null;
  }
  const { findNodeAtLocation, parseTree, printParseErrorCode } = jsoncParser();
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const first = errors[0];
    const name = printParseErrorCode(first.error);
    sink.error(DiagnosticCode.JsonSyntax, `bad JSON: ${MESSAGES[name] ?? name}`, first.offset, first.offset + first.length);
    return null;
  }
  if (tree === undefined) {
    sink.error(DiagnosticCode.JsonSyntax, 'bad JSON: the file is empty', 0);
    return null;
  }
  return {
    value: valueOf(tree),
    at(path) {
      const node = findNodeAtLocation(tree, path) ?? tree;
      return { offset: node.offset, length: node.length };
    },
  };
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key !== undefined && value !== undefined) out[key.value as string] = valueOf(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A JSON value as a message quotes it: a string as it is, anything else as JSON (never through its own `toString`). */
export function jsonText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}
