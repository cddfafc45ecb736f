// More of the built-in components: model:checked, input types and maxlength, textarea's confirm,
// hover-stop-propagation, scroll-into-view, swiper autoplay and current, lazy images, progress's
// animation, match-media.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../../helpers/app.js';
import { element, eventsOf, layOut, pointer, sleep, type } from '../../../helpers/builtins.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('builtins'), { launch: { path: 'pages/more/more' } });
});
afterAll(() => t.close());

/** The events of one element (the autoplaying swiper logs its own all along). */
const of = <T extends { id: string }>(id: string, events: T[]) => events.filter((e) => e.id === id);

const control = (id: string) => element(t, `#${id}`).querySelector('input, textarea') as HTMLInputElement;

describe('form controls', () => {
  it('model:checked writes a switch\'s state back to the page\'s data', async () => {
    expect(t.text('#on')).toBe('false');
    await t.tap('#model-switch');
    expect(t.text('#on')).toBe('true');
  });

  it('keeps digits only in a number input, cut at maxlength', async () => {
    const events = await eventsOf(t, () => type(t, element(t, '#digits'), '12a34567'));
    expect(of('digits', events)).toEqual([{ type: 'input', id: 'digits', detail: { value: '1234', cursor: 4, keyCode: 0 } }]);
    expect(control('digits').value).toBe('1234');
  });

  it('hides a password input\'s text', () => {
    expect(control('secret').type).toBe('password');
    expect(control('secret').value).toBe('hidden');
  });

  it('sends confirm from a textarea whose confirm-type names a key', async () => {
    const textarea = control('send');
    type(t, element(t, '#send'), 'note');
    const events = await eventsOf(t, () => {
      textarea.dispatchEvent(new t.window.KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }) as unknown as Event);
    });
    expect(of('send', events)).toEqual([{ type: 'confirm', id: 'send', detail: { value: 'note' } }]);
  });
});

describe('hover-stop-propagation', () => {
  it('keeps the ancestors\' hover state off', async () => {
    const outer = element(t, '#outer');
    const inner = element(t, '#inner');
    pointer(t, inner, 'pointerdown');
    await sleep(10);
    expect([inner.classList.contains('inner-pressed'), outer.classList.contains('outer-pressed')]).toEqual([true, false]);
    pointer(t, inner, 'pointerup');
    pointer(t, element(t, '#plain'), 'pointerdown');
    await sleep(10);
    expect(outer.classList.contains('outer-pressed')).toBe(true);
    pointer(t, element(t, '#plain'), 'pointerup');
    await sleep(10);
    expect(outer.classList.contains('outer-pressed')).toBe(false);
  });
});

describe('scroll-view', () => {
  it('scrolls the node scroll-into-view names to its top', async () => {
    const rows = element(t, '#rows');
    layOut(rows, { top: 100, width: 300, height: 40 });
    layOut(element(t, '#row-4'), { top: 160, width: 300, height: 20 });
    await t.tap('#scroll-btn');
    expect(rows.scrollTop).toBe(60);
  });
});

describe('swiper', () => {
  it('moves on by itself with autoplay, past the end with circular', async () => {
    const events = of('auto', await eventsOf(t, () => sleep(200)));
    const currents = events.map((e) => (e.detail as { current: number }).current);
    expect(currents.length).toBeGreaterThanOrEqual(3);
    // Each move is to the next item, the last one's next being the first.
    for (let i = 1; i < currents.length; i++) expect(currents[i]).toBe((currents[i - 1] + 1) % 3);
    expect(currents).toContain(0);
    expect(events.every((e) => (e.detail as { source: string }).source === 'autoplay')).toBe(true);
  });

  it('goes to `current` when the page sets it, without a change event', async () => {
    const events = await eventsOf(t, () => t.tap('#jump'), 30);
    const items = Array.from(element(t, '#manual').querySelectorAll('wx-swiper-item')) as HTMLElement[];
    expect(items.map((i) => i.style.transform)).toEqual(['translate3d(calc(-200% + 0px), 0, 0)', 'translate3d(calc(-100% + 0px), 0, 0)', 'translate3d(calc(0% + 0px), 0, 0)']);
    expect(of('manual', events)).toEqual([]);
  });
});

describe('image lazy-load', () => {
  it('waits until the image comes within three screens of the viewport', async () => {
    const lazy = element(t, '#lazy');
    layOut(lazy, { top: 100_000, width: 320, height: 240 });
    const far = await eventsOf(t, () => t.tap('#show-lazy'));
    expect(of('lazy', far)).toEqual([]);
    layOut(lazy, { top: 900, width: 320, height: 240 });
    const near = await eventsOf(t, () => {
      t.window.document.dispatchEvent(new t.window.Event('scroll'));
    });
    expect(of('lazy', near)).toEqual([{ type: 'load', id: 'lazy', detail: { width: 1, height: 1 } }]);
  });
});

describe('progress', () => {
  it('with active, grows one percent a step and sends activeend', async () => {
    const bar = element(t, '#active').querySelector('.wx-progress-inner-bar') as HTMLElement;
    const events = await eventsOf(t, () => t.tap('#grow'), 80);
    expect(of('active', events)).toEqual([{ type: 'activeend', id: 'active', detail: { curPercent: 3 } }]);
    expect(bar.style.width).toBe('3%');
  });
});

describe('match-media', () => {
  it('shows its children only while the screen matches', () => {
    expect(element(t, '#narrow').classList.contains('wx-match-media-off')).toBe(false);
    expect(element(t, '#wide').classList.contains('wx-match-media-off')).toBe(true);
  });
});

describe('a form with @vant/weapp components, unmodified', () => {
  it('is submitted by van-button (wx://form-field-button) with van-field\'s value (wx://form-field)', async () => {
    const events = await eventsOf(t, () => t.tap('#vant-submit wx-button'));
    expect(of('vant-form', events)).toEqual([{ type: 'submit', id: 'vant-form', detail: { value: { plain: 'from input', nick: 'from van-field' }, formId: '' } }]);
  });
});
