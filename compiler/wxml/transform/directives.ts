// The wx: directives, and reading them off an element.
import type { WxmlAttribute, WxmlElement } from '../parse.js';

export const DIRECTIVES = new Set(['wx:if', 'wx:elif', 'wx:else', 'wx:for', 'wx:for-items', 'wx:for-item', 'wx:for-index', 'wx:key']);

export function directive(element: WxmlElement, name: string): WxmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name);
}

/** A copy of the element without the named attributes. */
export function without(element: WxmlElement, names: string[]): WxmlElement {
  return { ...element, attributes: element.attributes.filter((a) => !names.includes(a.name)) };
}
