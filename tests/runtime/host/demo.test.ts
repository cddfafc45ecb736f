// The demo template end to end: compiled, started in a worker, tapped through, its DOM changing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, template, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(template('demo'));
});
afterAll(() => t.close());

describe('the demo app', () => {
  it('renders its entry page', () => {
    expect(t.app.view.currentPage?.route).toBe('pages/index/index');
    expect(t.text('.title')).toBe('Hello from miniapp');
    expect(t.text('.count')).toBe('0');
    expect(t.text('.hint')).toBe('Tap + to start counting.');
    expect(Array.from(t.page().querySelectorAll('.todo-title')).map((e) => e.textContent)).toEqual(['1. Write WXML', '2. Tap the items', '3. Read the bundle']);
    expect(t.text('.remaining')).toBe('2 of 3 left');
    expect(t.logs).toEqual([{ level: 'log', text: 'demo launched at pages/index/index' }]);
  });

  it('counts taps, switching wx:elif branches and classes', async () => {
    const title = t.window.document.querySelector('miniapp-navbar-title');
    await t.tap('#inc');
    // An update of the page leaves the navigation bar around it as it was.
    expect(t.window.document.querySelector('miniapp-navbar-title')).toBe(title);
    expect(t.text('.count')).toBe('1');
    expect(t.page().querySelector('.count')?.getAttribute('class')).toBe('count positive');
    expect(t.text('.hint')).toBe('Keep going.');
    await t.tap('#inc');
    await t.tap('#inc');
    expect(t.text('.hint')).toBe('3 is plenty.');
    await t.tap('#dec');
    expect(t.text('.count')).toBe('2');
  });

  it('toggles a todo, and its setData callback updates the count', async () => {
    await t.tap('.todo:nth-child(2)');
    expect(t.page().querySelectorAll('.todo')[1].getAttribute('class')).toBe('todo done');
    expect(t.text('.remaining')).toBe('1 of 3 left');
    await t.tap('.todo:nth-child(3)');
    expect(t.text('.remaining')).toBe('All done!');
    expect(t.errors).toEqual([]);
  });
});
