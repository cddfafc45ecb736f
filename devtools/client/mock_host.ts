// The host the simulator lends the app: storage and the user's answers in the page's localStorage
// (kept across reloads), and the user's side of consent prompts, privacy terms and payments asked
// in a sheet drawn over the simulated screen. Login, payment, location and the mini-program's own
// server are the bridge's mocks, standing in for services that are not on this machine.
import type { HostOptions } from '../../runtime/host/services.js';
import { MockLocationProvider } from '../../bridge/mocks/location.js';
import { MockLoginProvider } from '../../bridge/mocks/login.js';
import { MockMerchantServer } from '../../bridge/mocks/merchant.js';
import { MockPaymentProvider } from '../../bridge/mocks/payment.js';
import { WebPermissionStore } from '../../bridge/permissions/store.js';
import { WebStorage, type StorageArea, type StorageBackend } from '../../bridge/storage/area.js';
import { h } from './dom.js';

/**
 * The app's storage, opened once per app id and user and shared by the app and the Storage
 * panel, so an edit in the panel is what the app reads next.
 */
export class DevtoolsStorage implements StorageBackend {
  private readonly areas = new Map<string, StorageArea>();
  private readonly backend = new WebStorage(localStorage, 'miniapp-devtools');

  open(appId: string, user: string): StorageArea {
    const key = `${appId}\n${user}`;
    let area = this.areas.get(key);
    if (area === undefined) this.areas.set(key, (area = this.backend.open(appId, user)));
    return area;
  }
}

/** Questions to the user, one at a time, as a sheet over the simulated screen. */
export class UserSheet {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly layer: HTMLElement) {}

  /** Asks; resolves true for the first choice. */
  ask(title: string, detail: string, yes: string, no: string): Promise<boolean> {
    const next = this.queue.then(
      () =>
        new Promise<boolean>((resolve) => {
          const answer = (value: boolean) => {
            sheet.remove();
            this.layer.hidden = this.layer.childElementCount === 0;
            resolve(value);
          };
          const sheet = h(
            'div',
            { class: 'user-sheet', role: 'dialog', 'aria-label': title },
            h('div', { class: 'user-sheet-title' }, title),
            detail === '' ? null : h('div', { class: 'user-sheet-detail' }, detail),
            h('div', { class: 'user-sheet-actions' }, h('button', { class: 'deny', onclick: () => answer(false) }, no), h('button', { class: 'allow', onclick: () => answer(true) }, yes)),
          );
          this.layer.append(sheet);
          this.layer.hidden = false;
        }),
    );
    this.queue = next;
    return next;
  }
}

/** Host options for the simulator. */
export function devtoolsHost(storage: DevtoolsStorage, sheet: UserSheet): HostOptions {
  const login = new MockLoginProvider();
  const payment = new MockPaymentProvider();
  // The mini-program's own server (sign-in, orders to pay), reached with wx.request at its origin.
  const merchant = new MockMerchantServer(login, payment);
  return {
    storage,
    permissions: new WebPermissionStore(localStorage, 'miniapp-devtools'),
    prompt: (request) => sheet.ask(`Allow ${request.scope}?`, `${request.api} asks${request.desc ? `: ${request.desc}` : ''}`, 'Allow', 'Deny'),
    privacyPrompt: (request) => sheet.ask('Privacy terms', `${request.api} needs the user to agree to ${request.contractName}`, 'Agree', 'Refuse'),
    payment: {
      provider: payment,
      confirm: (request) => sheet.ask(`Pay ¥${(request.amount / 100).toFixed(2)}`, request.description, 'Pay', 'Cancel'),
    },
    request: merchant.requestOptions(),
    handlers: { ...login.handlers(), ...new MockLocationProvider().handlers() },
  };
}
