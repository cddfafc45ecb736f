// `miniapp run`: boot headless, tap in order, print the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, template } from '../helpers/app.js';
import { miniapp } from './helpers.js';

describe('miniapp run', () => {
  it('prints the logical tree in snapshot style', () => {
    const { status, stdout } = miniapp('run', fixture('snapshot'), '--format', 'wxml');
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(join(fixture('snapshot'), 'expected.wxml'), 'utf8'));
  });

  it('performs the taps in order before printing', () => {
    const { status, stdout } = miniapp('run', template('demo'), '--tap', '#inc', '--tap', '#inc', '--tap', '.todo:nth-child(3)');
    expect(status).toBe(0);
    expect(stdout).toContain('<wx-text class="count positive">2</wx-text>');
    expect(stdout).toContain('<wx-view class="hint">Keep going.</wx-view>');
    expect(stdout).toContain('<wx-view class="remaining">1 of 3 left</wx-view>');
  });

  it('opens the page given with --page, with its query', () => {
    const { status, stdout } = miniapp('run', template('demo'), '--page', 'pages/about/about?from=cli');
    expect(status).toBe(0);
    expect(stdout).toContain('Opened with cli');
  });

  it('forwards the logic thread console to stderr', () => {
    expect(miniapp('run', template('demo')).stderr).toContain('[log] demo launched at pages/index/index');
  });

  it('fails clearly on a selector that matches nothing and on an unknown page', () => {
    const missing = miniapp('run', template('demo'), '--tap', '#nope');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no element on the page matches --tap "#nope"');
    const page = miniapp('run', template('demo'), '--page', 'pages/nope/nope');
    expect(page.status).toBe(1);
    expect(page.stderr).toContain('--page "pages/nope/nope" is not in app.json\'s pages: pages/index/index, pages/about/about');
  });

  it('exits 1 with the diagnostics when the project does not compile', () => {
    const { status, stderr } = miniapp('run', fixture('broken-wxml'));
    expect(status).toBe(1);
    expect(stderr).toContain('pages/index/index.wxml:2:20: error MA0024');
  });
});
