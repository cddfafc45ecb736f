// Observers, generics, virtual hosts, pure data fields and the error lifetime.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startApp(fixture('component-features'));
});
afterEach(() => t.close());

describe('data observers', () => {
  it.each([
    ['#set-a', 'a,b.c(10,2)'],
    // a change below a watched path does not trigger an observer of the path above it
    ['#set-c', 'a,b.c(1,20)'],
    ['#set-b', 'a,b.c(1,30) b({"c":30})'],
    ['#set-deep', 'obj.**({"x":{"y":5}})'],
    ['#set-other', ''],
  ])('%s triggers %j', async (button, seen) => {
    await t.tap(button);
    expect(t.text('#seen')).toBe(seen);
  });
});

describe('component options', () => {
  it('componentGenerics: the owner chooses the component, else the default one', () => {
    expect(t.text('#chosen .fancy')).toBe('fancy picked');
    expect(t.text('#default .plain')).toBe('plain plain');
  });

  it('virtualHost: the template renders in place, with no node of its own', async () => {
    const around = t.query('#around-vh')!;
    expect(Array.from(around.children).map((c) => t.app.view.attributesOf(c).class)).toEqual(['vh-content']);
    expect(t.text('#around-vh')).toBe('first');
    await t.tap('#vh-text');
    expect(t.text('#around-vh')).toBe('second');
  });

  it('pureDataPattern: pure fields are in this.data but never rendered', () => {
    expect(t.text('.secret')).toBe('[] [visible, and _hidden is "pure"]');
  });

  it('the error lifetime hears of what the component\'s methods throw', async () => {
    await t.tap('.fragile');
    expect(t.text('.fragile')).toBe('error lifetime: method failed');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'exception', message: 'Error: method failed (in explode)' })]);
  });
});

describe('a page built with Component()', () => {
  it('takes its query into its properties and runs component and page lifetimes in WeChat order', async () => {
    const page = await startApp(fixture('component-features'), { launch: { path: 'pages/cpage/cpage', query: { count: '41', name: 'ann', other: 'x' } } });
    try {
      expect(page.text('#props')).toBe('42 ann');
      expect(page.text('#order')).toBe('created, attached 41, onLoad {"count":"41","name":"ann","other":"x"} with #child, onShow, ready');
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
