// Events across component boundaries: capture and bubble phases, triggerEvent's bubbles and
// composed options, catch and mut-bind, and target retargeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('component-events'));
});
afterAll(() => t.close());

describe('events across components', () => {
  it('follow WeChat paths for a tap and for the custom events it triggers', async () => {
    await t.tap('.inner');
    await t.tap('#log');
    expect(t.text('#log').split(' | ')).toEqual([
      // capture phase, from the root down; the page sees the wrapper's node as target
      'page:tap@outer target=w',
      'inner-capture:tap@inner-view target=inner-view',
      // the tap's handler triggers three events
      'inner:tap@inner-view target=inner-view',
      // no options: only the handlers on the component's own node
      'wrapper:plain@ib target=ib',
      // bubbles: up the tree it is written in (the wrapper's template), not further
      'wrapper:bubbly@wrap target=ib',
      // bubbles and composed: across the wrapper into the page, until a catch
      'wrapper:composed@ib target=ib',
      'wrapper:composed@wrap target=ib',
      'page:composed@w target=w',
      'page:composed@middle target=w',
      // the tap bubbles on through every tree; one mut-bind handler runs
      'wrapper:tap@wrap target=ib',
      'page-mut-middle:tap@middle target=w',
      'page:tap@outer target=w',
    ]);
  });
});
