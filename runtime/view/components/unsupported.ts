// Components this host cannot provide (a camera, a map, live streams, ads, a web view, …): the
// element shows a clearly marked box saying so, and keeps its children out of sight.
import { Builtin, type ComponentHost } from './builtin.js';

export const UNSUPPORTED_CSS = [
  'wx-unsupported-box{display:flex;align-items:center;justify-content:center;box-sizing:border-box;width:100%;height:100%;min-height:48px;padding:8px;border:1px dashed #c0c0c0;background:repeating-linear-gradient(45deg,#f7f7f7,#f7f7f7 8px,#efefef 8px,#efefef 16px);color:#888;font:13px/1.4 sans-serif;text-align:center}',
].join('');

/** Tags of the components that are not available here. */
export const UNSUPPORTED = [
  'camera', 'map', 'live-player', 'live-pusher', 'audio', 'ad', 'ad-custom', 'official-account', 'web-view', 'editor', 'editor-portal', 'voip-room', 'channel-live', 'channel-video', 'store-home', 'store-product', 'open-container',
  'functional-page-navigator', 'open-data', 'page-container', 'keyboard-accessory', 'selection',
];

export const UNSUPPORTED_ELEMENT_CSS = `${UNSUPPORTED.map((t) => `wx-${t}`).join(',')}{display:block;position:relative;overflow:hidden}${UNSUPPORTED.map((t) => `wx-${t}>:not(wx-unsupported-box)`).join(',')}{display:none!important}`;

/** Puts the box saying that `element`'s component (or this `kind` of it) is not supported here into it. */
export function addUnsupportedBox(element: HTMLElement, kind = `<${element.localName.slice(3)}>`): HTMLElement {
  const box = element.ownerDocument.createElement('wx-unsupported-box');
  box.setAttribute('role', 'note');
  box.textContent = `${kind} is not supported here`;
  element.appendChild(box);
  return box;
}

export class UnsupportedComponent extends Builtin {
  constructor(element: HTMLElement, host: ComponentHost) {
    super(element, host);
    addUnsupportedBox(element);
  }
}
