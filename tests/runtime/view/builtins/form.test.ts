// input, textarea, switch, checkbox, radio, slider, label and form, through the real pipeline in
// happy-dom: the events and their detail, model: bindings, what a bindinput handler returns, and
// what a form submits and resets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../../helpers/app.js';
import { click, element, eventsOf, layOut, pointer, type } from '../../../helpers/builtins.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('builtins'));
});
afterAll(() => t.close());

const control = (id: string) => element(t, `#${id}`).querySelector('input, textarea') as HTMLInputElement;

describe('input', () => {
  it('sends input with the value, writes model:value back to the page\'s data', async () => {
    const events = await eventsOf(t, () => type(t, element(t, '#input'), 'hello'));
    expect(events).toEqual([{ type: 'input', id: 'input', detail: { value: 'hello', cursor: 5, keyCode: 0 } }]);
    expect(t.text('#typed')).toBe('hello');
    expect(element(t, '#input').querySelector('.input-placeholder')?.getAttribute('style')).toContain('display: none');
  });

  it('shows what the bindinput handler returns instead of what was typed', async () => {
    await eventsOf(t, () => type(t, element(t, '#input'), 'shout'));
    expect(control('input').value).toBe('SHOUT');
  });

  it('sends focus, confirm on Enter (and loses focus), and blur', async () => {
    const input = control('input');
    const events = await eventsOf(t, () => {
      input.focus();
      input.dispatchEvent(new t.window.KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }) as unknown as Event);
    });
    expect(events.map((e) => e.type)).toEqual(['focus', 'confirm', 'blur']);
    expect(events[0].detail).toEqual({ value: 'SHOUT', height: 0 });
    expect(events[1].detail).toEqual({ value: 'SHOUT' });
  });
});

describe('textarea', () => {
  it('takes its value from the logic thread, sends input and linechange as lines are added', async () => {
    expect(control('textarea').value).toBe('first line');
    const events = await eventsOf(t, () => type(t, element(t, '#textarea'), 'first line\nsecond line'));
    expect(events.map((e) => [e.type, (e.detail as { value?: string; lineCount?: number }).value ?? (e.detail as { lineCount: number }).lineCount])).toEqual([
      ['input', 'first line\nsecond line'],
      ['linechange', 2],
    ]);
  });
});

describe('switch, checkbox, radio, label', () => {
  it('toggles a switch on a tap and sends change', async () => {
    const events = await eventsOf(t, () => t.tap('#switch'));
    expect(events).toEqual([{ type: 'change', id: 'switch', detail: { value: false } }]);
    expect(element(t, '#switch .wx-switch-input').classList.contains('wx-switch-input-checked')).toBe(false);
  });

  it('sends the checked values of a checkbox-group, in order; a label acts on its checkbox', async () => {
    const checkB = await eventsOf(t, () => t.tap('#check-b'));
    expect(checkB).toEqual([{ type: 'change', id: 'checks', detail: { value: ['a', 'b'] } }]);
    const viaLabel = await eventsOf(t, () => t.tap('#label-a'));
    expect(viaLabel).toEqual([{ type: 'change', id: 'checks', detail: { value: ['b'] } }]);
  });

  it('checks one radio of a group and unchecks the others', async () => {
    const events = await eventsOf(t, () => t.tap('#radio-y'));
    expect(events).toEqual([{ type: 'change', id: 'radios', detail: { value: 'y' } }]);
    expect(element(t, '#radio-x .wx-radio-input').classList.contains('wx-radio-input-checked')).toBe(false);
    expect(await eventsOf(t, () => t.tap('#radio-y'))).toEqual([]);
  });
});

describe('slider', () => {
  it('sends changing while pressed and dragged, and change when let go, on a step', async () => {
    const slider = element(t, '#slider');
    layOut(slider.querySelector('.wx-slider-handle-wrapper')!, { left: 100, width: 200, height: 2 });
    const events = await eventsOf(t, () => {
      pointer(t, slider.querySelector('.wx-slider-tap-area')!, 'pointerdown', 200);
      pointer(t, t.window.document.body as unknown as Element, 'pointermove', 236);
      pointer(t, t.window.document.body as unknown as Element, 'pointerup', 236);
    });
    expect(events).toEqual([
      { type: 'changing', id: 'slider', detail: { value: 50 } },
      { type: 'changing', id: 'slider', detail: { value: 70 } },
      { type: 'change', id: 'slider', detail: { value: 70 } },
    ]);
    expect(slider.querySelector('.wx-slider-value')?.textContent).toBe('70');
  });
});

describe('form', () => {
  it('submits every named control it can see, custom form fields included, not those inside other components', async () => {
    const events = await eventsOf(t, () => t.tap('#submit'));
    expect(events).toEqual([
      {
        type: 'submit',
        id: 'form',
        detail: {
          value: { input: 'SHOUT', note: 'first line\nsecond line', switch: false, checks: ['b'], radio: 'y', slider: 70, fruit: 1, custom: 'custom value' },
          formId: '',
        },
      },
    ]);
  });

  it('does nothing for a disabled submit button, though its tap is sent', async () => {
    const events = await eventsOf(t, () => t.tap('#disabled'));
    expect(events.map((e) => e.type)).toEqual(['tap']);
  });

  it('resets the controls to the values the logic thread set', async () => {
    const events = await eventsOf(t, () => t.tap('#reset'));
    expect(events).toEqual([{ type: 'reset', id: 'form', detail: {} }]);
    const submitted = await eventsOf(t, () => t.tap('#submit'));
    expect((submitted[0].detail as { value: unknown }).value).toEqual({
      input: 'SHOUT',
      note: 'first line',
      switch: true,
      checks: ['a'],
      radio: 'x',
      slider: 20,
      fruit: 1,
      custom: 'custom value',
    });
  });

  it('leaves the built-ins\' own nodes out of the logic thread\'s events', async () => {
    const events = await eventsOf(t, () => click(t, element(t, '#switch .wx-switch-input')));
    expect(events).toEqual([{ type: 'change', id: 'switch', detail: { value: false } }]);
  });
});
