// What the render layer's built-in components ask of the host, served through the bridge: a
// `<navigator>` tap is a navigation API call (the same checks as wx.navigateTo), a `<button
// open-type>` tap is the host's open capability (its answer becomes the button's event).
import type { Bridge, CallHooks } from '../../bridge/bridge.js';
import type { PrivacyClass } from '../../bridge/catalogue/index.js';
import type { ApiAnswer, JsonObject } from '../../bridge/protocol.js';
import type { ViewServices } from '../view/components/builtin.js';

/** Runs a call the view started, with the hooks of the app it belongs to. */
export type ViewCall = (run: (hooks: CallHooks) => Promise<ApiAnswer>) => Promise<ApiAnswer>;

/** The open capabilities a host may serve with a handler of the same name, and their privacy class. */
const CAPABILITIES: Record<string, PrivacyClass | undefined> = {
  getPhoneNumber: 'phone',
  getRealtimePhoneNumber: 'phone',
  chooseAvatar: 'photo',
  contact: undefined,
  launchApp: undefined,
  feedback: undefined,
};

/** What `getUserInfo` gives since WeChat stopped handing out profiles: an anonymous user. */
const ANONYMOUS_USER = { nickName: '微信用户', avatarUrl: '', gender: 0, country: '', province: '', city: '', language: '' };

export interface ViewServiceOptions {
  bridge: Bridge;
  call: ViewCall;
  /** Ids of the `agreePrivacyAuthorization` buttons the user tapped (a privacy `resolve` must name one). */
  agreeButtons: Set<string>;
  /** A navigation the view asked for failed. */
  warn(text: string): void;
}

export function viewServices({ bridge, call, agreeButtons, warn }: ViewServiceOptions): ViewServices {
  return {
    async navigate(api, args) {
      const answer = await call((hooks) => bridge.invoke(api, args, false, hooks));
      if (!answer.ok) warn(`<navigator>: ${answer.res.errMsg}`);
      return { errMsg: answer.res.errMsg };
    },
    async openType(type, args): Promise<JsonObject> {
      switch (type) {
        case 'openSetting':
          return (await call((hooks) => bridge.invoke('openSetting', {}, false, hooks))).res;
        case 'agreePrivacyAuthorization': {
          await bridge.agreePrivacy();
          if (typeof args.buttonId === 'string') agreeButtons.add(args.buttonId);
          return { errMsg: 'agreePrivacyAuthorization:ok' };
        }
        case 'getUserInfo': {
          const userInfo = { ...ANONYMOUS_USER, language: typeof args.lang === 'string' ? args.lang : 'en' };
          return { userInfo, rawData: JSON.stringify(userInfo), errMsg: 'getUserInfo:ok' };
        }
        default:
          if (!(type in CAPABILITIES)) return { errMsg: `${type}:fail not supported` };
          return (await call((hooks) => bridge.capability(type, args, CAPABILITIES[type], hooks))).res;
      }
    },
  };
}
