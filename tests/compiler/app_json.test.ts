// app.json's tabBar, subpackages, preloadRule and lazyCodeLoading: what WeChat refuses is an error
// pointing into app.json. Theme variables (`@name` values, theme.json): resolved in both themes,
// a name theme.json lacks is an error at its place.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, compileProject } from '../../compiler/index.js';
import { fixture } from '../helpers/app.js';
import { compileErrors, writeFiles } from '../helpers/files.js';

const root = mkdtempSync(join(tmpdir(), 'miniapp-appjson-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, appJson: unknown, files: Record<string, string> = {}): string {
  const dir = join(root, name);
  const all: Record<string, string> = { 'app.js': 'App({});', 'pages/a/a.wxml': '<view/>', 'pages/a/a.js': 'Page({});', 'pages/b/b.wxml': '<view/>', 'pages/b/b.js': 'Page({});', ...files, 'app.json': JSON.stringify(appJson, null, 2) };
  return writeFiles(dir, all);
}

const errors = compileErrors;

describe('app.json', () => {
  it('checks the tab bar: 2 to 5 tabs on pages of the main package, hex colours, icons that exist', () => {
    expect(errors(project('one-tab', { pages: ['pages/a/a'], tabBar: { list: [{ pagePath: 'pages/a/a', text: 'A' }] } }))).toEqual([
      'app.json:6:13: "tabBar"."list" must hold 2 to 5 tabs',
    ]);
    expect(
      errors(project('bad-tabs', { pages: ['pages/a/a', 'pages/b/b'], tabBar: { color: 'red', list: [{ pagePath: 'pages/a/a', text: 'A', iconPath: 'none.png' }, { pagePath: 'pages/c/c', text: 'C' }] } })),
    ).toEqual([
      'app.json:7:14: "tabBar"."color" must be a hex colour such as "#000000"',
      'app.json:12:21: iconPath "none.png" is not a file of the project',
      'app.json:15:21: a tab\'s "pagePath" must be one of the pages ("pages/c/c" is not)',
    ]);
  });

  it('checks subpackages, preloadRule and lazyCodeLoading', () => {
    const dir = project(
      'bad-packages',
      {
        pages: ['pages/a/a'],
        subpackages: [{ root: 'pkg', pages: ['pages/x/x'] }, { root: 'pkg/inner', pages: ['pages/y/y'] }],
        preloadRule: { 'pages/a/a': { packages: ['nope'] } },
        lazyCodeLoading: 'everything',
      },
      { 'pkg/pages/x/x.wxml': '<view/>' },
    );
    expect(errors(dir)).toEqual([
      'app.json:9:9: page "pkg/pages/x/x" has no pkg/pages/x/x.js (or .ts)',
      'app.json:13:15: subpackage "pkg/inner" overlaps subpackage "pkg"',
      'app.json:22:9: preloadRule: no subpackage has the root or name "nope"',
      'app.json:26:22: "lazyCodeLoading" can only be "requiredComponents"',
    ]);
  });

  // Found by the fuzzer (tests/fuzz): these crashed the build instead of reporting.
  it('reports a custom tab bar without its .js or .wxml at "tabBar"."custom"', () => {
    const appJson = { pages: ['pages/a/a', 'pages/b/b'], tabBar: { custom: true, list: [{ pagePath: 'pages/a/a', text: 'A' }, { pagePath: 'pages/b/b', text: 'B' }] }, useExtendedLib: { weui: true } };
    expect(errors(project('tab-bar-no-js', appJson, { 'custom-tab-bar/index.wxml': '<view/>', 'custom-tab-bar/index.json': '{"component": true}' }))).toEqual([
      'app.json:7:15: "tabBar"."custom": the custom tab bar has no custom-tab-bar/index.js (or .ts)',
    ]);
    expect(errors(project('tab-bar-none', appJson))).toEqual(['app.json:7:15: "tabBar"."custom": the custom tab bar has no custom-tab-bar/index.wxml']);
  });

  it('refuses JSON nested deeper than the parser goes, at the bracket', () => {
    const dir = project('deep', {});
    writeFileSync(join(dir, 'app.json'), `{"pages": ["pages/a/a"], "x": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    expect(errors(dir)).toEqual(['app.json:1:542: bad JSON: arrays and objects nested more than 512 deep']);
  });

  // Found by the fuzzer: quoting {"toString": "x"} in a message called it, and the build crashed.
  it('quotes any JSON value in its messages, an object with a "toString" key too', () => {
    const odd = { toString: 'x' };
    const dir = project('odd-values', { pages: ['pages/a/a', 'pages/b/b'], preloadRule: { 'pages/a/a': { packages: [odd] } }, tabBar: { list: [{ pagePath: odd, text: 'A' }, { pagePath: 'pages/b/b', text: 'B', iconPath: odd }] } });
    expect(errors(dir).map((e) => e.replace(/^app.json:\d+:\d+: /, ''))).toEqual([
      'preloadRule: no subpackage has the root or name "{"toString":"x"}"',
      'a tab\'s "pagePath" must be one of the pages ("{"toString":"x"}" is not)',
      'iconPath "{"toString":"x"}" is not a file of the project',
    ]);
  });

  // Found by the fuzzer: a U+2029 in a key started a new line in the code frame only, and printing threw.
  it('prints a code frame under the right line when the file holds a U+2029, a U+2028 or a lone CR', () => {
    const dir = project('separators', {});
    writeFileSync(join(dir, 'app.json'), '{\n  "a\u2029b\u2028c":\r1,\n  "pages": ["pages/a/a"],\n  "entryPagePath": [\n    1\n  ]\n}');
    let printed = '';
    try {
      compileProject(dir);
    } catch (error) {
      printed = (error as CompileError).format();
    }
    const lines = printed.split('\n');
    expect(lines[0]).toBe('app.json:4:20: error MA0011: "entryPagePath" must be one of the pages');
    // The marker sits under the line it names, in a frame of the file's own seven lines.
    const marked = lines.findIndex((l) => l.startsWith('>'));
    expect(lines[marked]).toMatch(/^> 4 \|\s+"entryPagePath": \[$/);
    expect(lines[marked + 1]).toMatch(/^\s+\|\s{20}\^$/);
    expect(lines.some((l) => /^\s+8 \|/.test(l))).toBe(false);
  });
});

describe('theme.json', () => {
  it('gives each @name value of window, tabBar and a page its light and dark values', () => {
    const { manifest } = compileProject(fixture('theme')).bundle;
    expect(manifest.darkmode).toBe(true);
    expect(manifest.window).toEqual({ navigationBarTitleText: 'Theme', navigationBarBackgroundColor: '#f6f6f6', navigationBarTextStyle: 'black', backgroundColor: '#ffffff' });
    expect(manifest.dark?.window).toEqual({ navigationBarTitleText: 'Theme', navigationBarBackgroundColor: '#191919', navigationBarTextStyle: 'white', backgroundColor: '#1f1f1f' });
    expect(manifest.pageConfigs['pages/plain/plain']).toEqual({ navigationBarBackgroundColor: '#eeeeee' });
    expect(manifest.dark?.pageConfigs['pages/plain/plain']).toEqual({ navigationBarBackgroundColor: '#222222' });
    expect(manifest.pageConfigs['pages/index/index'].backgroundTextStyle).toBe('dark');
    expect(manifest.dark?.pageConfigs['pages/index/index'].backgroundTextStyle).toBe('light');
    const style = (t: typeof manifest.tabBar) => [t?.color, t?.selectedColor, t?.backgroundColor, t?.borderStyle, t?.list[0].iconPath, t?.list[0].selectedIconPath];
    expect(style(manifest.tabBar)).toEqual(['#7a7e83', '#3cc51f', '#f7f7f7', 'black', 'images/home.png', 'images/home-on.png']);
    expect(style(manifest.dark?.tabBar)).toEqual(['#ffffff', '#51a937', '#1f1f1f', 'white', 'images/home-dark.png', 'images/home-on.png']);
  });

  it('reports a name theme.json lacks where it is written, and a dark value WeChat would refuse', () => {
    const theme = JSON.stringify({ light: { nav: '#ffffff', tab: '#000000', icon: 'a.png' }, dark: { nav: '#000000', tab: 'grey', icon: 'gone.png' } }, null, 2);
    const dir = project(
      'theme-names',
      {
        pages: ['pages/a/a', 'pages/b/b'],
        darkmode: true,
        themeLocation: 'theme.json',
        window: { navigationBarBackgroundColor: '@nav', navigationBarTextStyle: '@navText', navigationBarTitleText: '@home' },
        tabBar: { color: '@tab', selectedColor: '@selected', list: [{ pagePath: 'pages/a/a', text: 'A', iconPath: '@icon' }, { pagePath: 'pages/b/b', text: 'B' }] },
      },
      { 'theme.json': theme, 'a.png': '', 'pages/a/a.json': '{\n  "backgroundColor": "@pageBg"\n}' },
    );
    expect(errors(dir)).toEqual([
      'app.json:10:31: "navigationBarTextStyle": the theme variable "@navText" is not defined in theme.json\'s "light" and "dark"',
      'app.json:15:22: "selectedColor": the theme variable "@selected" is not defined in theme.json\'s "light" and "dark"',
      'app.json:14:14: "tabBar"."color" must be a hex colour such as "#000000" (theme.json\'s "dark" gives "grey" for "@tab")',
      'app.json:20:21: iconPath "gone.png" is not a file of the project (theme.json\'s "dark" gives "gone.png" for "@icon")',
      'pages/a/a.json:2:22: "backgroundColor": the theme variable "@pageBg" is not defined in theme.json\'s "light" and "dark"',
    ]);
  });

  it('reports a broken theme.json in its own place, a missing one and a variable without one at app.json\'s', () => {
    const appJson = { pages: ['pages/a/a'], darkmode: true, themeLocation: 'theme.json', window: { navigationBarBackgroundColor: '@nav' } };
    expect(errors(project('theme-syntax', appJson, { 'theme.json': '{\n  "light": { "nav": "#fff" },\n  "dark": { "nav": "#000", }\n}' }))).toEqual([
      'theme.json:3:28: bad JSON: a property name (in double quotes) was expected',
    ]);
    expect(errors(project('theme-section', appJson, { 'theme.json': '{ "light": { "nav": "#fff" } }' }))).toEqual(['theme.json:1:1: theme.json needs a "dark" object of variables']);
    expect(errors(project('theme-missing', appJson))).toEqual(['app.json:6:20: themeLocation "theme.json" is not a file of the project']);
    expect(errors(project('theme-unset', { pages: ['pages/a/a'], darkmode: true, window: { navigationBarBackgroundColor: '@nav' } }))).toEqual([
      'app.json:7:37: "navigationBarBackgroundColor" names the theme variable "@nav", but app.json has no "themeLocation" (theme.json) to define it',
    ]);
  });

  it('keeps an app without darkmode light: no dark configs in its manifest', () => {
    const dir = project('theme-light-only', { pages: ['pages/a/a'], themeLocation: 'theme.json', window: { navigationBarBackgroundColor: '@nav' } }, { 'theme.json': '{ "light": { "nav": "#eeeeee" }, "dark": { "nav": "#111111" } }' });
    const { manifest } = compileProject(dir).bundle;
    expect(manifest.window.navigationBarBackgroundColor).toBe('#eeeeee');
    expect(manifest.darkmode).toBeUndefined();
    expect(manifest.dark).toBeUndefined();
  });
});
