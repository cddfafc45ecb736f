// What a host lends a mini-program: storage, permissions and their prompts, providers for login,
// payment and location, network access, its own extension APIs. `hostServices` turns the host's
// options into the bridge that serves one app.
import { Bridge, type ExtensionApi } from '../../bridge/bridge.js';
import type { ApiHandler } from '../../bridge/handler.js';
import { authHandlers } from '../../bridge/handlers/auth.js';
import { deviceHandlers, type DeviceOptions } from '../../bridge/handlers/device.js';
import { paymentHandler, type PaymentConfirm, type PaymentProvider } from '../../bridge/handlers/payment.js';
import { requestHandler, type RequestOptions } from '../../bridge/handlers/request.js';
import { storageHandlers } from '../../bridge/handlers/storage.js';
import { systemHandlers, type SystemInfoOptions } from '../../bridge/handlers/system.js';
import type { Device } from './devices.js';
import { PermissionEngine, type ConsentPrompt, type PrivacyPrompt, type SettingsPage } from '../../bridge/permissions/engine.js';
import { MemoryPermissionStore, type PermissionStore } from '../../bridge/permissions/store.js';
import { MemoryStorage, type StorageBackend } from '../../bridge/storage/area.js';
import type { Manifest } from '../../spec/bundle.js';

/** The host's services. Everything is optional: what is missing is refused, never faked. */
export interface HostOptions {
  /** The app id (storage and permissions are kept under it); the manifest's `appid` by default. */
  appId?: string;
  /** The user the app runs for (storage and answers are per user); `default` by default. */
  user?: string;
  /** Where storage is kept; in memory by default. */
  storage?: StorageBackend;
  /** Where the user's answers are kept; in memory by default. */
  permissions?: PermissionStore;
  /** Asks the user for a scope. Without it every scope is denied. */
  prompt?: ConsentPrompt;
  /** Asks the user to agree to the privacy terms. Without it they are not agreed. */
  privacyPrompt?: PrivacyPrompt;
  /** The settings page of wx.openSetting. Without it the settings stay as they are. */
  settings?: SettingsPage;
  /** `getPrivacySetting`'s `privacyContractName`. */
  privacyContractName?: string;
  /** Handlers by API name: login, checkSession, getLocation, chooseLocation, … (they replace the defaults). */
  handlers?: Record<string, ApiHandler>;
  /** The host's own APIs, added to `wx`. */
  extensions?: ExtensionApi[];
  /** wx.request: the allowed domains. Without it wx.request is not served. */
  request?: RequestOptions;
  /** wx.requestPayment: the payment provider and the user's confirmation. Without it payments are not served. */
  payment?: { provider: PaymentProvider; confirm: PaymentConfirm };
  /** What the system information APIs tell beyond the device (language, versions, theme, network); may override the device's fields too. */
  system?: Partial<SystemInfoOptions>;
  /** Phone calls, the scanner, vibration. */
  device?: DeviceOptions;
}

/** The clipboard of hosts that bring none: shared by the apps of this process. */
const processClipboard = { text: '' };

/**
 * The bridge serving one app, from the host's options. `appHandlers` are the app's own (the UI its
 * view draws, its navigation); the host's `handlers` may replace them.
 */
export function hostServices(host: HostOptions, manifest: Manifest, appHandlers: Record<string, ApiHandler>, device: Device): Bridge {
  const appId = host.appId ?? manifest.appid;
  const user = host.user ?? 'default';
  const engine = new PermissionEngine({
    appId,
    user,
    store: host.permissions ?? new MemoryPermissionStore(),
    declarations: { permission: manifest.permission, requiredPrivateInfos: manifest.requiredPrivateInfos },
    prompt: host.prompt,
    privacyPrompt: host.privacyPrompt,
    settings: host.settings,
    contractName: host.privacyContractName,
  });
  const storage = host.storage ?? new MemoryStorage();
  const extensionScopes = (host.extensions ?? []).flatMap((e) => (e.scope === undefined ? [] : [e.scope]));
  const handlers: Record<string, ApiHandler> = {
    ...authHandlers(engine, extensionScopes),
    ...storageHandlers(async () => storage.open(appId, user)),
    // The device object stays the app's: a resize changes what these report.
    ...systemHandlers(Object.assign(device, host.system), appId),
    ...appHandlers,
    ...deviceHandlers(host.device ?? {}, processClipboard),
  };
  if (host.request !== undefined) handlers.request = requestHandler(host.request);
  if (host.payment !== undefined) handlers.requestPayment = paymentHandler(host.payment.provider, host.payment.confirm);
  Object.assign(handlers, host.handlers);
  return new Bridge({ appId, user, permissions: engine, handlers, extensions: host.extensions });
}
