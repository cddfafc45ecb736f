// setData re-renders only what reads the changed paths; keyed wx:for moves nodes instead of rebuilding them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('updates'));
});
afterAll(() => t.close());

/** Records the DOM mutations a tap causes. */
async function mutationsOf(selector: string): Promise<{ type: string; target: string }[]> {
  const records: { type: string; target: string }[] = [];
  const observer = new t.window.MutationObserver((list) => {
    for (const r of list) {
      const node = r.target as unknown as Node;
      const element = node.nodeType === 3 ? node.parentElement : (node as Element);
      records.push({ type: r.type, target: `${element?.id || element?.className || element?.localName}` });
    }
  });
  observer.observe(t.page() as never, { subtree: true, childList: true, attributes: true, characterData: true });
  await t.tap(selector);
  records.push(...observer.takeRecords().map((r) => ({ type: r.type, target: String((r.target as unknown as Element).id ?? '') })));
  observer.disconnect();
  return records;
}

const titles = () => Array.from(t.page().querySelectorAll('.item')).map((e) => e.textContent);

describe('fine-grained updates', () => {
  it('a change to one field touches only the text that reads it', async () => {
    expect(await mutationsOf('#bump')).toEqual([{ type: 'characterData', target: 'count' }]);
    expect(t.text('#count')).toBe('1');
  });

  it('a change under one list entry touches only that entry', async () => {
    expect(await mutationsOf('#rename')).toEqual([{ type: 'characterData', target: 'item' }]);
    expect(titles()).toEqual(['Apple', 'Blueberry', 'Cherry']);
  });

  it('a nested path updates the binding that reads it', async () => {
    expect(await mutationsOf('#nested')).toEqual([{ type: 'characterData', target: 'deep' }]);
    expect(t.text('#deep')).toBe('after');
  });

  it('a reordered keyed list moves the same elements', async () => {
    const before = Array.from(t.page().querySelectorAll('.item'));
    await t.tap('#reverse');
    const after = Array.from(t.page().querySelectorAll('.item'));
    expect(titles()).toEqual(['Cherry', 'Blueberry', 'Apple']);
    expect(after).toEqual([before[2], before[1], before[0]]);
  });

  it('a removed entry removes only its element', async () => {
    const [cherry, , apple] = Array.from(t.page().querySelectorAll('.item'));
    const records = await mutationsOf('#drop');
    expect(records).toEqual([{ type: 'childList', target: 'list' }]);
    expect(Array.from(t.page().querySelectorAll('.item'))).toEqual([cherry, apple]);
  });

  it('paths under several entries in one setData touch each of those entries once', async () => {
    const records = await mutationsOf('#retitle');
    expect(records).toEqual([
      { type: 'characterData', target: 'item' },
      { type: 'characterData', target: 'item' },
    ]);
    expect(titles()).toEqual(['Cranberry', 'Apricot']);
  });
});
