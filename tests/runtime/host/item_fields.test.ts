// A setData of one field of a list item (`items[1].name`) reaches exactly the bindings of that item
// that read the field: texts and attributes, bindings reading the item whole, nested paths, and,
// with other changes in the same setData or a wx:if in the loop's body, the item's whole update.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('item-fields'));
});
afterAll(() => t.close());

/** The texts of the elements of a class, in document order. */
const texts = (selector: string) => t.queryAll(selector).map((e) => e.textContent);

/** The DOM mutations a tap causes: the changed element's class (first one) and the kind of change. */
async function mutationsOf(selector: string): Promise<string[]> {
  const records: string[] = [];
  const describe = (r: MutationRecord) => {
    const node = r.target as unknown as Node;
    const element = node.nodeType === 3 ? node.parentElement : (node as Element);
    const owner = element?.closest('[class]') ?? element;
    const name = r.type === 'attributes' ? `${r.type} ${r.attributeName}` : r.type;
    return `${name} ${owner?.getAttribute('class')?.split(' ')[0]}`;
  };
  const observer = new t.window.MutationObserver((list) => {
    for (const r of list) records.push(describe(r as never));
  });
  observer.observe(t.page() as never, { subtree: true, childList: true, attributes: true, characterData: true });
  await t.tap(selector);
  for (const r of observer.takeRecords()) records.push(describe(r as never));
  observer.disconnect();
  return records;
}

describe('a change of one field of a list item', () => {
  it('updates the texts that read the field, in that item only', async () => {
    const changes = await mutationsOf('#rename');
    expect(texts('.name')).toEqual(['Ant', 'Bee', 'Cat']);
    expect(texts('.outer')).toEqual(['p:Ant', 'p:Bee', 'p:Cat']);
    expect(texts('.shown')).toEqual(['Ant', 'Bee', 'Cat']);
    expect(changes.filter((c) => c.startsWith('characterData')).length).toBe(3);
    expect(changes.every((c) => c.startsWith('characterData'))).toBe(true);
  });

  it('updates a text mixing fields, and one reading the item whole', async () => {
    const changes = await mutationsOf('#set-a');
    expect(texts('.sum')).toEqual(['7+2', '3+4', '5+6']);
    expect(texts('.picked')).toEqual(['7', '3', '5']);
    expect(changes).toHaveLength(2);
  });

  it('updates an attribute that reads the field', async () => {
    const changes = await mutationsOf('#set-class');
    const rows = t.queryAll('.row');
    expect(rows.map((r) => r.getAttribute('class')!.split(' ').includes('hot'))).toEqual([false, false, true]);
    expect(changes).toEqual(['attributes class row']);
  });

  it('leaves a binding reading another path under the same field as it is', async () => {
    expect(await mutationsOf('#deep-other')).toEqual([]);
    expect(texts('.deep')).toEqual(['i0', 'i1', 'i2']);
    const changes = await mutationsOf('#deep-name');
    expect(texts('.deep')).toEqual(['renamed', 'i1', 'i2']);
    expect(changes).toHaveLength(1);
  });

  it('with another change in the same setData, updates both', async () => {
    await t.tap('#with-outer');
    expect(texts('.name')).toEqual(['Ape', 'Bee', 'Cat']);
    expect(texts('.outer')).toEqual(['q:Ape', 'q:Bee', 'q:Cat']);
    expect(texts('.shown')).toEqual(['Ape', 'Bee', 'Cat']);
  });

  it('reaches a wx:if inside the loop', async () => {
    await t.tap('#hide');
    expect(texts('.shown')).toEqual(['Bee', 'Cat']);
    expect(t.queryAll('.shown-row')).toHaveLength(3);
    expect(t.errors).toEqual([]);
  });
});
