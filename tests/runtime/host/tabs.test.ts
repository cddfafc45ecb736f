// A tab bar app: the chrome the render layer draws (navigation bar, tab bar), switchTab with tab
// pages that live on, EventChannel between two pages, page events, sharing, no theme without darkmode, a launch
// page that does not exist.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

const log = () => t.logs.map((l) => l.text);
const q = (selector: string) => t.window.document.querySelector(selector) as HTMLElement | null;
const tabs = () => Array.from(t.window.document.querySelectorAll('miniapp-tab')).map((e) => `${e.textContent}${e.classList.contains('selected') ? '*' : ''}`);

describe('a tab bar app', () => {
  it('draws the navigation bar and tab bar from app.json; a tab tap switches pages and runs onTabItemTap', async () => {
    t = await startApp(fixture('tabs'));
    expect(q('miniapp-navbar-title')?.textContent).toBe('Shop');
    expect(q('miniapp-navbar-back')).toBeNull();
    expect(tabs()).toEqual(['Home*', 'Cart']);
    expect(q('miniapp-tab[data-index="0"] miniapp-tab-icon')?.style.backgroundImage).toContain('images/home-on.png');
    (q('miniapp-tab[data-index="1"]') as HTMLElement).click();
    await t.app.settled();
    expect(t.app.pages).toEqual(['pages/cart/cart']);
    expect(tabs()).toEqual(['Home', 'Cart*']);
    (q('miniapp-tab[data-index="0"]') as HTMLElement).click();
    await t.app.settled();
    // Home was hidden, not closed: it shows again without loading again.
    expect(log()).toEqual([
      'app launch pages/home/home',
      // A listener added in onLaunch hears the launch's show too.
      'wx.onAppShow pages/home/home',
      'home onLoad',
      'home onShow',
      'home onHide',
      'cart onLoad',
      'cart onShow',
      'cart onTabItemTap 1',
      'cart onHide',
      'home onShow',
      'home onTabItemTap 0 pages/home/home Home',
    ]);
    expect(t.window.document.querySelectorAll('page')).toHaveLength(2);
  });

  it('navigateTo gives the two pages an EventChannel; the chrome shows a back button and no tab bar there', async () => {
    t = await startApp(fixture('tabs'));
    await t.tap('#open');
    expect(t.text('#greeting')).toBe('hi from home');
    expect(q('miniapp-navbar-back')).not.toBeNull();
    expect(q('miniapp-tabbar')?.hidden).toBe(true);
    await t.tap('#reply');
    (q('miniapp-navbar-back') as HTMLElement).click();
    await t.app.settled();
    expect(t.app.pages).toEqual(['pages/home/home']);
    expect(t.text('#from-detail')).toBe('hello from detail');
    expect(q('miniapp-tabbar')?.hidden).toBe(false);
  });

  it('switchTab closes the pages above the tabs; the rules of tabs fail as WeChat fails them', async () => {
    t = await startApp(fixture('tabs'));
    await t.tap('#bad-navigate');
    expect(t.text('#out')).toBe('navigateTo:fail can not navigateTo a tabbar page');
    await t.tap('#open');
    await t.tap('#bad-switch');
    expect(t.text('#out')).toBe('switchTab:fail can not switch to no-tabBar page');
    await t.tap('#badge');
    expect(t.text('#out')).toBe('setTabBarBadge:fail not TabBar page');
    await t.tap('#to-cart');
    expect(t.app.pages).toEqual(['pages/cart/cart']);
    expect(log().slice(log().indexOf('home onShow') + 1)).toEqual(['home onHide', 'detail onLoad {"id":"7"}', 'detail onUnload', 'cart onLoad', 'cart onShow']);
  });

  it('serves the page APIs: title, badge, pull-down refresh, scrolling', async () => {
    t = await startApp(fixture('tabs'));
    await t.tap('#title');
    expect(q('miniapp-navbar-title')?.textContent).toBe('Today');
    await t.tap('#badge');
    expect(q('miniapp-tab[data-index="1"] miniapp-tab-badge')?.textContent).toBe('3');
    await t.tap('#refresh');
    expect(log()).toContain('home onPullDownRefresh');
    expect(q('miniapp-refresh')?.classList.contains('active')).toBe(false);
    await t.tap('#scroll');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await t.app.settled();
    expect(log()).toContain('home onPageScroll 250');
  });

  it('a resize reaches the page and what the system information APIs report', async () => {
    t = await startApp(fixture('tabs'));
    t.app.resize({ screenWidth: 414, screenHeight: 896 });
    await t.app.settled();
    expect(log().at(-1)).toBe('home onResize 414 (wx says 414)');
  });

  it('shares what onShareAppMessage gives; passes the app coming back to its listeners, and no theme to an app without darkmode', async () => {
    t = await startApp(fixture('tabs'));
    expect(await t.app.share()).toEqual({ title: 'Come shopping', path: '/pages/home/home?ref=share' });
    // As in WeChat, App.onThemeChange runs only for an app with app.json's "darkmode" (tests/runtime/host/theme.test.ts).
    t.app.setTheme('dark');
    t.app.hide();
    t.app.show();
    await t.app.settled();
    expect(log().slice(log().indexOf('home onShow') + 1)).toEqual(['home onHide', 'wx.onAppShow pages/home/home', 'home onShow']);
    expect(t.app.theme).toBe('light');
  });

  it('a launch page the app does not have goes to App.onPageNotFound, which redirects', async () => {
    t = await startApp(fixture('tabs'), { launch: { path: 'pages/gone/gone' } });
    expect(log()).toEqual(['app launch pages/gone/gone', 'wx.onAppShow pages/gone/gone', 'not found pages/gone/gone true', 'detail onLoad {"from":"notfound"}']);
    expect(t.app.pages).toEqual(['pages/detail/detail']);
    expect(t.errors).toEqual([]);
  });
});
