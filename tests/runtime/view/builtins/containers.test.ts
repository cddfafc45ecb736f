// scroll-view, swiper, movable-view, navigator and the buttons' open capabilities, through the real
// pipeline in happy-dom (boxes a browser would lay out are given by hand).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../../helpers/app.js';
import { element, eventsOf, layOut, pointer, sleep } from '../../../helpers/builtins.js';

let t: TestApp;
let phoneCalls = 0;
beforeAll(async () => {
  t = await startApp(fixture('builtins'), {
    host: {
      privacyPrompt: () => true,
      handlers: {
        getPhoneNumber: () => {
          phoneCalls++;
          return { code: 'phone-code-1' };
        },
      },
    },
  });
});
afterAll(() => t.close());

const body = () => t.window.document.body as unknown as Element;

function scroll(target: HTMLElement, top: number): void {
  target.scrollTop = top;
  target.dispatchEvent(new t.window.Event('scroll') as unknown as Event);
}

describe('scroll-view', () => {
  it('sends scroll with WeChat\'s detail, and scrolltolower / scrolltoupper near the ends', async () => {
    const scroller = element(t, '#scroller');
    Object.defineProperty(scroller, 'scrollHeight', { value: 150, configurable: true });
    Object.defineProperty(scroller, 'clientHeight', { value: 60, configurable: true });
    const down = await eventsOf(t, () => scroll(scroller, 80));
    expect(down).toEqual([
      { type: 'scroll', id: 'scroller', detail: { scrollLeft: 0, scrollTop: 80, scrollHeight: 150, scrollWidth: 0, deltaX: 0, deltaY: 80 } },
      { type: 'scrolltolower', id: 'scroller', detail: { direction: 'bottom' } },
    ]);
    const further = await eventsOf(t, () => scroll(scroller, 85));
    expect(further.map((e) => e.type)).toEqual(['scroll']);
    const up = await eventsOf(t, () => scroll(scroller, 10));
    expect(up.map((e) => [e.type, e.detail])).toEqual([
      ['scroll', { scrollLeft: 0, scrollTop: 10, scrollHeight: 150, scrollWidth: 0, deltaX: 0, deltaY: -75 }],
      ['scrolltoupper', { direction: 'top' }],
    ]);
    await eventsOf(t, () => scroll(scroller, 0));
  });

  it('opens the refresher when pulled past its threshold, and closes it when the page says so', async () => {
    const scroller = element(t, '#scroller');
    const refresher = scroller.querySelector('.wx-scroll-view-refresher') as HTMLElement;
    const pulled = await eventsOf(t, () => {
      pointer(t, scroller, 'pointerdown', 0, 100);
      pointer(t, body(), 'pointermove', 0, 160);
      pointer(t, body(), 'pointerup', 0, 160);
    });
    expect(pulled).toEqual([{ type: 'refresherrefresh', id: 'scroller', detail: { dy: 60 } }]);
    expect(refresher.style.height).toBe('45px');
    const restored = await eventsOf(t, () => t.tap('#stop-refresh'));
    expect(restored).toEqual([{ type: 'refresherrestore', id: 'scroller', detail: {} }]);
    expect(refresher.style.height).toBe('0px');
  });
});

describe('swiper', () => {
  it('moves to the next item when dragged past half its width: change, then animationfinish', async () => {
    const swiper = element(t, '#swiper');
    layOut(swiper, { width: 300, height: 60 });
    const events = await eventsOf(
      t,
      () => {
        pointer(t, swiper, 'pointerdown', 250, 10);
        pointer(t, body(), 'pointermove', 60, 10);
        pointer(t, body(), 'pointerup', 60, 10);
      },
      60,
    );
    expect(events).toEqual([
      { type: 'change', id: 'swiper', detail: { current: 1, currentItemId: 'two', source: 'touch' } },
      { type: 'animationfinish', id: 'swiper', detail: { current: 1, currentItemId: 'two', source: 'touch' } },
    ]);
    const items = Array.from(swiper.querySelectorAll('wx-swiper-item')) as HTMLElement[];
    expect(items.map((i) => i.style.transform)).toEqual(['translate3d(calc(-100% + 0px), 0, 0)', 'translate3d(calc(0% + 0px), 0, 0)', 'translate3d(calc(100% + 0px), 0, 0)']);
    expect(Array.from(swiper.querySelectorAll('.wx-swiper-dot')).map((d) => d.classList.contains('wx-swiper-dot-active'))).toEqual([false, true, false]);
  });

  it('stays when the drag is short', async () => {
    const swiper = element(t, '#swiper');
    const events = await eventsOf(
      t,
      async () => {
        pointer(t, swiper, 'pointerdown', 100, 10);
        await sleep(350);
        pointer(t, body(), 'pointermove', 90, 10);
        pointer(t, body(), 'pointerup', 90, 10);
      },
      60,
    );
    expect(events).toEqual([]);
  });
});

describe('movable-view', () => {
  it('follows a drag within its area and sends change with source touch', async () => {
    const area = element(t, '#area');
    const movable = element(t, '#movable');
    layOut(area, { width: 200, height: 60 });
    layOut(movable, { width: 40, height: 40 });
    expect(movable.style.transform).toBe('translate3d(10px, 5px, 0) scale(1)');
    const events = await eventsOf(t, () => {
      pointer(t, movable, 'pointerdown', 20, 20);
      pointer(t, body(), 'pointermove', 70, 25);
      pointer(t, body(), 'pointermove', 400, 400);
      pointer(t, body(), 'pointerup', 400, 400);
    });
    expect(events).toEqual([
      { type: 'change', id: 'movable', detail: { x: 60, y: 10, source: 'touch' } },
      { type: 'change', id: 'movable', detail: { x: 160, y: 20, source: 'touch' } },
    ]);
  });
});

describe('button open capabilities', () => {
  it('share asks the page\'s onShareAppMessage, from the button', async () => {
    const events = await eventsOf(t, () => t.tap('#share'));
    expect(events).toEqual([{ type: 'onShareAppMessage', id: 'share', detail: { from: 'button' } }]);
  });

  it('openSetting opens the host\'s settings page and sends opensetting', async () => {
    const events = await eventsOf(t, () => t.tap('#settings'));
    expect(events).toEqual([{ type: 'opensetting', id: 'settings', detail: { authSetting: {}, errMsg: 'openSetting:ok' } }]);
  });

  it('getPhoneNumber goes through the privacy check to the host\'s handler', async () => {
    const events = await eventsOf(t, () => t.tap('#phone'));
    expect(events).toEqual([{ type: 'getphonenumber', id: 'phone', detail: { code: 'phone-code-1', errMsg: 'getPhoneNumber:ok' } }]);
    expect(phoneCalls).toBe(1);
  });

  it('a loading button shows a spinner', () => {
    expect(element(t, '#loading').firstElementChild?.localName).toBe('wx-button-loading');
  });
});

describe('navigator', () => {
  it('opens its url relative to the page, through the host\'s navigation', async () => {
    await t.tap('#nav');
    expect(t.app.pages).toEqual(['pages/index/index', 'pages/detail/detail']);
    expect(t.text('#detail')).toBe('detail {"from":"nav"}');
  });
});
