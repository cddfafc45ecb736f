// The default host for Node: storage and the user's answers in a data directory, answers given
// ahead (`grant`/`deny`, as `miniapp run --grant`) before any prompt, and mock login, payment and
// location providers and a mock merchant server standing in for services that are not on this machine.
import type { PaymentConfirm } from '../../../bridge/handlers/payment.js';
import { MockLocationProvider } from '../../../bridge/mocks/location.js';
import { MockLoginProvider } from '../../../bridge/mocks/login.js';
import { MockMerchantServer } from '../../../bridge/mocks/merchant.js';
import { MockPaymentProvider } from '../../../bridge/mocks/payment.js';
import type { ConsentPrompt, PrivacyPrompt, SettingsPage } from '../../../bridge/permissions/engine.js';
import type { HostOptions } from '../services.js';
import { FilePermissionStore } from './file_permissions.js';
import { FileStorage } from './file_storage.js';

export interface NodeHostOptions extends Omit<HostOptions, 'storage' | 'permissions' | 'request' | 'payment'> {
  /** Where storage and answers are kept; the same directory on the next run sees the same data. */
  dataDir: string;
  /** Scopes granted without asking (and switched on by wx.openSetting); `privacy` agrees to the privacy terms. */
  grant?: string[];
  /** Scopes denied without asking; `privacy` disagrees with the privacy terms. */
  deny?: string[];
  /** wx.request's allowed domains (origins). */
  domains?: string[];
  /** Confirms a payment with the user; without it every payment is cancelled. */
  confirmPayment?: PaymentConfirm;
  login?: MockLoginProvider;
  payment?: MockPaymentProvider;
  location?: MockLocationProvider;
  /** The mini-program's own server (login sessions, orders to pay), reachable with wx.request at its origin; by default one on `login` and `payment`. */
  merchant?: MockMerchantServer;
}

/** Host options for Node: file-backed storage and answers, and mock providers. */
export function createNodeHost(options: NodeHostOptions): HostOptions {
  const { dataDir, grant = [], deny = [], domains, confirmPayment, login = new MockLoginProvider(), payment = new MockPaymentProvider(), location = new MockLocationProvider(), merchant = new MockMerchantServer(login, payment), ...rest } = options;
  const given = (scope: string): boolean | undefined => (grant.includes(scope) ? true : deny.includes(scope) ? false : undefined);
  const prompt: ConsentPrompt = (request) => given(request.scope) ?? options.prompt?.(request) ?? false;
  const privacyPrompt: PrivacyPrompt = (request) => given('privacy') ?? options.privacyPrompt?.(request) ?? false;
  // Without a settings page of its own, the user "switches" each asked scope to its answer given ahead.
  const settings: SettingsPage = ({ authSetting }) =>
    Object.fromEntries(Object.entries(authSetting).map(([scope, granted]) => [scope, given(scope) ?? granted]));
  return {
    ...rest,
    storage: new FileStorage(dataDir),
    permissions: new FilePermissionStore(dataDir),
    prompt,
    privacyPrompt,
    settings: rest.settings ?? settings,
    request: merchant.requestOptions(domains),
    payment: { provider: payment, confirm: confirmPayment ?? (() => false) },
    handlers: { ...login.handlers(), ...location.handlers(), ...rest.handlers },
  };
}
