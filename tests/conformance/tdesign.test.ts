// tdesign-miniprogram runs unmodified. There are no goldens from WeChat's tools for it here (vant's
// and weui's are in conformance.test.ts), so each component is rendered alone with its default
// properties and must render without an exception, and the overlay components, which render
// nothing until shown, are opened on a page and must show their content.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp } from '../helpers/app.js';
import { writeFiles } from '../helpers/files.js';
import { renderAlone } from './render.js';

const dist = fileURLToPath(new URL('../../node_modules/tdesign-miniprogram/miniprogram_dist', import.meta.url));
const components = readdirSync(dist).filter((c) => existsSync(join(dist, c, `${c}.json`))).sort();

/** Components that throw alone in WeChat too: what they read in `attached` is a required property. */
const NEED_PROPERTIES: Record<string, string> = {
  'chat-content': "TypeError: cannot read property 'type' of null",
};

describe('tdesign-miniprogram', () => {
  it('has its components here', () => {
    expect(components.length).toBeGreaterThan(90);
    expect(components).toContain('button');
  });

  it.each(components)('%s renders alone without an exception', async (component) => {
    const { wxml, errors } = await renderAlone(join(dist, component, component), `t-${component}`);
    const expected = NEED_PROPERTIES[component];
    if (expected !== undefined) expect(errors.join('\n')).toContain(expected);
    else expect(errors).toEqual([]);
    expect(wxml).not.toContain('unsupported');
  });

  it('renders buttons and icons as the library writes them', async () => {
    const button = await renderAlone(join(dist, 'button', 'button'), 't-button');
    expect(button.wxml).toMatch(/<wx-button\s+class="class t-button t-class t-button--base t-button--default t-button--rectangle t-button--size-medium"/);
    const rate = await renderAlone(join(dist, 'rate', 'rate'), 't-rate');
    // Five stars, each an icon component with the icon font's class.
    expect(rate.wxml.match(/class="t-icon-star-filled t-icon-base"/g)).toHaveLength(5);
  });

  describe('overlays, opened on a page', () => {
    const root = mkdtempSync(join(tmpdir(), 'miniapp-tdesign-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const using = Object.fromEntries(['calendar', 'popup', 'dialog', 'picker', 'picker-item', 'drawer'].map((c) => [`t-${c}`, `tdesign-miniprogram/${c}/${c}`]));
    const dir = writeFiles(root, {
      'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
      'app.js': 'App({});',
      'pages/index/index.js': 'Page({});',
      'pages/index/index.json': JSON.stringify({ usingComponents: using }),
      'pages/index/index.wxml': [
        '<t-calendar visible="{{ true }}"/>',
        '<t-popup visible="{{ true }}" placement="bottom"><view class="popped">popped</view></t-popup>',
        '<t-dialog visible="{{ true }}" title="Title" content="Body" confirm-btn="OK" cancel-btn="Cancel"/>',
        '<t-picker visible="{{ true }}" title="Pick"><t-picker-item options="{{ [{ label: \'A\', value: \'a\' }, { label: \'B\', value: \'b\' }] }}"/></t-picker>',
        '<t-drawer visible="{{ true }}" items="{{ [{ title: \'One\' }, { title: \'Two\' }] }}"/>',
      ].join('\n'),
    });
    // As WeChat's "build npm" leaves it: the package's miniprogram_dist under miniprogram_npm.
    mkdirSync(join(dir, 'miniprogram_npm'));
    symlinkSync(dist, join(dir, 'miniprogram_npm', 'tdesign-miniprogram'), 'dir');

    it('shows their content', async () => {
      const t = await startApp(dir);
      try {
        expect(t.errors).toEqual([]);
        expect(t.text('.popped')).toBe('popped');
        expect(t.text('.t-dialog__header')).toContain('Title');
        expect(t.text('.t-dialog__body')).toContain('Body');
        expect(t.queryAll('.t-picker-item__item-label').map((e) => e.textContent?.trim())).toEqual(['A', 'B']);
        expect(t.queryAll('.t-drawer__sidebar-item-title').map((e) => e.textContent?.trim())).toEqual(['One', 'Two']);
        // The calendar's month headers and its confirm button are templates its included file
        // imports (calendar.wxml includes template.wxml, which imports them).
        expect(t.queryAll('.t-calendar-header__title').length).toBeGreaterThan(0);
        expect(t.query('.t-calendar__footer .t-button')).not.toBeNull();
      } finally {
        await t.close();
      }
    });
  });
});
