// Style isolation as WeChat defines it, seen through computed styles in the DOM the real pipeline
// builds: app.wxss and page sheets reach pages and apply-shared components; an isolated component's
// classes are its own; `shared` components reach out; external classes carry the user's styles in;
// a page's sheet stays in its page; imports, CSS variables, rpx and safe area insets resolve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('styles'), { device: 'iPhone X' });
});
afterAll(() => t.close());

function style(id: string, property: string): string {
  const element = t.page().querySelector(`#${id}`);
  if (element === null) throw new Error(`no #${id}`);
  return t.window.getComputedStyle(element as never).getPropertyValue(property);
}

describe('WXSS in the DOM', () => {
  it('app.wxss (with its imports) and the page sheet style the page', () => {
    expect(style('page-title', 'color')).toBe('rgb(2, 2, 2)');
    expect(t.window.getComputedStyle(t.page() as never).getPropertyValue('background-color')).toBe('rgb(250, 250, 250)');
    expect(style('accent', 'color')).toBe('rgb(0, 128, 0)');
  });

  it('resolves rpx and env(safe-area-inset-bottom) for the simulated device', () => {
    expect(style('safe', 'padding-bottom')).toBe('34px');
    expect(style('safe', 'width')).toBe('187px');
  });

  it('keeps an isolated component\'s classes apart from the page\'s and the app\'s, both ways', () => {
    expect(style('iso-title', 'font-weight')).toBe('700');
    expect(style('iso-title', 'color')).not.toBe('rgb(2, 2, 2)');
    expect(style('iso-title', 'color')).not.toBe('rgb(10, 10, 10)');
    expect(style('page-title', 'font-weight')).not.toBe('700');
    // Combinators work on scoped names; the app's tag selectors reach in, as WeChat lets them.
    expect(style('iso-text', 'text-decoration')).toContain('underline');
    expect(style('iso-text', 'letter-spacing')).toBe('3px');
  });

  it('confines a component\'s tag selector to its own nodes, slot content included', () => {
    expect(style('iso-plain', 'min-height')).toBe('40px');
    expect(style('page-title', 'min-height')).not.toBe('40px');
    expect(style('slotted', 'min-height')).not.toBe('40px');
    // Slot content is the page's: the page's classes style it, the component's do not.
    expect(style('slotted', 'color')).toBe('rgb(2, 2, 2)');
    expect(style('iso-title', 'border-bottom-width')).toBe('5px');
    expect(style('slotted', 'border-bottom-width')).not.toBe('5px');
  });

  it('styles the component\'s node with :host, and with the classes its user gives it', () => {
    expect(style('iso', 'padding-left')).toBe('9px');
    expect(style('iso', 'margin-top')).toBe('7px');
  });

  it('lets page and app classes into an apply-shared component (addGlobalClass), not out of it', () => {
    expect(style('applied-title', 'color')).toBe('rgb(2, 2, 2)');
    expect(style('applied-title', 'font-style')).toBe('italic');
  });

  it('lets a shared component\'s classes out to the page, and the page\'s in', () => {
    expect(style('page-badge', 'border-top-width')).toBe('4px');
    expect(style('shared-badge', 'color')).toBe('rgb(2, 2, 2)');
  });

  it('gives an external class the user\'s styles, and follows a change of it', async () => {
    expect(style('ext-inner', 'color')).toBe('rgb(255, 0, 0)');
    expect(style('ext-inner', 'text-transform')).toBe('uppercase');
    await t.tap('#ext-inner');
    expect(style('ext-inner', 'color')).toBe('rgb(0, 0, 255)');
  });

  it('shows the classes as the templates wrote them in the wxml snapshot', () => {
    const wxml = t.wxml();
    expect(wxml).toContain('<iso\n  class="from-page"\n  id="iso"');
    expect(wxml).toContain('class="title global"');
    expect(wxml).toContain('class="my-class inner"');
    expect(wxml).not.toMatch(/s\d+--/);
  });

  it('keeps a page\'s sheet in its page', async () => {
    t.app.navigateTo('/pages/other/other');
    await t.app.settled();
    expect(style('other-title', 'font-size')).toBe('31px');
    expect(style('other-title', 'color')).not.toBe('rgb(2, 2, 2)');
  });
});
