// Skyline's layout built-ins, drawn as WebView draws them (WeChat gives them WebView fallbacks):
// their children shown in ordinary boxes. `list-view`, `sticky-section`, `share-element`,
// `snapshot`, `draggable-sheet` and the nested-scroll parts are blocks; `sticky-header` sticks to
// the top of what scrolls; `grid-view` is a CSS grid of `cross-axis-count` columns (2) with
// `main-axis-gap`/`cross-axis-gap` between them and `padding` [top, right, bottom, left] around
// (a `masonry` grid is drawn aligned). What Skyline adds (rendering only what is on screen, the
// worklet-driven behaviour) is not there.
import { Builtin, length, num } from './builtin.js';

/** The tags drawn here as blocks holding their children. */
export const SKYLINE_BLOCKS = ['list-view', 'sticky-section', 'share-element', 'snapshot', 'draggable-sheet', 'nested-scroll-header', 'nested-scroll-body'];

export const SKYLINE_CSS = [
  `${SKYLINE_BLOCKS.map((t) => `wx-${t}`).join(',')}{display:block}`,
  'wx-sticky-header{display:block;position:sticky;top:0;z-index:1}',
  'wx-grid-view{display:grid;grid-template-columns:repeat(2,minmax(0,1fr))}',
].join('');

export class GridViewComponent extends Builtin {
  override update(): void {
    const style = this.element.style;
    const columns = Math.max(1, Math.floor(num(this.prop('cross-axis-count'), 2)));
    const sw = this.host.screenWidth;
    style.gridTemplateColumns = `repeat(${columns},minmax(0,1fr))`;
    style.rowGap = `${length(this.prop('main-axis-gap'), 0, sw)}px`;
    style.columnGap = `${length(this.prop('cross-axis-gap'), 0, sw)}px`;
    const padding = this.prop('padding');
    if (Array.isArray(padding) && padding.length === 4) style.padding = padding.map((p) => `${length(p, 0, sw)}px`).join(' ');
  }
}
