// The other APIs through the bridge: system information, the UI the view draws, the clipboard and
// device services, login and payment with the mock providers, the host's extension APIs, sync
// timeouts, requests through the domain allow-list, and show/hide.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiFail, MockLoginProvider, MockPaymentProvider } from '../../runtime/host/index.js';
import type { HostOptions } from '../../runtime/host/services.js';
import { fixture, startApp } from '../helpers/app.js';
import { appsOf, runCase, tapUi } from '../helpers/cases.js';

const start = appsOf(fixture('apis'), afterEach);

describe('system information', () => {
  it('answers from the host, with the app\'s screen width and app id', async () => {
    const t = await start({ screenWidth: 414 });
    expect(await runCase(t, 'system')).toEqual({ screenWidth: 414, windowWidth: 414, errMsg: false, menuRight: 407, appId: 'wxapitest0000001', SDKVersion: 'string', platform: 'string' });
    expect(await runCase(t, 'systemAsync')).toEqual(['getSystemInfo:ok', 414, 'wifi']);
  });

  it('tells the system\'s switches and what the system lets the host app use, as the host says', async () => {
    const t = await start();
    expect(await runCase(t, 'settings')).toEqual({
      system: { bluetoothEnabled: false, locationEnabled: true, wifiEnabled: true, deviceOrientation: 'portrait' },
      camera: 'authorized',
      location: 'authorized',
      album: 'authorized',
      reduced: false,
      keys: 11,
    });
    await t.close();
    const told = await start({
      screenWidth: 800,
      host: { system: { networkType: '4g', systemSetting: { bluetoothEnabled: true }, appAuthorize: { camera: 'denied', location: 'not determined', locationReducedAccuracy: true } } },
    });
    expect(await runCase(told, 'settings')).toEqual({
      system: { bluetoothEnabled: true, locationEnabled: true, wifiEnabled: false, deviceOrientation: 'landscape' },
      camera: 'denied',
      location: 'not determined',
      album: 'authorized',
      reduced: true,
      keys: 11,
    });
  });

  it('canIUse answers from the catalogue and what this host serves', async () => {
    const t = await start();
    // getLocation, request and login are in the catalogue but this host lends no provider for them.
    expect(await runCase(t, 'canIUse')).toEqual([false, false, false, true, false, true, true, true, false, false, false]);
    expect(await runCase(t, 'notServed')).toBe('request:fail not supported');
  });
});

describe('UI drawn by the render layer', () => {
  it('hideKeyboard takes the focus from the field, which sends its blur', async () => {
    const t = await start();
    const field = t.query('#field')!.querySelector('input')!;
    field.focus();
    expect(t.window.document.activeElement).toBe(field);
    expect(await runCase(t, 'hideKeyboard')).toEqual(['hideKeyboard:ok', 1]);
    expect(t.window.document.activeElement).not.toBe(field);
    // Without a focused field there is nothing to hide, and nothing fails.
    expect(await runCase(t, 'hideKeyboard')).toEqual(['hideKeyboard:ok', 1]);
  });

  it('a toast and a loading toast appear above the page, outside its tree', async () => {
    const t = await start();
    expect(await runCase(t, 'toast')).toBe('showToast:ok');
    const toast = t.window.document.querySelector('wx-ui wx-toast');
    expect(toast?.textContent).toContain('Saved');
    expect(t.page().contains(toast as unknown as Node)).toBe(false);
    expect(await runCase(t, 'hideToast')).toBe('hideToast:ok');
    expect(t.window.document.querySelector('wx-toast')).toBeNull();
    expect(await runCase(t, 'loading')).toBe('showLoading:ok');
    expect(t.window.document.querySelector('wx-toast.wx-toast--loading')?.textContent).toContain('Loading');
    expect(await runCase(t, 'hideLoading')).toBe('hidden');
    expect(t.window.document.querySelector('wx-toast')).toBeNull();
  });

  it('a modal waits for the user (the app is settled meanwhile) and answers what they tapped', async () => {
    const t = await start();
    await t.tap('#modal');
    expect(t.text('#out')).toBe('');
    const dialog = t.app.view.ui.root.querySelector('wx-modal-dialog');
    expect(dialog?.querySelector('wx-modal-title')?.textContent).toBe('Delete?');
    expect(dialog?.querySelector('wx-modal-content')?.textContent).toBe('This cannot be undone.');
    expect(dialog?.querySelector('.confirm')?.textContent).toBe('删除');
    await tapUi(t, '.confirm');
    expect(JSON.parse(t.text('#out'))).toEqual({ confirm: true, cancel: false, errMsg: 'showModal:ok' });
    expect(t.app.view.ui.empty).toBe(true);

    await t.tap('#modal');
    await tapUi(t, '.cancel');
    expect(JSON.parse(t.text('#out'))).toEqual({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
  });

  it('an editable modal answers the text typed', async () => {
    const t = await start();
    await t.tap('#editableModal');
    const input = t.app.view.ui.root.querySelector('input') as unknown as HTMLInputElement;
    expect(input.placeholder).toBe('your name');
    input.value = 'Mei';
    await tapUi(t, '.confirm');
    expect(JSON.parse(t.text('#out'))).toEqual({ confirm: true, cancel: false, content: 'Mei', errMsg: 'showModal:ok' });
  });

  it('an action sheet answers the tapped item, or fails with cancel', async () => {
    const t = await start();
    await t.tap('#actionSheet');
    expect(Array.from(t.app.view.ui.root.querySelectorAll('wx-action-sheet-item')).map((e) => e.textContent)).toEqual(['Camera', 'Album']);
    await tapUi(t, 'wx-action-sheet-item[data-index="1"]');
    expect(JSON.parse(t.text('#out'))).toEqual({ tapIndex: 1, errMsg: 'showActionSheet:ok' });
    await t.tap('#actionSheet');
    await tapUi(t, 'wx-action-sheet-cancel');
    expect(JSON.parse(t.text('#out'))).toBe('showActionSheet:fail cancel');
  });

  it('bad UI arguments fail before anything is drawn', async () => {
    const t = await start();
    expect(await runCase(t, 'badModal')).toBe('showModal:fail cancelText length should not larger than 4 Chinese characters');
    expect(await runCase(t, 'bigActionSheet')).toBe('showActionSheet:fail parameter error: itemList should not be large than 6');
    expect(t.app.view.ui.empty).toBe(true);
  });

  it('the view still refuses operations from the logic thread on its UI nodes', async () => {
    const t = await start();
    await runCase(t, 'toast');
    // The UI layer's nodes have no logic ids: no operation can name them.
    expect(() => t.app.view.apply([3, 9999, 'class', 'x'])).toThrow(/unknown node 9999/);
  });
});

describe('device services', () => {
  it('the clipboard needs privacy consent', async () => {
    const refused = await start();
    expect(await runCase(refused, 'clipboard')).toBe('setClipboardData:fail privacy permission is not authorized');
    const agreed = await start({ host: { privacyPrompt: () => true } });
    expect(await runCase(agreed, 'clipboard')).toBe('copied text');
  });

  it('vibration succeeds, for WeChat\'s lengths; a phone call goes to the host, which may refuse', async () => {
    const dialled: string[] = [];
    const vibrations: number[] = [];
    const t = await start({ host: { device: { makePhoneCall: (n) => (dialled.push(n), true), vibrate: (ms) => vibrations.push(ms) } } });
    expect(await runCase(t, 'device')).toEqual(['vibrateShort:ok', 'vibrateLong:ok', 'makePhoneCall:ok']);
    expect(dialled).toEqual(['10086']);
    expect(vibrations).toEqual([30, 400]);
    const none = await start();
    expect(await runCase(none, 'device')).toEqual(['vibrateShort:ok', 'vibrateLong:ok', 'makePhoneCall:fail cancel']);
  });
});

describe('login and payment', () => {
  it('login gives a one-time code the server side can exchange once', async () => {
    const login = new MockLoginProvider();
    const t = await start({ host: { handlers: login.handlers() } });
    expect(await runCase(t, 'checkSessionFirst')).toBe('checkSession:fail session time out');
    const [errMsg, code, session] = (await runCase(t, 'login')) as [string, string, string];
    expect(errMsg).toBe('login:ok');
    expect(session).toBe('checkSession:ok');
    expect(login.exchange('wxapitest0000001', code).openid).toBe('mock-openid-default');
    expect(() => login.exchange('wxapitest0000001', code)).toThrow('invalid code');
  });

  /** `confirm`: the user's answer, given after `thinking` ms (a real user takes a moment). */
  async function payingApp(confirm: boolean, thinking = 0) {
    const provider = new MockPaymentProvider();
    const confirmations: { amount: number; description: string }[] = [];
    const answer = (request: { appId: string; amount: number; description: string }) => {
      confirmations.push(request);
      return thinking === 0 ? confirm : new Promise<boolean>((resolve) => setTimeout(() => resolve(confirm), thinking));
    };
    const host: HostOptions = {
      payment: { provider, confirm: answer },
      // The merchant server, as an extension API: it creates the order and signs its parameters.
      extensions: [{ name: 'getOrder', params: { amount: { schema: { type: 'number' }, required: true } }, handler: async (args, context) => ({ order: { ...(await provider.createOrder(context.appId, args.amount as number, 'a coffee')) } }) }],
    };
    return { t: await start({ host }), provider, confirmations };
  }

  it('validates the order, asks the user, pays once', async () => {
    const { t, provider, confirmations } = await payingApp(true);
    expect(await runCase(t, 'pay')).toBe('requestPayment:ok');
    expect(confirmations).toEqual([{ appId: 'wxapitest0000001', amount: 990, description: 'a coffee' }]);
    expect(provider.paid('mock_prepay_1')).toBe(true);
    expect(await runCase(t, 'payTampered')).toBe('requestPayment:fail invalid paySign');
    expect(await runCase(t, 'payBadArgs')).toBe('requestPayment:fail parameter error: parameter.timeStamp should be String instead of Number;');
    expect(confirmations).toHaveLength(1);
  });

  it('a cancelled payment fails with cancel; a second payment while one runs is refused', async () => {
    // The second payment arrives while the user still looks at the first one.
    const { t } = await payingApp(false, 300);
    expect(await runCase(t, 'pay')).toBe('requestPayment:fail cancel');
    expect(await runCase(t, 'payTwice')).toEqual(['requestPayment:fail a payment is already in progress', 'requestPayment:fail cancel']);
  });
});

describe('extension APIs and sync calls', () => {
  it('a host adds sync and async APIs, with scopes of its own', async () => {
    const asked: string[] = [];
    const t = await start({
      host: {
        prompt: (request) => (asked.push(`${request.scope} for ${request.api}`), false),
        extensions: [
          { name: 'hostThemeSync', sync: true, handler: () => ({ theme: 'dark' }) },
          { name: 'openWallet', scope: 'scope.hostWallet', handler: () => ({}) },
        ],
      },
    });
    expect(await runCase(t, 'extensionSync')).toEqual([{ theme: 'dark' }, true]);
    expect(await runCase(t, 'wallet')).toBe('openWallet:fail auth deny');
    expect(await runCase(t, 'wallet')).toBe('openWallet:fail auth deny');
    expect(asked).toEqual(['scope.hostWallet for openWallet']);
  });

  it('a sync call the host does not answer in time fails cleanly; the app goes on', async () => {
    const t = await start({
      limits: { syncTimeoutMs: 200 },
      host: { extensions: [{ name: 'neverAnswersSync', sync: true, handler: () => new Promise(() => undefined) }] },
    });
    await runCase(t, 'storageAsync');
    expect(await runCase(t, 'slowSync')).toBe('neverAnswersSync:fail timeout');
    expect(await runCase(t, 'afterSlow')).toEqual({ text: 'hi', n: 1 });
    expect(t.errors).toEqual([]);
  });

  it('an extension may not take a built-in name', async () => {
    await expect(startApp(fixture('apis'), { host: { extensions: [{ name: 'setStorage', handler: () => undefined }] } })).rejects.toThrow('has the name of a built-in API');
  });

  it('a handler failing with ApiFail answers its reason', async () => {
    const t = await start({ host: { handlers: { getNetworkType: () => { throw new ApiFail('offline'); } } } });
    expect(await runCase(t, 'networkType')).toBe('getNetworkType:fail offline');
    expect(t.errors).toEqual([]);
  });
});

describe('wx.request', () => {
  let server: Server;
  let origin: string;
  let inFlight = 0;
  let maxInFlight = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.startsWith('/hello')) {
        res.setHeader('x-test', 'yes');
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ hello: 'world', query: req.url.slice('/hello'.length) }));
      } else if (req.url === '/echo') {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => res.end(JSON.stringify({ method: req.method, type: req.headers['content-type'], body: JSON.parse(body) })));
      } else {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          res.end('ok');
        }, 50);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const startWithServer = () => start({ launch: { query: { server: origin } }, host: { request: { domains: [origin] } } });

  it('reaches allowed domains, with the query and a JSON body', async () => {
    const t = await startWithServer();
    expect(await runCase(t, 'request')).toEqual(['request:ok', 200, { hello: 'world', query: '?x=1' }, 'yes']);
    expect(await runCase(t, 'requestPost')).toEqual({ method: 'POST', type: 'application/json', body: { name: 'mini' } });
  });

  it('refuses other domains before any request is made', async () => {
    const t = await startWithServer();
    expect(await runCase(t, 'requestDenied')).toBe('request:fail url not in domain list');
  });

  it('runs at most 10 requests at a time; the others wait their turn', async () => {
    const t = await startWithServer();
    expect(await runCase(t, 'requestBurst')).toBe(15);
    expect(maxInFlight).toBe(10);
  });
});

describe('show and hide', () => {
  it('hide and show run App and page hooks in WeChat\'s order', async () => {
    const t = await start();
    t.app.hide();
    t.app.show();
    expect(await runCase(t, 'hideShow')).toEqual(['app onShow', 'page onShow', 'page onHide', 'app onHide', 'app onShow', 'page onShow']);
  });
});
