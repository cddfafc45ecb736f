// A wx:for whose body is plain elements and text builds its items from a stamp (spec/protocol.md,
// "Stamps"): the page looks as it would otherwise, and an item's elements are found as elements
// when an event, a selector query or an external class reaches them, with changes going on to reach
// the items afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('stamped-list'));
});
afterAll(() => t.close());

const rows = () => t.queryAll('#list .row').map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const classes = (selector: string) => t.queryAll(selector).map((e) => e.getAttribute('class'));

describe('a list built from a stamp', () => {
  it('renders its items, their bound attributes and texts as the template says', () => {
    expect(t.errors).toEqual([]);
    expect(rows()).toEqual(['Ant #0.', 'Bee #1.', 'Cat #2.']);
    expect(t.queryAll('#list .row').map((row) => row.id)).toEqual(['row-a', 'row-b', 'row-c']);
    expect(t.queryAll('#list .hot').map((row) => row.id)).toEqual(['row-b']);
    // data-* stays in the logic thread; the page's class is written as is.
    expect(t.query('#row-a')!.hasAttribute('data-id')).toBe(false);
    expect(classes('#list .row')).toEqual(['row ', 'row hot', 'row ']);
    expect(t.query('#empty')!.childNodes).toHaveLength(0);
    expect(t.query('#row-a')!.outerHTML.replace(/\s+/g, ' ')).toBe('<wx-view id="row-a" class="row "><wx-text class="name">Ant</wx-text> #0. </wx-view>');
  });

  it('gives a component\'s items its scoped classes and the classes each user gave for an external class', () => {
    const lines = t.queryAll('#card .line');
    expect(lines.map((line) => line.textContent)).toEqual(['Ant', 'Bee', 'Cat']);
    for (const line of lines) {
      const names = line.getAttribute('class')!.split(' ');
      expect(names.some((name) => name.endsWith('--line'))).toBe(true);
      expect(names).toContain('warm');
    }
    expect(t.queryAll('#other-card .line').map((line) => line.getAttribute('class')!.split(' ').includes('other'))).toEqual([true, true, true]);
  });

  it('finds an item\'s elements for an event, with their dataset and ids', async () => {
    await t.tap('#row-b .name');
    expect(t.text('#picked')).toBe('b row-b text');
    await t.tap('#row-c');
    expect(t.text('#picked')).toBe('c row-c row-c');
  });

  it('updates the fields a setData changes, in items whose elements were found and in the others', async () => {
    await t.tap('#rename');
    expect(rows()).toEqual(['Ape #0.', 'Bee #1.', 'Cow #2.']);
    expect(t.queryAll('#card .line').map((line) => line.textContent)).toEqual(['Ape', 'Bee', 'Cow']);
  });

  it('answers a selector query over every item', async () => {
    await t.tap('#query');
    expect(t.text('#picked')).toBe('row-a:a,row-b:b,row-c:c');
  });

  it('moves items for a new order, keeping their nodes, and updates what the rest of the data changed', async () => {
    const [a, b, c] = t.queryAll('#list .row');
    await t.tap('#reverse');
    expect(rows()).toEqual(['Cow #0!', 'Bee #1!', 'Ape #2!']);
    expect(t.queryAll('#list .row')).toEqual([c, b, a]);
    await t.tap('#row-a .name');
    expect(t.text('#picked')).toBe('a row-a text');
  });

  it('sends the classes of a new external class to every item, and an item\'s own class change', async () => {
    await t.tap('#restyle');
    for (const line of t.queryAll('#card .line')) {
      const names = line.getAttribute('class')!.split(' ');
      expect(names).toContain('cold');
      expect(names).not.toContain('warm');
    }
    expect(t.queryAll('#list .hot')).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('builds new items after the list was emptied, and their elements answer events', async () => {
    await t.tap('#refill');
    expect(rows()).toEqual(['Dog #0!', 'Eel #1!']);
    // An emptied list filled again puts its items where the loop is, before what follows it.
    expect(Array.from(t.query('#list')!.children, (child) => child.id)).toEqual(['row-d', 'row-e', 'tail']);
    expect(t.queryAll('#card .line').map((line) => line.textContent)).toEqual(['Dog', 'Eel']);
    await t.tap('#row-e .name');
    expect(t.text('#picked')).toBe('e row-e text');
    expect(t.errors).toEqual([]);
  });
});
