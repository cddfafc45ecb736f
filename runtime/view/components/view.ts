// `<view>`: a block container; while pressed it shows `hover-class` (none by default).
import { Builtin, hoverSpec, type HoverSpec } from './builtin.js';

export const VIEW_CSS = 'wx-view{display:block}';

export class ViewComponent extends Builtin {
  override hover(): HoverSpec {
    return hoverSpec(this, { className: 'none', startTime: 50, stayTime: 400 });
  }
}
