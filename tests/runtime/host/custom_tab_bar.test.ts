// tabBar.custom: the app's custom-tab-bar component is part of each tab page (one instance each,
// reached with this.getTabBar()), and the render layer draws no tab bar of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

describe('a custom tab bar', () => {
  it('is each tab page\'s own component, which switches tabs', async () => {
    t = await startApp(fixture('custom-tab-bar'));
    expect(t.window.document.querySelector('miniapp-tabbar')).toBeNull();
    expect(t.query('custom-tab-bar .my-tab.on')?.textContent).toBe('One');
    await t.tap('.my-tab:nth-child(2)');
    expect(t.app.pages).toEqual(['pages/two/two']);
    expect(t.text('#title')).toBe('page two');
    expect(t.query('custom-tab-bar .my-tab.on')?.textContent).toBe('Two');
    // Page one keeps its own instance, still showing its own tab.
    expect(t.window.document.querySelectorAll('custom-tab-bar')).toHaveLength(2);
    expect(t.errors).toEqual([]);
  });
});
