// The component model through the whole pipeline: properties and observers, slots, events,
// model bindings, relations, behaviors, templates, WXS, selection and lifetimes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startApp(fixture('components'));
});
afterEach(() => t.close());

const texts = (selector: string) => t.queryAll(selector).map((e) => e.textContent?.trim());

describe('components', () => {
  it('run their lifetimes in WeChat order: created while building, attached top-down, the page loads, ready bottom-up', () => {
    expect(t.text('#log')).toBe(
      [
        'card created',
        'card count 0→1',
        'frame created',
        'card attached Fruit 1',
        'frame attached',
        'labelled attached hi',
        'badge attached',
        'page onLoad, card Fruit',
        'card page show',
        'page onShow',
        'frame ready',
        'card ready',
        'page onReady',
      ].join(' | '),
    );
  });

  it('put children in their slots, named and default, through a component that passes its slot on', () => {
    // In the DOM a component without a hyphen in its name is wx-<name>.
    const header = t.query('wx-card .card-header .header-content');
    expect(header?.textContent).toBe('Header of Fruit');
    const body = t.query('wx-card x-inner .frame .body');
    expect(body?.textContent).toBe('Body 1');
  });

  it('take property values from the owner, converted, with observers called on change', async () => {
    expect(t.text('.card-title')).toBe('Fruit (1 changes)');
    await t.tap('#bump');
    expect(t.text('.card-title')).toBe('Fruit (2 changes)');
    expect(t.text('.body')).toBe('Body 2');
    expect(t.text('.row')).toBe('Row: 2');
  });

  it('trigger events the owner handles, seeing the component node as target', async () => {
    await t.tap('.card-press');
    expect(JSON.parse(t.text('#pressed'))).toEqual({
      detail: { count: 1 },
      target: { id: 'card1', dataset: { which: 'one' } },
      currentTarget: { id: 'card1', dataset: { which: 'one' } },
    });
  });

  it('write model: bound properties back to the owner', async () => {
    await t.tap('.counter');
    expect(t.text('.counter')).toBe('value 6');
    expect(t.text('#total')).toBe('6');
  });

  it('link relations on attach and unlink them on detach', async () => {
    expect(t.text('.list').replace(/\s+/g, ' ')).toMatch(/^size 2/);
    expect(texts('.item')).toEqual(['ann in 1', 'bo in 2']);
    await t.tap('#add-name');
    expect(t.text('.list')).toMatch(/^size 3/);
    expect(texts('.item')).toEqual(['ann in 1', 'bo in 2', 'cy in 3']);
    await t.tap('#drop-name');
    expect(t.text('.list')).toMatch(/^size 2/);
    expect(texts('.item')).toEqual(['bo in 2', 'cy in 3']);
  });

  it('call moved when a keyed list reorders them, and detached when they go away', async () => {
    await t.tap('#reverse-names');
    expect(texts('.item')).toEqual(['bo in 2', 'ann in 1']);
    expect(t.text('#log')).toBe('bo moved');
    expect(t.query('wx-card')).not.toBeNull();
    await t.tap('#hide-card');
    expect(t.query('wx-card')).toBeNull();
    expect(t.text('#log')).toBe('card detached');
  });

  it('merge behaviors: the component wins over its behavior for methods and fields, data objects merge, lifetimes all run', () => {
    expect(t.text('.badge')).toBe('hi/badge/badge-1-true');
  });

  it('render named templates, imports, includes and WXS modules that require each other and see no app globals', () => {
    expect(t.text('.row')).toBe('Row: 1');
    expect(t.text('#footer')).toBe('Footer for Fruit');
    expect(t.text('#fmt')).toBe('¥12.50 123 undefined,undefined');
  });

  it('are found by selectComponent and selectAllComponents, which honour component-export', async () => {
    await t.tap('#select');
    expect(t.text('#selected')).toBe('card Fruit / {"kind":"badge","describe":"badge"} / 2 / true');
  });

  it('answer createSelectorQuery with the render layer\'s layout and the logic thread\'s fields', async () => {
    await t.tap('#query');
    const [card, items, viewport] = JSON.parse(t.text('#queried'));
    expect(card).toEqual({ id: 'card1', dataset: { which: 'one' }, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 });
    // The items are inside list-item's own template: a selector on the page does not reach them.
    expect(items).toEqual([]);
    expect(viewport).toEqual({ width: t.window.innerWidth, height: t.window.innerHeight });
  });

  it('report an exception in a lifetime to App.onError and the host, and keep the page', async () => {
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'exception', page: 'pages/index/index', fatal: false, message: 'Error: broken on purpose (in components/broken/broken attached)' })]);
    expect(t.text('.broken')).toBe('still here');
    await t.tap('#errors');
    expect(t.text('#errors')).toBe('Error: broken on purpose (in components/broken/broken attached)');
  });
});
