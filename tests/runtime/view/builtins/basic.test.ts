// view, text, image, icon, progress, rich-text, cover-view and the components this host does not
// provide, through the real pipeline in happy-dom.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../../helpers/app.js';
import { click, element, eventsOf, pointer, sleep } from '../../../helpers/builtins.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('builtins'));
});
afterAll(() => t.close());

describe('view', () => {
  it('shows hover-class after hover-start-time and keeps it hover-stay-time after the touch', async () => {
    const hover = element(t, '#hover');
    pointer(t, hover, 'pointerdown');
    expect(hover.classList.contains('pressed')).toBe(false);
    await sleep(25);
    expect(hover.classList.contains('pressed')).toBe(true);
    pointer(t, hover, 'pointerup');
    expect(hover.classList.contains('pressed')).toBe(true);
    await sleep(60);
    expect(hover.classList.contains('pressed')).toBe(false);
    // The logical class is not touched.
    expect(t.app.view.attributesOf(hover).class).toBeUndefined();
  });

  it('sends touchstart and touchend, then tap; a held touch is a longpress and swallows its tap', async () => {
    const hover = element(t, '#hover');
    const tap = await eventsOf(t, () => {
      pointer(t, hover, 'pointerdown', 5, 6);
      pointer(t, hover, 'pointerup', 5, 6);
      click(t, hover);
    });
    expect(tap.map((e) => e.type)).toEqual(['touchstart', 'touchend', 'tap']);
    const held = await eventsOf(t, async () => {
      pointer(t, hover, 'pointerdown', 5, 6);
      await sleep(400);
      pointer(t, hover, 'pointerup', 5, 6);
      click(t, hover);
    });
    expect(held.map((e) => e.type)).toEqual(['touchstart', 'longpress', 'touchend']);
    expect(held[1].detail).toEqual({ x: 0, y: 0 });
  });
});

describe('text', () => {
  it('decodes entities and keeps spaces with `decode` and `space`; the snapshot keeps the text as written', () => {
    expect(element(t, '#decoded').textContent).toBe('a<b>\u00a0\u00a0c');
    expect(t.wxml()).toContain('a&lt;b&gt;  c');
  });
});

describe('image', () => {
  it('sends load with the picture\'s size, takes its proportions with widthFix, and error for a refused URL', async () => {
    const picture = element(t, '#picture');
    expect(picture.style.getPropertyValue('aspect-ratio')).toBe('2 / 1');
    expect((picture.querySelector('.wx-image-picture') as HTMLElement).style.backgroundImage).toContain('data:image/png');
    // The picture is drawn when it loads; its load event may still be on its way to the page.
    await t.app.settled();
    const log = JSON.parse(t.text('#log')) as { type: string; id: string; detail: unknown }[];
    expect(log).toContainEqual({ type: 'load', id: 'picture', detail: { width: 2, height: 1 } });
    expect(log).toContainEqual({ type: 'error', id: 'broken', detail: { errMsg: 'GET javascript:void(0) failed: the URL is refused' } });
  });
});

describe('icon and progress', () => {
  it('draws the icon of each type at its size', () => {
    const icons = t.queryAll('wx-icon svg');
    expect(icons.map((svg) => [svg.getAttribute('data-icon'), svg.getAttribute('width')])).toEqual([
      ['success', '20'],
      ['warn', '20'],
      ['search', '20'],
    ]);
  });

  it('fills the bar to percent and shows it', () => {
    const progress = element(t, '#progress');
    expect((progress.querySelector('.wx-progress-inner-bar') as HTMLElement).style.width).toBe('40%');
    expect(progress.querySelector('.wx-progress-info')?.textContent).toBe('40%');
  });
});

describe('rich-text', () => {
  it('renders allowed tags and drops scripts, event handlers and javascript: URLs', () => {
    const html = element(t, '#html');
    expect(html.querySelector('p.para b')?.textContent).toBe('bold');
    expect(html.querySelector('script')).toBeNull();
    expect(html.innerHTML).not.toMatch(/onclick|javascript:|alert\(2\)/);
    expect(html.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(Array.from(html.querySelectorAll('img')).map((i) => i.getAttribute('src')?.slice(0, 15) ?? null)).toEqual([null, 'data:image/png;']);
  });

  it('takes the node array form, with the same checks', () => {
    const node = element(t, '#nodes').querySelector('div.node') as HTMLElement;
    expect(node.textContent).toBe('from nodes');
    expect(node.getAttribute('style')).toBe('color: red');
    expect(node.hasAttribute('onclick')).toBe(false);
  });
});

describe('what this host cannot provide', () => {
  it('shows a marked box for camera and map', () => {
    expect(element(t, '#camera').textContent).toBe('<camera> is not supported here');
    expect(element(t, '#map').textContent).toBe('<map> is not supported here');
  });

  it('leaves inner nodes out of the wxml snapshot', () => {
    const wxml = t.wxml();
    expect(wxml).not.toContain('is not supported here');
    expect(wxml).not.toContain('wx-switch-input');
    expect(wxml).toContain('<wx-camera\n    id="camera"');
  });

  it('draws cover-view and cover-image', () => {
    expect(element(t, '#cover').textContent).toContain('cover-view');
    expect(element(t, '#cover').querySelector('wx-cover-image .wx-image-picture')).not.toBeNull();
  });
});
