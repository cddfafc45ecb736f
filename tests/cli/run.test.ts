// `miniapp run`: boot headless, tap in order, print the page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('renders one component alone, under its library\'s tag, with --props', () => {
    const vant = (name: string) => fileURLToPath(new URL(`../../node_modules/@vant/weapp/lib/${name}/index`, import.meta.url));
    const button = miniapp('run', vant('button'), '--props', '{"type":"danger","size":"small"}', '--format', 'wxml');
    expect(button.status).toBe(0);
    expect(button.stdout.startsWith('<van-button>\n  <wx-button\n    class="custom-class van-button van-button--danger van-button--small ')).toBe(true);
    // nav-bar is used by no other vant component: its tag comes from the library's prefix.
    expect(miniapp('run', vant('nav-bar'), '--format', 'wxml').stdout.startsWith('<van-nav-bar>')).toBe(true);
    expect(miniapp('run', vant('nav-bar'), '--tag', 'top-bar', '--format', 'wxml').stdout.startsWith('<top-bar>')).toBe(true);
    const bad = miniapp('run', vant('button'), '--props', '[1]');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--props must be a JSON object of property values');
  });

  it('--device sets what the system information APIs report; --timers bounds the wait for timers', () => {
    const vant = (name: string) => fileURLToPath(new URL(`../../node_modules/@vant/weapp/lib/${name}/index`, import.meta.url));
    // The nav bar pads itself by the status bar's height.
    expect(miniapp('run', vant('nav-bar'), '--format', 'wxml').stdout).toContain('padding-top:20px;');
    expect(miniapp('run', vant('nav-bar'), '--device', 'iPhone X', '--format', 'wxml').stdout).toContain('padding-top:44px;');
    expect(miniapp('run', vant('nav-bar'), '--device', 'iPad').stderr).toContain('Invalid values');
    // A transition enters after a 33 ms timer: with --timers 0 it is printed before.
    expect(miniapp('run', vant('transition'), '--timers', '0', '--format', 'wxml').stdout).toBe('<van-transition />\n');
    expect(miniapp('run', vant('transition'), '--format', 'wxml').stdout).toContain('van-fade-enter-to');
  });

  it('--navigate goes to pages in order with the taps; "back" goes back; the tab bar can be tapped', () => {
    const { status, stdout, stderr } = miniapp('run', fixture('tabs'), '--navigate', 'pages/cart/cart', '--tap', 'miniapp-tab[data-index="0"]', '--navigate', '/pages/detail/detail?id=5', '--navigate', 'back', '--tap', '#title');
    expect(status).toBe(0);
    expect(stderr).toContain('[log] cart onShow\n[log] cart onHide\n[log] home onShow\n[log] home onTabItemTap 0 pages/home/home Home\n[log] home onHide\n[log] detail onLoad {"id":"5"}\n[log] detail onUnload\n[log] home onShow\n');
    expect(stdout).toContain('<wx-view id="from-detail"></wx-view>');
    const missing = miniapp('run', fixture('tabs'), '--navigate', 'pages/nope/nope');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('miniapp: --navigate "pages/nope/nope": navigateTo:fail page "pages/nope/nope" is not found');
  });

  it('runs in the --theme given: an app with darkmode draws its bars with theme.json\'s dark values', () => {
    const dark = miniapp('run', fixture('theme'), '--theme', 'dark');
    expect(dark.status).toBe(0);
    expect(dark.stderr).toContain('[log] launch theme dark dark');
    expect(dark.stdout.startsWith('<miniapp-navbar style="background: #191919; color: #ffffff;">\n  <miniapp-navbar-title>Home</miniapp-navbar-title>\n</miniapp-navbar>\n<page')).toBe(true);
    expect(dark.stdout).toContain('<wx-view class="card">dark</wx-view>');
    expect(dark.stdout).toContain('<miniapp-tabbar class="white" style="background: #1f1f1f;">');
    const light = miniapp('run', fixture('theme'));
    expect(light.stdout).toContain('<miniapp-navbar style="background: #f6f6f6; color: #000000;">');
    expect(light.stdout).toContain('<wx-view class="card">light</wx-view>');
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

describe('miniapp run with the default Node host', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'miniapp-cli-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('--grant and --deny answer consent prompts; without a terminal the rest is denied', () => {
    const granted = miniapp('run', fixture('location'), '--tap', '#getLocation', '--grant', 'privacy', '--grant', 'scope.userLocation', '--format', 'wxml');
    expect(granted.status).toBe(0);
    expect(granted.stdout).toMatch(/\{"latitude":39\.9087,"longitude":116\.3975,.*"errMsg":"getLocation:ok"\}/);
    const denied = miniapp('run', fixture('location'), '--tap', '#getLocation', '--grant', 'privacy', '--deny', 'scope.userLocation', '--format', 'wxml');
    expect(denied.stdout).toContain('"getLocation:fail auth deny"');
    const unasked = miniapp('run', fixture('location'), '--tap', '#getLocation', '--grant', 'privacy', '--format', 'wxml');
    expect(unasked.stdout).toContain('"getLocation:fail auth deny"');
    expect(unasked.stderr).toContain('miniapp: scope.userLocation asked for by getLocation: denied (no terminal to ask; pass --grant scope.userLocation)');
  });

  it('--data-dir keeps storage and answers for the next run', () => {
    const first = miniapp('run', fixture('location'), '--data-dir', dataDir, '--tap', '#authorizeCamera', '--grant', 'privacy', '--deny', 'scope.camera', '--format', 'wxml');
    expect(first.stdout).toContain('"authorize:fail auth deny"');
    const second = miniapp('run', fixture('location'), '--data-dir', dataDir, '--tap', '#getSetting', '--format', 'wxml');
    expect(second.stdout).toContain('{"scope.camera":false}');
    // A denial stays until the settings page changes it; there, answers given ahead are the user's switches.
    const stillDenied = miniapp('run', fixture('location'), '--data-dir', dataDir, '--tap', '#authorizeCamera', '--grant', 'scope.camera', '--format', 'wxml');
    expect(stillDenied.stdout).toContain('"authorize:fail auth deny"');
    const switched = miniapp('run', fixture('location'), '--data-dir', dataDir, '--tap', '#openSetting', '--grant', 'scope.camera', '--format', 'wxml');
    expect(switched.stdout).toContain('{"scope.camera":true}');
    expect(miniapp('run', fixture('apis'), '--data-dir', dataDir, '--tap', '#storageAsync').status).toBe(0);
    const read = miniapp('run', fixture('apis'), '--data-dir', dataDir, '--tap', '#afterSlow', '--format', 'wxml');
    expect(read.stdout).toContain('{"text":"hi","n":1}');
  });

  it('taps reach a modal\'s buttons; an open modal is printed above the page', () => {
    const open = miniapp('run', fixture('apis'), '--tap', '#modal');
    expect(open.status).toBe(0);
    expect(open.stdout).toContain('<wx-modal-title>Delete?</wx-modal-title>');
    const answered = miniapp('run', fixture('apis'), '--tap', '#modal', '--tap', 'wx-modal-button.confirm', '--format', 'wxml');
    expect(answered.stdout).toContain('{"confirm":true,"cancel":false,"errMsg":"showModal:ok"}');
  });
});
