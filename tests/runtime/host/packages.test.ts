// Subpackages, independent subpackages, preloadRule and lazyCodeLoading: code in chunks is
// evaluated when first needed, and each evaluation is an `evaluateScript` mark naming its chunk.
import { afterEach, describe, expect, it } from 'vitest';
import { compileProject } from '../../../compiler/index.js';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

/** The chunks evaluated so far, by what they define. */
function evaluated(dir: string, app: TestApp): string[] {
  const { manifest } = compileProject(fixture(dir)).bundle;
  const names = app.app.performanceEntries().filter((e) => e.name === 'evaluateScript').map((e) => (e as { moduleName?: string }).moduleName);
  return Object.entries(manifest.chunkOf ?? {})
    .filter(([, index]) => names.includes(manifest.chunks![index]))
    .map(([key]) => key)
    .sort();
}

describe('subpackages', () => {
  it('evaluate a subpackage when one of its pages opens, or when preloadRule names it', async () => {
    t = await startApp(fixture('packages'));
    // Home is shown: its preloadRule brought in "shop"; "more" waits.
    expect(evaluated('packages', t)).toEqual(['shop/pages/list/list.js', 'shop/pages/list/list.wxml', 'shop/util.js']);
    t.app.navigateTo('/more/pages/extra/extra');
    await t.app.settled();
    expect(t.text('#extra')).toBe('extra');
    expect(evaluated('packages', t)).toContain('more/pages/extra/extra.js');
    t.app.redirectTo('/shop/pages/list/list');
    await t.app.settled();
    expect(t.text('.badge')).toBe('3 items');
    expect(t.logs.map((l) => l.text)).toEqual(['app onLaunch pages/index/index', 'index onLoad', 'extra onLoad', 'list onLoad']);
  });

  it('an independent subpackage runs without the main package until a main page opens', async () => {
    t = await startApp(fixture('packages'), { launch: { path: 'solo/pages/alone/alone' } });
    expect(t.text('#alone')).toBe('no app');
    expect(t.logs.map((l) => l.text)).toEqual(['alone onLoad, App not there']);
    await t.tap('#home');
    expect(t.text('#title')).toBe('home');
    expect(t.logs.map((l) => l.text)).toEqual(['alone onLoad, App not there', 'app onLaunch solo/pages/alone/alone', 'index onLoad']);
    expect(t.errors).toEqual([]);
  });
});

describe('lazyCodeLoading: "requiredComponents"', () => {
  it('evaluates what the page being opened needs, and the rest when it is needed', async () => {
    t = await startApp(fixture('lazy'));
    expect(t.text('.comp-a')).toBe('component a');
    expect(evaluated('lazy', t)).toEqual(['components/a/a.js', 'components/a/a.wxml', 'pages/index/index.js', 'pages/index/index.wxml', 'utils/format.js']);
    await t.tap('#go');
    expect(t.text('.comp-b')).toBe('component b');
    expect(evaluated('lazy', t)).toEqual([
      'components/a/a.js',
      'components/a/a.wxml',
      'components/b/b.js',
      'components/b/b.wxml',
      'pages/index/index.js',
      'pages/index/index.wxml',
      'pages/other/other.js',
      'pages/other/other.wxml',
      'utils/format.js',
    ]);
    expect(t.errors).toEqual([]);
  });
});
