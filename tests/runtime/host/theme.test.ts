// Dark mode as WeChat does it, on an app with `darkmode` and a theme.json: the host's theme at
// start and its changes reach the system information APIs, App.onThemeChange and wx.onThemeChange,
// the navigation and tab bars (theme.json's values) and the view's prefers-color-scheme rules.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

const log = () => t.logs.map((l) => l.text);
const q = (selector: string) => t.window.document.querySelector(selector) as unknown as HTMLElement;
const color = (element: Element, property: string) => t.window.getComputedStyle(element as never).getPropertyValue(property);
const bars = () => ({
  navigationBar: [q('miniapp-navbar').style.background, q('miniapp-navbar').style.color],
  tabBar: q('miniapp-tabbar').style.background,
  tabs: [q('miniapp-tab[data-index="0"]').style.color, q('miniapp-tab[data-index="1"]').style.color],
  icon: q('miniapp-tab[data-index="0"] miniapp-tab-icon').style.backgroundImage,
});

describe('an app with darkmode', () => {
  it('starts in the host\'s theme: getSystemInfo, getAppBaseInfo, the bars from theme.json, the prefers-color-scheme rules', async () => {
    t = await startApp(fixture('theme'), { theme: 'dark' });
    expect(log()).toEqual(['launch theme dark dark']);
    expect(t.text('.card')).toBe('dark');
    expect(bars()).toEqual({ navigationBar: ['#191919', '#ffffff'], tabBar: '#1f1f1f', tabs: ['#51a937', '#ffffff'], icon: 'url("/images/home-on.png")' });
    expect(color(t.query('.card')!, 'color')).toBe('#eeeeee');
    expect(color(t.page(), 'background-color')).toBe('#1f1f1f');
    // The pull-down refresh's dots follow the page's backgroundTextStyle, "@refreshDots".
    expect(q('miniapp-refresh').style.color).toBe('#ffffff');
  });

  it('follows the host when it changes theme: the listeners get { theme }, the bars and styles redraw', async () => {
    t = await startApp(fixture('theme'));
    expect(log()).toEqual(['launch theme light light']);
    expect(bars()).toEqual({ navigationBar: ['#f6f6f6', '#000000'], tabBar: '#f7f7f7', tabs: ['#3cc51f', '#7a7e83'], icon: 'url("/images/home-on.png")' });
    expect(color(t.query('.card')!, 'color')).toBe('#111111');
    t.app.setTheme('dark');
    await t.app.settled();
    expect(log().slice(1)).toEqual(['App.onThemeChange {"theme":"dark"}', 'wx.onThemeChange dark']);
    // The page's own wx.onThemeChange listener set its data.
    expect(t.text('.card')).toBe('dark');
    expect(bars().navigationBar).toEqual(['#191919', '#ffffff']);
    expect(bars().tabs).toEqual(['#51a937', '#ffffff']);
    // The view's prefers-color-scheme rules follow the container's theme attribute. (happy-dom keeps
    // a descendant's computed style when a far ancestor's attribute changes: the styles themselves
    // are checked switching in Chromium, tests/devtools/theme.test.ts.)
    expect(t.window.document.body.getAttribute('data-miniapp-theme')).toBe('dark');
    await t.tap('#ask');
    expect(t.text('.card')).toBe('dark');
    // The other tab: a page's own @name, and the dark icon of the tab not selected.
    q('miniapp-tab[data-index="1"]').click();
    await t.app.settled();
    expect(q('miniapp-navbar').style.background).toBe('#222222');
    expect(q('miniapp-tab[data-index="0"] miniapp-tab-icon').style.backgroundImage).toBe('url("/images/home-dark.png")');
    t.app.setTheme('light');
    await t.app.settled();
    expect(q('miniapp-navbar').style.background).toBe('#eeeeee');
    expect(q('miniapp-tab[data-index="0"] miniapp-tab-icon').style.backgroundImage).toBe('url("/images/home.png")');
    expect(log().slice(3)).toEqual(['App.onThemeChange {"theme":"light"}', 'wx.onThemeChange light']);
  });
});
