// Skyline's custom routes (wx.router) in the real QuickJS: every page has a route context at the
// end of its transition; wx.navigateTo({ routeType }) runs the registered builder before the page
// is created, with the route options, and the page takes the style its handlePrimaryAnimation gives
// there; an unknown route type warns and opens the page with the default route.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

const lines = (t: TestApp) => t.logs.map((l) => l.text);
const pages = (t: TestApp) => [...t.window.document.querySelectorAll('page')] as unknown as HTMLElement[];

describe('custom routes', () => {
  it('gives a page opened without one a context at the end of its transition', async () => {
    t = await startApp(fixture('custom-route'));
    // primaryAnimation 1, status completed (3), nothing above it, no gesture.
    expect(t.text('#state')).toBe('1 3 0 0');
    expect(t.errors).toEqual([]);
  });

  it("runs the route's builder before the page, which reads what it added and takes its style", async () => {
    t = await startApp(fixture('custom-route'));
    await t.tap('#sheet');
    expect(t.text('#title')).toBe('detail sheet');
    expect(lines(t)).toContain('builder 120 1');
    expect(t.text('#sheet-top')).toBe('120');
    const top = pages(t).at(-1)!;
    expect(top.style.opacity).toBe('1');
    expect(top.style.transform).toBe('translateY(0%)');
    // The page's own animated style reads the same context.
    expect((t.query('#box') as HTMLElement).style.opacity).toBe('1');
    expect(t.errors).toEqual([]);
  });

  it('opens a page with no route type, or an unknown one, with the default route', async () => {
    t = await startApp(fixture('custom-route'));
    await t.tap('#plain');
    expect(t.text('#sheet-top')).toBe('none');
    expect(pages(t).at(-1)!.getAttribute('style') ?? '').not.toContain('opacity');
    await t.tap('#pop');
    await t.tap('#unknown');
    expect(t.text('#title')).toBe('detail unknown');
    expect(t.logs.some((l) => l.level === 'warn' && l.text.includes('routeType "nowhere" has no builder'))).toBe(true);
    expect(t.errors).toEqual([]);
  });

  it('marks a user gesture, and didPop goes back as navigateBack does', async () => {
    t = await startApp(fixture('custom-route'));
    await t.tap('#sheet');
    await t.tap('#drag');
    expect(lines(t)).toContain('gesture 1 0');
    await t.tap('#pop');
    expect(t.app.pages).toEqual(['pages/index/index']);
    expect(t.text('#title')).toBe('home');
  });
});
