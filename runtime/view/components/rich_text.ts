// `<rich-text>`: `nodes` as an HTML string or as WeChat's node array (`{ name, attrs, children }`,
// `{ type: 'text', text }`), drawn as real elements of the tags WeChat allows, with only `class`,
// `style` and the attributes each tag allows. Everything else is dropped: scripts, styles, frames,
// forms, event handler attributes, and `javascript:` (or any non-image) URLs. An HTML string is
// parsed by an inert parser (DOMParser: nothing in it runs or loads) and rebuilt from what is allowed.
import type { JsonValue } from '../../../bridge/protocol.js';
import { Builtin, str } from './builtin.js';

export const RICH_TEXT_CSS = 'wx-rich-text{display:inline}';

/** Tags WeChat's rich-text renders, with the attributes each may have besides class and style. */
const TAGS: Record<string, string[]> = {
  a: [], abbr: [], address: [], article: [], aside: [], b: [], bdi: [], bdo: ['dir'], big: [], blockquote: [], br: [], caption: [],
  center: [], cite: [], code: [], col: ['span', 'width'], colgroup: ['span', 'width'], dd: [], del: [], div: [], dl: [], dt: [],
  em: [], fieldset: [], font: ['color', 'face', 'size'], footer: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], header: [],
  hr: [], i: [], img: ['alt', 'src', 'height', 'width'], ins: [], label: [], legend: [], li: [], mark: [], nav: [], ol: ['start', 'type'],
  p: [], pre: [], q: [], rt: [], ruby: [], s: [], section: [], small: [], span: [], strong: [], sub: [], sup: [],
  table: ['width'], tbody: [], td: ['colspan', 'height', 'rowspan', 'width'], tfoot: [], th: ['colspan', 'height', 'rowspan', 'width'],
  thead: [], tr: ['colspan', 'height', 'rowspan', 'width'], tt: [], u: [], ul: [],
};

/** Tags dropped with everything inside them. */
const DROPPED = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'link', 'meta', 'base', 'form', 'input', 'textarea', 'select', 'option', 'button', 'svg', 'math', 'template', 'noscript', 'title', 'head']);

/** An image URL rich-text may load: http(s), a path, or a data: image. */
const IMAGE_URL = /^(?:https?:\/\/|\/\/|\/|\.{0,2}\/|data:image\/(?:png|gif|jpe?g|webp|bmp);|[\w.-]+(?:\/|$))/i;

const MAX_DEPTH = 128;
const SPACES: Record<string, string> = { ensp: '\u2002', emsp: '\u2003', nbsp: '\u00a0' };

/** A node of the array form, or of a parsed HTML string, before it is checked. */
interface SourceNode {
  type: 'element' | 'text';
  name: string;
  attrs: Record<string, string>;
  children: SourceNode[];
  text: string;
}

function fromJson(value: JsonValue, depth: number): SourceNode[] {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return [];
  const out: SourceNode[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    if (item.type === 'text') {
      out.push({ type: 'text', name: '', attrs: {}, children: [], text: str(item.text) });
      continue;
    }
    const attrs: Record<string, string> = {};
    if (item.attrs !== null && typeof item.attrs === 'object' && !Array.isArray(item.attrs)) {
      for (const [k, v] of Object.entries(item.attrs)) if (typeof v === 'string' || typeof v === 'number') attrs[k.toLowerCase()] = String(v);
    }
    out.push({ type: 'element', name: str(item.name).toLowerCase(), attrs, children: fromJson(item.children ?? [], depth + 1), text: '' });
  }
  return out;
}

function fromDom(parent: Node, depth: number): SourceNode[] {
  const out: SourceNode[] = [];
  if (depth > MAX_DEPTH) return out;
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 3) out.push({ type: 'text', name: '', attrs: {}, children: [], text: (n as Text).data });
    else if (n.nodeType === 1) {
      const element = n as Element;
      const attrs: Record<string, string> = {};
      for (const a of Array.from(element.attributes)) attrs[a.name.toLowerCase()] = a.value;
      out.push({ type: 'element', name: element.localName, attrs, children: fromDom(element, depth + 1), text: '' });
    }
  }
  return out;
}

export class RichTextComponent extends Builtin {
  override update(): void {
    const nodes = this.prop('nodes');
    let source: SourceNode[] = [];
    if (typeof nodes === 'string') {
      const window = this.host.document.defaultView as (Window & typeof globalThis) | null;
      if (window !== null && nodes !== '') {
        const parsed = new window.DOMParser().parseFromString(nodes, 'text/html');
        source = fromDom(parsed.body, 0);
      }
    } else if (nodes !== undefined) source = fromJson(nodes, 0);
    const space = SPACES[str(this.prop('space'))];
    this.element.replaceChildren(...this.build(source, space));
  }

  /** Elements and text for the allowed nodes. */
  private build(nodes: SourceNode[], space: string | undefined): Node[] {
    const doc = this.host.document;
    const out: Node[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push(doc.createTextNode(space === undefined ? node.text : node.text.replace(/ /g, space)));
        continue;
      }
      if (DROPPED.has(node.name)) continue;
      const allowed = TAGS[node.name];
      // An unknown tag is left out, and what it holds is kept.
      if (allowed === undefined) {
        out.push(...this.build(node.children, space));
        continue;
      }
      const element = doc.createElement(node.name);
      for (const [name, value] of Object.entries(node.attrs)) {
        if (name === 'class' || name === 'style' || allowed.includes(name)) {
          if (name === 'src' && !IMAGE_URL.test(value.trim())) continue;
          element.setAttribute(name, value);
        }
      }
      element.append(...this.build(node.children, space));
      out.push(element);
    }
    return out;
  }
}
