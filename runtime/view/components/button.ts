// `<button>`: `size` (default, mini), `type` (default, primary, warn), `plain`, `disabled`,
// `loading` (a spinner before the label), `form-type` (submits or resets the enclosing `<form>`),
// `open-type` (the host's open capabilities: openSetting, getPhoneNumber, agreePrivacyAuthorization,
// …, each answered by an event of the button), and `hover-class` (`button-hover` by default).
// A disabled or loading button still gets taps (as in WeChat) but does nothing with them.
import type { JsonObject } from '../../../bridge/protocol.js';
import { bool, Builtin, hoverSpec, str, type HoverSpec } from './builtin.js';
import type { FormComponent } from './form.js';

export const BUTTON_CSS = [
  'wx-button{position:relative;display:block;box-sizing:border-box;width:184px;margin:0 auto;padding:8px 24px;font-size:17px;font-weight:700;line-height:1.41176471;text-align:center;text-decoration:none;border-radius:8px;overflow:hidden;color:#06ae56;background-color:#f2f2f2;cursor:pointer;-webkit-tap-highlight-color:transparent;user-select:none}',
  'wx-button[type=primary]{color:#fff;background-color:#07c160}',
  'wx-button[type=warn]{color:#fa5151;background-color:#f2f2f2}',
  'wx-button[size=mini]{display:inline-block;width:auto;padding:0 .75em;font-size:16px;line-height:2;vertical-align:middle}',
  'wx-button[plain]{color:#353535;background-color:transparent;border:1px solid #353535}',
  'wx-button[plain][type=primary]{color:#07c160;border-color:#07c160}',
  'wx-button[plain][type=warn]{color:#fa5151;border-color:#fa5151}',
  'wx-button[disabled]{color:rgba(0,0,0,.18);background-color:#f2f2f2;cursor:default}',
  'wx-button[disabled][plain]{background-color:transparent;border-color:rgba(0,0,0,.18)}',
  'wx-button.button-hover{background-color:#dedede}',
  'wx-button[type=primary].button-hover{background-color:#06ad56}',
  'wx-button[plain].button-hover{background-color:rgba(0,0,0,.1)}',
  'wx-button-loading{display:inline-block;width:1em;height:1em;margin:-.2em .34em 0 0;vertical-align:middle;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;box-sizing:border-box;animation:wx-spin 1s linear infinite}',
  '@keyframes wx-spin{to{transform:rotate(360deg)}}',
].join('');

/** Open capabilities the host serves; `share` is the page's own (onShareAppMessage). */
const EVENTS: Record<string, string> = {
  getPhoneNumber: 'getphonenumber',
  getRealtimePhoneNumber: 'getrealtimephonenumber',
  getUserInfo: 'getuserinfo',
  openSetting: 'opensetting',
  chooseAvatar: 'chooseavatar',
  agreePrivacyAuthorization: 'agreeprivacyauthorization',
  contact: 'contact',
  launchApp: 'launchapp',
  feedback: '',
};

export class ButtonComponent extends Builtin {
  private spinner: HTMLElement | null = null;

  override update(): void {
    const loading = bool(this.prop('loading'));
    if (loading && this.spinner === null) this.spinner = this.make('wx-button-loading', '', this.element, this.element.firstChild);
    else if (!loading && this.spinner !== null) {
      this.spinner.remove();
      this.spinner = null;
    }
  }

  override hover(): HoverSpec | null {
    if (bool(this.prop('disabled'))) return null;
    return hoverSpec(this, { className: 'button-hover', startTime: 20, stayTime: 70 });
  }

  override activate(): boolean {
    if (bool(this.prop('disabled')) || bool(this.prop('loading'))) return true;
    const formType = str(this.prop('form-type'));
    if (formType === 'submit' || formType === 'reset') {
      const form = this.enclosingForm();
      if (formType === 'submit') form?.submit(this.element);
      else form?.reset();
    }
    for (const type of str(this.prop('open-type')).split('|')) if (type in EVENTS) void this.open(type);
    return true;
  }

  private enclosingForm(): FormComponent | undefined {
    for (let n = this.element.parentElement; n !== null; n = n.parentElement) {
      if (n.localName === 'wx-form') return this.host.builtinOf(n) as FormComponent | undefined;
    }
    return undefined;
  }

  /** Asks the host for an open capability; the answer is the button's event. */
  private async open(type: string): Promise<void> {
    const args: JsonObject = { lang: str(this.prop('lang'), 'en') };
    const id = this.element.getAttribute('id');
    if (id !== null) args.buttonId = id;
    const detail = await this.host.services.openType(type, args);
    const failed = typeof detail.errMsg === 'string' && detail.errMsg.includes(':fail');
    // launchApp and chooseAvatar report a failure with the button's `error` event.
    if (failed && (type === 'launchApp' || type === 'chooseAvatar')) this.emit('error', detail);
    else if (EVENTS[type] !== '') this.emit(EVENTS[type], detail);
  }
}
