// `<navigator>`: a tap opens `url` the way its `open-type` says (navigate, redirect, switchTab,
// reLaunch, navigateBack with `delta`, exit), through the host's navigation: the same checks as
// wx.navigateTo and the others. `hover-class` is `navigator-hover` by default. `target="miniProgram"`
// (opening another mini-program) is not available here.
import type { JsonObject } from '../../../bridge/protocol.js';
import { Builtin, hoverSpec, num, str, type HoverSpec } from './builtin.js';

export const NAVIGATOR_CSS = 'wx-navigator{display:block;height:auto;width:auto;cursor:pointer}.navigator-hover{background-color:rgba(0,0,0,.1);opacity:.7}';

const APIS: Record<string, string> = {
  navigate: 'navigateTo',
  redirect: 'redirectTo',
  switchTab: 'switchTab',
  reLaunch: 'reLaunch',
  navigateBack: 'navigateBack',
  exit: 'exitMiniProgram',
};

export class NavigatorComponent extends Builtin {
  override hover(): HoverSpec {
    return hoverSpec(this, { className: 'navigator-hover', startTime: 50, stayTime: 600 });
  }

  override activate(): boolean {
    if (str(this.prop('target'), 'self') === 'miniProgram') {
      this.emit('fail', { errMsg: 'navigateToMiniProgram:fail not supported' });
      this.emit('complete', { errMsg: 'navigateToMiniProgram:fail not supported' });
      return true;
    }
    const api = APIS[str(this.prop('open-type'), 'navigate')] ?? 'navigateTo';
    const args: JsonObject = api === 'navigateBack' ? { delta: num(this.prop('delta'), 1) } : { url: str(this.prop('url')) };
    void this.host.services.navigate(api, args);
    return true;
  }
}
