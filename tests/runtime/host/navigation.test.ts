// Navigation: wx.navigateTo / redirectTo / reLaunch / navigateBack and the app's own navigation
// methods, with WeChat's lifecycles and failures.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

const lines = (t: TestApp) => t.logs.map((l) => l.text);

describe('navigation', () => {
  it('navigateTo opens a page above (relative URL, query); navigateBack closes it', async () => {
    t = await startApp(fixture('navigation'));
    await t.tap('#open');
    expect(t.text('#title')).toBe('detail 3');
    expect(t.app.pages).toEqual(['pages/index/index', 'pages/detail/detail']);
    expect(t.app.location).toEqual({ path: 'pages/detail/detail', query: { id: '3' } });
    await t.tap('#back');
    expect(t.text('#title')).toBe('home');
    expect(t.app.location).toEqual({ path: 'pages/index/index', query: {} });
    expect(lines(t)).toEqual(['index onLoad', 'index onShow', 'index onHide', 'detail 3 onLoad', 'detail 3 onShow', 'index navigateTo:ok', 'detail 3 onUnload', 'index onShow']);
    // The closed page's DOM is gone; the home page is shown again.
    expect(t.window.document.querySelectorAll('page')).toHaveLength(1);
    expect((t.page() as HTMLElement).style.display).toBe('');
  });

  it('redirectTo replaces the page; reLaunch closes them all', async () => {
    t = await startApp(fixture('navigation'));
    await t.tap('#open');
    await t.tap('#redirect');
    expect(t.text('#title')).toBe('detail r');
    expect(t.app.pages).toEqual(['pages/index/index', 'pages/detail/detail']);
    await t.tap('#relaunch');
    expect(t.text('#title')).toBe('home');
    expect(t.app.pages).toEqual(['pages/index/index']);
    expect(lines(t).slice(5)).toEqual(['index navigateTo:ok', 'detail 3 onUnload', 'detail r onLoad', 'detail r onShow', 'detail r onUnload', 'index onUnload', 'index onLoad', 'index onShow']);
    expect(t.window.document.querySelectorAll('page')).toHaveLength(1);
  });

  it('fails as WeChat does: an unknown page, going back from the first page, more than 10 pages', async () => {
    t = await startApp(fixture('navigation'));
    await t.tap('#missing');
    expect(t.text('#out')).toBe('navigateTo:fail page "pages/nope/nope" is not found');
    await t.tap('#back');
    expect(t.text('#out')).toBe('navigateBack:fail cannot navigate back at first page.');
    await t.tap('#deep');
    expect(t.app.pages).toHaveLength(10);
    expect(lines(t)).toContain('stopped at 10: navigateTo:fail webview count limit exceed');
    expect(t.text('#title')).toBe('detail 9');
  });

  it('the host navigates the app the same way', async () => {
    t = await startApp(fixture('navigation'));
    t.app.navigateTo('pages/detail/detail?id=host');
    await t.app.settled();
    expect(t.text('#title')).toBe('detail host');
    t.app.navigateBack();
    await t.app.settled();
    expect(t.text('#title')).toBe('home');
    expect(() => t.app.navigateBack()).toThrow('navigateBack:fail cannot navigate back at first page.');
    expect(() => t.app.redirectTo('pages/none')).toThrow('redirectTo:fail page "pages/none" is not found');
    expect(t.errors).toEqual([]);
  });
});
