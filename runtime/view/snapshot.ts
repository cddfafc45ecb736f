// Printing what a view shows. `wxml` is the logical tree in miniprogram-simulate's snapshot style
// (custom components by tag, built-ins as wx-<tag>, attributes class/id/style and text as the logic
// thread set them; the built-ins' own inner nodes and scoped class names are not part of it);
// `html` is the DOM as the render layer built it (with the navigation and tab bars around the page
// when the chrome is given).
import type { JsonValue } from '../../bridge/protocol.js';
import type { Chrome } from './chrome.js';
import type { View } from './view.js';

/** Attributes the wxml snapshot shows. */
const SNAPSHOT_ATTRIBUTES = ['class', 'id', 'style'];

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function printValue(value: JsonValue): string {
  return typeof value === 'string' ? quote(value) : `"{{${JSON.stringify(value)}}}"`;
}

function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function wxmlNode(view: View, node: Node, indent: string): string {
  if (view.idOf(node) === undefined) return '';
  if (node.nodeType === 3) return indent + escapeText(view.textOf(node as Text));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = view.tagOf(element);
  const logical = view.attributesOf(element);
  const props = SNAPSHOT_ATTRIBUTES.filter((name) => name in logical)
    .map((name) => `\n${indent}  ${name}=${printValue(logical[name])}`)
    .join('');
  const children = Array.from((view.builtinOf(element)?.content ?? element).childNodes)
    .map((child) => wxmlNode(view, child, `${indent}  `))
    .filter((s) => s !== '');
  const open = props === '' ? `${indent}<${tag}` : `${indent}<${tag}${props}\n${indent}`;
  if (children.length === 0) return `${open}${props === '' ? ' ' : ''}/>`;
  return `${open}>\n${children.join('\n')}\n${indent}</${tag}>`;
}

/** The current page's tree in WXML snapshot style (the page's own nodes, without its root). */
export function toWxml(view: View): string {
  const page = view.currentPage;
  if (page === undefined) return '';
  return Array.from(page.root.childNodes)
    .map((child) => wxmlNode(view, child, ''))
    .filter((s) => s !== '')
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlNode(node: Node, indent: string): string {
  if (node.nodeType === 3) {
    const text = (node as Text).data;
    return text.trim() === '' ? '' : indent + escapeHtml(text.trim());
  }
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.localName;
  const attrs = Array.from(element.attributes)
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeHtml(a.value).replace(/"/g, '&quot;')}"`))
    .join('');
  const children = Array.from(element.childNodes)
    .map((child) => htmlNode(child, `${indent}  `))
    .filter((s) => s !== '');
  if (children.length === 0) return `${indent}<${tag}${attrs}></${tag}>`;
  if (children.length === 1 && element.childNodes.length === 1 && element.firstChild!.nodeType === 3) {
    return `${indent}<${tag}${attrs}>${children[0].trim()}</${tag}>`;
  }
  return `${indent}<${tag}${attrs}>\n${children.join('\n')}\n${indent}</${tag}>`;
}

/**
 * The current page's DOM as indented HTML, its root element included, then the UI shown above it.
 * With the chrome: the navigation bar before the page and the tab bar after it, when they are shown.
 */
export function toHtml(view: View, chrome?: Chrome): string {
  const page = view.currentPage;
  const parts = page === undefined ? [] : [page.root];
  if (chrome !== undefined) {
    if (!(chrome.navigationBar as HTMLElement).hidden) parts.unshift(chrome.navigationBar);
    if (chrome.tabBar !== null && !(chrome.tabBar as HTMLElement).hidden) parts.push(chrome.tabBar);
  }
  if (!view.ui.empty) parts.push(view.ui.root);
  return parts.map((node) => htmlNode(node, '')).join('\n');
}
