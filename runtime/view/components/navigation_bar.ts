// `<navigation-bar>` (the first child of `<page-meta>`): sets the bar the host draws above its page
// — `title`, `front-color` (#ffffff or #000000), `background-color` and `loading` — as
// wx.setNavigationBarTitle and wx.setNavigationBarColor do, whenever its properties change. Only
// what it is given is set; it draws nothing itself.
import { Builtin, bool, str, type NavigationBarState } from './builtin.js';

const FRONT_COLORS = new Set(['#ffffff', '#000000']);

export class NavigationBarComponent extends Builtin {
  override update(): void {
    const page = this.element.closest('page');
    if (page === null || this.host.services.navigationBar === undefined) return;
    const bar: NavigationBarState = {};
    const title = this.prop('title');
    if (title !== undefined && title !== null) bar.title = str(title);
    const front = str(this.prop('front-color')).toLowerCase();
    if (FRONT_COLORS.has(front)) bar.frontColor = front;
    const background = str(this.prop('background-color'));
    if (background !== '') bar.backgroundColor = background;
    const loading = this.prop('loading');
    if (loading !== undefined) bar.loading = bool(loading);
    this.host.services.navigationBar(page, bar);
  }
}
