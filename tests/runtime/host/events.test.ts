// A tap in the view becomes WeChat's event object in the logic thread, delivered along the bubbling path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('events'));
});
afterAll(() => t.close());

const log = () => JSON.parse(t.text('#log'));

describe('tap events', () => {
  it('bubble from the target and stop at a catch', async () => {
    await t.tap('#inner');
    const calls = log();
    expect(calls.map((c: { currentTarget: { id: string } }) => c.currentTarget.id)).toEqual(['inner', 'middle']);
    const [inner, middle] = calls;
    expect(inner).toEqual({
      type: 'tap',
      timeStamp: 'number',
      target: { id: 'inner', dataset: { level: 'inner', count: 3 } },
      currentTarget: { id: 'inner', dataset: { level: 'inner', count: 3 } },
      detail: { x: 0, y: 0 },
      mark: { source: 'inner' },
      touches: 1,
    });
    expect(middle.target).toEqual({ id: 'inner', dataset: { level: 'inner', count: 3 } });
    expect(middle.currentTarget).toEqual({ id: 'middle', dataset: { level: 'middle', userName: 'Ann', camelcase: 'lower' } });
  });

  it('reach ancestors from an element without a handler, with the deepest node as target', async () => {
    const before = log().length;
    await t.tap('#leaf');
    const calls = log().slice(before);
    expect(calls.map((c: { currentTarget: { id: string } }) => c.currentTarget.id)).toEqual(['sibling', 'outer']);
    expect(calls[0].target.id).toBe('leaf');
    expect(calls[1].mark).toEqual({ source: 'sibling' });
  });

  it('call a handler named by an expression', async () => {
    const before = log().length;
    await t.tap('#dynamic');
    expect(log().slice(before)).toEqual([{ handler: 'other', currentTarget: 'dynamic' }, expect.objectContaining({ currentTarget: expect.objectContaining({ id: 'outer' }) })]);
  });

  it('warn, as WeChat does, when the handler does not exist, and keep bubbling', async () => {
    const before = log().length;
    await t.tap('#missing');
    expect(t.logs.map((l) => l.text)).toContain('Component "pages/index/index" does not have a method "noSuchMethod" to handle event "tap".');
    expect(log().slice(before).map((c: { currentTarget: { id: string } }) => c.currentTarget.id)).toEqual(['outer']);
    expect(t.errors).toEqual([]);
  });
});
