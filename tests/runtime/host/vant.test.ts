// Real @vant/weapp components from npm, tapped where a user's finger lands: what they emit reaches
// the page, their state follows, and collapse items find their collapse through relations.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';
import { type } from '../../helpers/builtins.js';

let t: TestApp;
beforeEach(async () => {
  t = await startApp(fixture('vant-interactions'));
});
afterEach(() => t.close());

const classes = (selector: string) => (t.page().querySelector(selector)?.getAttribute('class') ?? '').split(/\s+/);
const events = () => t.text('#events').split(' | ');

describe('@vant/weapp through taps', () => {
  it('van-button: a tap on the button reaches the page through bind:click', async () => {
    await t.tap('#buy .van-button');
    await t.tap('#buy .van-button__text');
    expect(t.text('#clicks')).toBe('2');
    expect(t.errors).toEqual([]);
  });

  it('van-checkbox: a tap on its icon emits change with the new value, and it shows as checked', async () => {
    expect(classes('#agree .van-checkbox__icon')).not.toContain('van-checkbox__icon--checked');
    await t.tap('#agree .van-checkbox__icon-wrap');
    expect(events()).toEqual(['checkbox true']);
    expect(classes('#agree .van-checkbox__icon')).toContain('van-checkbox__icon--checked');
    await t.tap('#agree .van-checkbox__label');
    expect(events()).toEqual(['checkbox true', 'checkbox false']);
    expect(classes('#agree .van-checkbox__icon')).not.toContain('van-checkbox__icon--checked');
  });

  it('van-switch: a tap emits change and turns it on', async () => {
    await t.tap('#notify .van-switch__node');
    expect(events()).toEqual(['switch true']);
    expect(classes('#notify .van-switch')).toContain('van-switch--on');
  });

  it('van-stepper: plus emits change up to max, where plus is disabled', async () => {
    await t.tap('#count .van-stepper__plus');
    await t.tap('#count .van-stepper__plus');
    await t.tap('#count .van-stepper__plus');
    expect(events()).toEqual(['stepper 2', 'stepper 3']);
    expect(classes('#count .van-stepper__plus')).toContain('van-stepper__plus--disabled');
    expect(t.page().querySelector('#count .van-stepper__input')?.getAttribute('value')).toBe('3');
    await t.tap('#count .van-stepper__minus');
    expect(events()).toEqual(['stepper 2', 'stepper 3', 'stepper 2']);
  });

  it('van-field: what is typed reaches the page through model:value and through bind:input', async () => {
    type(t, t.query('#name')!, 'Ada');
    await t.app.settled();
    type(t, t.query('#note')!, 'hi');
    await t.app.settled();
    expect(t.text('#typed')).toBe('Ada|hi');
    expect(events()).toEqual(['field "hi"']);
    // The field shows the value the page holds.
    expect((t.query('#name input') as HTMLInputElement).value).toBe('Ada');
  });

  it('van-collapse: its items are linked to it by relations, and a tap on a title opens that item', async () => {
    expect(classes('#shipping van-cell')).not.toContain('van-collapse-item__title--expanded');
    await t.tap('#shipping .van-cell__title');
    expect(events()).toEqual(['collapse ["shipping"]']);
    expect(classes('#shipping van-cell')).toContain('van-collapse-item__title--expanded');
    expect(classes('#returns van-cell')).not.toContain('van-collapse-item__title--expanded');
    // The item asked the collapse (its relation parent) to switch, and measured its content to animate it open.
    const animation = JSON.parse(t.page().querySelector('#shipping .van-collapse-item__wrapper')?.getAttribute('animation') ?? 'null');
    expect(animation.actions.at(-1).animates).toContainEqual({ type: 'style', args: ['height', 'auto'] });
    await t.tap('#returns .van-cell__title');
    expect(events().at(-1)).toBe('collapse ["shipping","returns"]');
    await t.tap('#shipping .van-cell__title');
    expect(events().at(-1)).toBe('collapse ["returns"]');
    expect(classes('#shipping van-cell')).not.toContain('van-collapse-item__title--expanded');
    expect(t.errors).toEqual([]);
  });
});
