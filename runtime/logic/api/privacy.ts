// wx.onNeedPrivacyAuthorization: when an API needs the user's privacy consent, the mini-program's
// listener shows its own popup and calls `resolve({ event: 'agree' | 'disagree' })`. Without a
// listener the host asks the user itself.
import { post } from '../host.js';
import { callUser } from '../report.js';

type Resolve = (result?: { event?: string; buttonId?: string }) => void;
type Listener = (resolve: Resolve, eventInfo: { referrer: string }) => void;

let listener: Listener | null = null;

/** `wx.onNeedPrivacyAuthorization(listener)`. */
export function onNeedPrivacyAuthorization(fn: unknown): void {
  if (typeof fn !== 'function') throw new TypeError('onNeedPrivacyAuthorization: the listener must be a function');
  listener = fn as Listener;
}

/** The host needs consent for call `id` to `api`. */
export function needPrivacy(id: number, api: string): void {
  if (listener === null) {
    post({ t: 'privacy', id, event: 'none' });
    return;
  }
  let answered = false;
  const resolve: Resolve = (result) => {
    const event = result?.event;
    // `exposureAuthorization` only reports that the popup was shown; the answer comes later.
    if (answered || (event !== 'agree' && event !== 'disagree')) return;
    if (event === 'disagree') {
      answered = true;
      post({ t: 'privacy', id, event });
      return;
    }
    // The host takes `agree` only after a tap on the agree button it names (so a refused one may be tried again).
    const buttonId = result?.buttonId;
    post(typeof buttonId === 'string' ? { t: 'privacy', id, event, buttonId } : { t: 'privacy', id, event });
  };
  callUser(listener, undefined, [resolve, { referrer: api }], undefined, 'onNeedPrivacyAuthorization listener');
}
