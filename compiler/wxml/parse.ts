// WXML → a tree of elements and text with source offsets. Tokens come from htmlparser2's XML-mode
// tokenizer (run on a masked copy, see mask.ts); tags are matched here, so an unclosed tag or a
// stray closing tag is reported where it is.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticCode, type DiagnosticSink } from '../diagnostics.js';
import { maskForTokenizer } from './mask.js';

// Only htmlparser2's tokenizer is used, but its entry also loads its parser, DOM handler, DOM
// utilities and entity encoders: three quarters of its load time, which a cold compile pays. So the
// tokenizer's module is loaded from its file beside the entry (its exports name no such path; the
// version is pinned in package.json, and the import fails loudly if the file moves).
type Htmlparser2 = typeof import('htmlparser2');
const tokenizerFile = join(dirname(createRequire(import.meta.url).resolve('htmlparser2')), 'Tokenizer.js');
const { default: Tokenizer, QuoteType } = (await import(pathToFileURL(tokenizerFile).href)) as { default: Htmlparser2['Tokenizer']; QuoteType: Htmlparser2['QuoteType'] };

export interface WxmlAttribute {
  name: string;
  /** The raw value, or null for an attribute written without one (`<switch checked>`). */
  value: string | null;
  /** Offset of the attribute's name. */
  start: number;
  /** Offset of the value's first character (inside the quotes). */
  valueStart: number;
}

export interface WxmlElement {
  type: 'element';
  tag: string;
  attributes: WxmlAttribute[];
  children: WxmlNode[];
  /** Offset of the `<`. */
  start: number;
}

export interface WxmlText {
  type: 'text';
  text: string;
  start: number;
}

export type WxmlNode = WxmlElement | WxmlText;

/**
 * How deep elements may nest. The compiler walks the tree recursively (and the runtime mounts it
 * so), so a deeper file is refused at the element that goes too deep rather than overflowing the stack.
 */
export const MAX_WXML_DEPTH = 256;

/** Parses a WXML file; problems go to `sink` and parsing goes on, so that all are reported at once. */
export function parseWxml(source: string, sink: DiagnosticSink): WxmlNode[] {
  const root: WxmlElement = { type: 'element', tag: '#root', attributes: [], children: [], start: 0 };
  const stack: WxmlElement[] = [root];
  let opening: WxmlElement | null = null;
  let attribute: (WxmlAttribute & { valueEnd: number }) | null = null;
  let tooDeep = false;

  const top = () => stack[stack.length - 1];
  const addText = (start: number, end: number) => {
    const children = top().children;
    const last = children[children.length - 1];
    if (last !== undefined && last.type === 'text' && last.start + last.text.length === start) {
      last.text += source.slice(start, end);
    } else {
      children.push({ type: 'text', text: source.slice(start, end), start });
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: false },
    {
      onopentagname(start, end) {
        opening = { type: 'element', tag: source.slice(start, end), attributes: [], children: [], start: start - 1 };
      },
      onattribname(start, end) {
        attribute = { name: source.slice(start, end), value: null, start, valueStart: -1, valueEnd: -1 };
      },
      onattribdata(start, end) {
        if (attribute === null) return;
        if (attribute.valueStart < 0) attribute.valueStart = start;
        attribute.valueEnd = end;
      },
      onattribentity() {},
      onattribend(quote, endIndex) {
        if (attribute === null || opening === null) return;
        if (quote !== QuoteType.NoValue) {
          if (attribute.valueStart < 0) attribute.valueStart = attribute.valueEnd = endIndex;
          attribute.value = source.slice(attribute.valueStart, attribute.valueEnd);
        } else {
          attribute.valueStart = attribute.start;
        }
        const { name, value, start, valueStart } = attribute;
        const earlier = opening.attributes.findIndex((a) => a.name === name);
        if (earlier >= 0) {
          // WeChat's compiler keeps the last value, in the place of the first.
          sink.lenient(DiagnosticCode.WxmlDuplicateAttribute, `duplicate attribute "${name}" on <${opening.tag}>: the last value is used`, start, start + name.length);
          opening.attributes[earlier] = { name, value, start, valueStart };
        } else {
          opening.attributes.push({ name, value, start, valueStart });
        }
        attribute = null;
      },
      onopentagend() {
        if (opening === null) return;
        // Past the limit an element is matched with its closing tag but left out of the tree.
        if (stack.length <= MAX_WXML_DEPTH) top().children.push(opening);
        else if (stack.length === MAX_WXML_DEPTH + 1 && !tooDeep) {
          tooDeep = true;
          sink.error(DiagnosticCode.WxmlTooDeep, `<${opening.tag}> is nested ${stack.length} elements deep: WXML may nest at most ${MAX_WXML_DEPTH}`, opening.start, opening.start + opening.tag.length + 1);
        }
        stack.push(opening);
        opening = null;
      },
      onselfclosingtag() {
        if (opening === null) return;
        top().children.push(opening);
        opening = null;
      },
      onclosetag(start, end) {
        const tag = source.slice(start, end);
        let i = stack.length - 1;
        while (i > 0 && stack[i].tag !== tag) i--;
        if (i === 0) {
          sink.error(DiagnosticCode.WxmlUnexpectedClosingTag, `unexpected closing tag </${tag}>`, start - 2, end);
          return;
        }
        for (let j = stack.length - 1; j > i; j--) {
          const unclosed = stack[j];
          sink.error(DiagnosticCode.WxmlUnclosedTag, `<${unclosed.tag}> is not closed (found </${tag}> first)`, unclosed.start, unclosed.start + unclosed.tag.length + 1);
        }
        stack.length = i;
      },
      ontext(start, end) {
        addText(start, end);
      },
      ontextentity() {},
      oncomment() {},
      oncdata(start, end) {
        addText(start, end);
      },
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        if (opening !== null) {
          const tag = opening as WxmlElement;
          sink.error(DiagnosticCode.WxmlUnclosedTag, `the start tag <${tag.tag}> is not finished`, tag.start, tag.start + tag.tag.length + 1);
        }
        for (let j = stack.length - 1; j > 0; j--) {
          const unclosed = stack[j];
          sink.error(DiagnosticCode.WxmlUnclosedTag, `<${unclosed.tag}> is not closed`, unclosed.start, unclosed.start + unclosed.tag.length + 1);
        }
      },
    },
  );
  tokenizer.write(maskForTokenizer(source));
  tokenizer.end();
  return root.children;
}
