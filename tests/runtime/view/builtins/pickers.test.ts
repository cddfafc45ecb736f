// picker (every mode) and picker-view, through the real pipeline in happy-dom: the sheet a tap
// opens, the choices, and the events with WeChat's detail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../../helpers/app.js';
import { click, element, eventsOf, sleep } from '../../../helpers/builtins.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('builtins'));
});
afterAll(() => t.close());

const sheet = () => t.app.view.ui.root.querySelector('wx-picker-sheet');
/** The options of each column of the open sheet, the chosen one marked with a star. */
const columns = () =>
  Array.from(sheet()!.querySelectorAll('wx-picker-sheet-column')).map((c) => Array.from(c.children).map((i) => (i.classList.contains('selected') ? `*${i.textContent}` : i.textContent)));
const option = (column: number, index: number) => sheet()!.querySelector(`wx-picker-sheet-column[data-column="${column}"] [data-index="${index}"]`)!;
const confirm = () => click(t, sheet()!.querySelector('wx-picker-sheet-confirm')!);

describe('picker', () => {
  it('opens a sheet on a tap with the value chosen; confirming sends change with the index', async () => {
    await t.tap('#picker');
    expect(columns()).toEqual([['apple', '*banana', 'cherry']]);
    const events = await eventsOf(t, () => {
      click(t, option(0, 2));
      confirm();
    });
    expect(events).toEqual([{ type: 'change', id: 'picker', detail: { value: 2 } }]);
    expect(sheet()).toBeNull();
  });

  it('sends cancel when the sheet is cancelled', async () => {
    await t.tap('#picker');
    // The value the user chose last stays chosen.
    expect(columns()).toEqual([['apple', 'banana', '*cherry']]);
    const events = await eventsOf(t, () => click(t, sheet()!.querySelector('wx-picker-sheet-cancel')!));
    expect(events).toEqual([{ type: 'cancel', id: 'picker', detail: {} }]);
  });

  it('shows range-key of objects', async () => {
    await t.tap('#people');
    expect(columns()).toEqual([['*Ann', 'Bob']]);
    const events = await eventsOf(t, () => {
      click(t, option(0, 1));
      confirm();
    });
    expect(events).toEqual([{ type: 'change', id: 'people', detail: { value: 1 } }]);
  });

  it('multiSelector: sends columnchange as a column changes (the page may change the range), change with every index', async () => {
    await t.tap('#multi');
    expect(columns()).toEqual([['*a', 'b'], ['x', '*y', 'z']]);
    const changed = await eventsOf(t, () => click(t, option(0, 1)));
    expect(changed).toEqual([{ type: 'columnchange', id: 'multi', detail: { column: 0, value: 1 } }]);
    expect(columns()).toEqual([['a', '*b'], ['p', '*q']]);
    const events = await eventsOf(t, () => confirm());
    expect(events).toEqual([{ type: 'change', id: 'multi', detail: { value: [1, 1] } }]);
  });

  it('time: hours and minutes between start and end, value as HH:mm', async () => {
    await t.tap('#time');
    const [hours, minutes] = columns();
    expect(hours[0]).toBe('08');
    expect(hours[hours.length - 1]).toBe('18');
    expect(hours).toContain('*09');
    expect(minutes).toContain('*30');
    const events = await eventsOf(t, () => {
      click(t, option(0, 10));
      confirm();
    });
    expect(events).toEqual([{ type: 'change', id: 'time', detail: { value: '18:00' } }]);
  });

  it('date: days follow the month chosen, value as YYYY-MM-DD', async () => {
    await t.tap('#date');
    expect(columns().map((c) => c.length)).toEqual([1, 12, 29]);
    click(t, option(1, 3));
    expect(columns()[2]).toHaveLength(30);
    const events = await eventsOf(t, () => confirm());
    expect(events).toEqual([{ type: 'change', id: 'date', detail: { value: '2024-04-28' } }]);
  });

  it('region: province, city and district with their codes', async () => {
    await t.tap('#region');
    const [provinces, cities, districts] = columns();
    expect(provinces).toContain('*广东省');
    expect(cities).toContain('*广州市');
    expect(districts).toContain('*天河区');
    const events = await eventsOf(t, () => confirm());
    expect(events).toEqual([{ type: 'change', id: 'region', detail: { value: ['广东省', '广州市', '天河区'], code: ['440000', '440100', '440106'] } }]);
  });
});

describe('picker-view', () => {
  it('puts value in the band and, once a scrolled column settles, sends pickstart, change and pickend', async () => {
    const column = element(t, '#column');
    expect(column.scrollTop).toBe(34);
    const events = await eventsOf(
      t,
      () => {
        column.scrollTop = 70;
        column.dispatchEvent(new t.window.Event('scroll') as unknown as Event);
      },
      200,
    );
    expect(events).toEqual([
      { type: 'pickstart', id: 'picker-view', detail: {} },
      { type: 'change', id: 'picker-view', detail: { value: [2] } },
      { type: 'pickend', id: 'picker-view', detail: {} },
    ]);
    expect(column.scrollTop).toBe(68);
    await sleep(150);
  });
});
