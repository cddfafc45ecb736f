// The shop template end to end: tabs, a list of @vant/weapp cells, a detail page opened with an
// EventChannel, a cart in globalData shown by a TypeScript page, prices from an ES module, orders
// in a subpackage, the nearest tea house (a consent prompt), a delivery place, sign-in and payment at
// checkout through the shop's (mock) server. At each step: the page stack, the lifecycles in order, what is on screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHost, MockLoginProvider, MockMerchantServer, MockPaymentProvider } from '../../../runtime/host/index.js';
import { template, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
const dataDir = mkdtempSync(join(tmpdir(), 'miniapp-shop-'));
const login = new MockLoginProvider();
const payment = new MockPaymentProvider();
const merchant = new MockMerchantServer(login, payment);
/** The scopes the user was asked for, and the payments they were asked to confirm (answered with `pay`). */
const consents: string[] = [];
const confirmations: { appId: string; amount: number; description: string }[] = [];
let pay = false;
beforeAll(async () => {
  const host = createNodeHost({
    dataDir,
    login,
    payment,
    merchant,
    privacyPrompt: () => true,
    prompt: ({ scope }) => {
      consents.push(scope);
      return true;
    },
    confirmPayment: (request) => {
      confirmations.push(request);
      return pay;
    },
  });
  t = await startApp(template('shop'), { host });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const log = () => t.logs.map((l) => l.text);
const q = (selector: string) => t.window.document.querySelector(selector) as HTMLElement | null;
const tab = async (index: number) => {
  q(`miniapp-tab[data-index="${index}"]`)!.click();
  await t.app.settled();
};
let seen = 0;
/** The lifecycles since the last call. */
const since = () => {
  const all = log();
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh;
};

describe('the shop template', () => {
  it('launches on the shop tab with its products', () => {
    expect(t.app.pages).toEqual(['pages/home/home']);
    expect(since()).toEqual(['app onLaunch', 'home onLoad', 'home onShow']);
    expect(Array.from(t.page().querySelectorAll('.name')).map((e) => e.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Green tea hot', 'Oolong', 'Pu-erh hot']);
    expect(t.text('#product-2 .van-cell__value')).toBe('¥24.50');
    expect(t.text('#product-3 .van-cell__label')).toBe('sold out');
    expect(q('miniapp-navbar-title')?.textContent).toBe('Shop');
    expect(q('miniapp-tab.selected')?.textContent).toBe('Shop');
    expect(t.errors).toEqual([]);
  });

  it('switches to the empty cart and back; the shop page is shown again, not loaded again', async () => {
    await tab(1);
    expect(t.app.pages).toEqual(['pages/cart/cart']);
    expect(t.text('#empty')).toBe('The cart is empty');
    expect(t.text('#total')).toBe('Total ¥0.00');
    await tab(0);
    expect(t.app.pages).toEqual(['pages/home/home']);
    expect(since()).toEqual(['home onHide', 'cart onLoad', 'cart onShow', 'cart onHide', 'home onShow']);
  });

  it('opens a product through an EventChannel, adds it to the cart and comes back', async () => {
    await t.tap('#product-1 .van-cell');
    expect(t.app.pages).toEqual(['pages/home/home', 'pages/detail/detail']);
    expect(t.text('#name .van-cell__title')).toBe('Green tea');
    expect(t.text('#name .van-cell__value')).toBe('¥12.80');
    expect(q('miniapp-navbar-title')?.textContent).toBe('Green tea');
    expect(q('miniapp-navbar-back')).not.toBeNull();
    expect(q('miniapp-tabbar')?.hidden).toBe(true);
    await t.tap('#add .van-button');
    expect(t.app.pages).toEqual(['pages/home/home']);
    expect(t.text('#added')).toBe('Added Green tea');
    expect(since()).toEqual(['home onHide', 'detail onLoad 1', 'detail onUnload', 'home onShow']);
  });

  it('does not sell what is sold out', async () => {
    await t.tap('#product-3 .van-cell');
    expect(t.page().querySelector('#add .van-button')?.classList.contains('van-button--disabled')).toBe(true);
    await t.tap('#add .van-button');
    expect(t.app.pages).toEqual(['pages/home/home', 'pages/detail/detail']);
    t.app.navigateBack();
    await t.app.settled();
    expect(since()).toEqual(['home onHide', 'detail onLoad 3', 'detail onUnload', 'home onShow']);
  });

  it('finds the nearest tea house once the user lets it use the location', async () => {
    await t.tap('#nearest .van-cell');
    expect(consents).toEqual(['scope.userLocation']);
    // The mock location is by Tiananmen; Qianmen's tea house is about a kilometre south.
    expect(t.text('#nearest .van-cell__value')).toBe('Qianmen tea house, 1.0 km away');
    await t.tap('#nearest .van-cell');
    expect(consents).toEqual(['scope.userLocation']);
  });

  it('shows the cart, and chooses where to deliver on the map', async () => {
    await tab(1);
    expect(t.text('.van-cell__title')).toBe('Green tea × 1');
    expect(t.text('#total')).toBe('Total ¥12.80');
    expect(t.text('#deliver .van-cell__value')).toBe('Choose a place');
    await t.tap('#deliver .van-cell');
    expect(t.text('#deliver .van-cell__value')).toBe('Tiananmen Square');
  });

  it('a payment the user cancels leaves the cart as it was', async () => {
    pay = false;
    await t.tap('#checkout .van-button');
    expect(confirmations).toEqual([{ appId: 'wxshoptemplate01', amount: 1280, description: 'Tea, 1 item(s)' }]);
    expect(t.window.document.querySelector('wx-toast')?.textContent).toContain('Payment cancelled');
    expect(t.text('#total')).toBe('Total ¥12.80');
  });

  it('checks out: signs in, the shop\'s server creates the order, the user confirms and it is paid', async () => {
    pay = true;
    await t.tap('#checkout .van-button');
    expect(confirmations).toHaveLength(2);
    expect(confirmations[1]).toEqual({ appId: 'wxshoptemplate01', amount: 1280, description: 'Tea, 1 item(s)' });
    expect(t.window.document.querySelector('wx-toast')?.textContent).toContain('Order 1 paid');
    expect(t.text('#empty')).toBe('The cart is empty');
    expect(t.text('#total')).toBe('Total ¥0.00');
    // On the shop's server: the first order was left unpaid; the second, paid.
    expect(merchant.paid('mock_prepay_1')).toBe(false);
    expect(merchant.paid('mock_prepay_2')).toBe(true);
  });

  it('opens the paid order from the account subpackage', async () => {
    await t.tap('#orders .van-button');
    expect(t.app.pages).toEqual(['pages/cart/cart', 'account/pages/orders/orders']);
    expect(t.text('.van-cell__label')).toBe('to Tiananmen Square');
    expect(t.text('.van-cell__title').replace(t.text('.van-cell__label'), '')).toBe('Order 1');
    expect(t.text('.van-cell__value')).toBe('1 item(s)');
    expect(q('miniapp-navbar-title')?.textContent).toBe('My orders');
    expect(since()).toEqual(['home onHide', 'cart onShow', 'cart onHide', 'orders onLoad']);
    // The subpackage's code was evaluated when its page opened.
    expect(t.app.performanceEntries().some((e) => e.name === 'evaluateScript' && (e as { moduleName?: string }).moduleName === 'logic-1.js')).toBe(true);
    expect(t.errors).toEqual([]);
  });
});
