// `<page-meta>` with `<navigation-bar>`: the page's bar takes its title, colours and loading mark,
// follows its bindings, and belongs to that page only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('page-meta'));
});
afterAll(() => t.close());

const bar = () => t.window.document.querySelector('miniapp-navbar') as unknown as HTMLElement;
const title = () => t.window.document.querySelector('miniapp-navbar-title')?.textContent;

describe('<navigation-bar>', () => {
  it('sets the title and colours of its page\'s bar over app.json\'s', () => {
    expect(title()).toBe('Set by page-meta');
    expect(bar().style.color).toBe('#ffffff');
    expect(bar().style.background).toBe('#07c160');
    expect(t.window.document.querySelector('miniapp-navbar-loading')).toBeNull();
  });

  it('follows its bindings', async () => {
    await t.tap('#rename');
    expect(title()).toBe('◌Renamed');
    expect(t.window.document.querySelector('miniapp-navbar-loading')).not.toBeNull();
  });

  it('belongs to its page: another page shows app.json\'s bar, and going back shows its own again', async () => {
    await t.tap('#open');
    expect(title()).toBe('From app.json');
    expect(bar().style.color).toBe('#000000');
    t.app.navigateBack();
    await t.app.settled();
    expect(title()).toBe('◌Renamed');
    expect(t.errors).toEqual([]);
  });
});
