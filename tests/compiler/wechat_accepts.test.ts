// What WeChat's tools build, miniapp builds: each case below is found in real projects. WeChat
// builds them with at most a warning, so `miniapp build` warns (with the place) and exits 0, and
// the page renders as WeChat renders it; `--strict` makes errors of the warnings miniapp used to
// refuse. A project root opens through project.config.json's miniprogramRoot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, compileProject, type Diagnostic } from '../../compiler/index.js';
import { miniapp } from '../cli/helpers.js';
import { writeFiles } from '../helpers/files.js';

const root = mkdtempSync(join(tmpdir(), 'miniapp-accepts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A one-page app whose page is `wxml` (and `json`), under `miniprogram/` of a project root. */
function project(name: string, wxml: string, extra: Record<string, string> = {}, appJson: Record<string, unknown> = {}): string {
  return writeFiles(join(root, name), {
    'project.config.json': JSON.stringify({ miniprogramRoot: 'miniprogram/', appid: 'wx0123456789abcdef' }),
    'miniprogram/app.json': JSON.stringify({ pages: ['pages/index/index'], ...appJson }),
    'miniprogram/app.js': 'App({});',
    'miniprogram/pages/index/index.js': "Page({ data: { for: 'F', class: 'C', default: 'D' } });",
    'miniprogram/pages/index/index.wxml': wxml,
    ...extra,
  });
}

const where = (d: Diagnostic) => `${d.severity} ${d.file}:${d.start.line}:${d.start.column} MA${String(d.code).padStart(4, '0')}`;

describe('what WeChat builds, miniapp builds', () => {
  const wxml = [
    '<view id="first" class="a" id="last">{{for}} {{class}} {{default}}</view>',
    '<template is="wxParse12" data="{{ x }}"/>',
    '<import src="../../missing/head.wxml"/>',
    '<mp-cell title="undeclared"><text>kept</text></mp-cell>',
    '<xr-scene><xr-node/></xr-scene><xr-scene/>',
    '<view wx:id="3">id</view>',
    '<grid-view cross-axis-count="3"><view>cell</view></grid-view>',
  ].join('\n');

  it('builds with warnings at their places, from the project root', () => {
    const dir = project('lenient', wxml);
    const { warnings, bundle } = compileProject(dir);
    expect(bundle.manifest.pages).toEqual(['pages/index/index']);
    expect(bundle.manifest.appid).toBe('wx0123456789abcdef');
    expect(warnings.map(where)).toEqual([
      'warning pages/index/index.wxml:1:28 MA0022',
      'warning pages/index/index.wxml:3:14 MA0001',
      'warning pages/index/index.wxml:4:2 MA0028',
      'warning pages/index/index.wxml:5:2 MA0028',
      'warning pages/index/index.wxml:5:12 MA0028',
      'warning pages/index/index.wxml:6:7 MA0025',
      'warning pages/index/index.wxml:2:15 MA0029',
    ]);
    // An xr-frame tag is warned of once a file, and never made an error.
    expect(warnings.filter((w) => w.message.includes('<xr-scene>'))).toHaveLength(1);
    expect(warnings.find((w) => w.message.includes('<xr-scene>'))!.strict).toBeUndefined();
  });

  it('makes errors of them with --strict, xr-frame tags excepted', () => {
    const dir = project('strict', wxml);
    let error: unknown;
    try {
      compileProject(dir, { strict: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompileError);
    const diagnostics = (error as CompileError).diagnostics;
    expect(diagnostics.filter((d) => d.severity === 'error').map(where)).toEqual([
      'error pages/index/index.wxml:1:28 MA0022',
      'error pages/index/index.wxml:3:14 MA0001',
      'error pages/index/index.wxml:4:2 MA0028',
      'error pages/index/index.wxml:6:7 MA0025',
      'error pages/index/index.wxml:2:15 MA0029',
    ]);
    const cli = miniapp('build', dir, '--strict', '--out', join(root, 'strict-out'));
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('pages/index/index.wxml:1:28: error MA0022: duplicate attribute "id" on <view>: the last value is used');
  });

  it('renders the page as WeChat does: the last duplicate, reserved words as data, inert tags with their children', () => {
    const dir = project('render', wxml);
    const { status, stdout, stderr } = miniapp('run', dir, '--format', 'wxml');
    expect(stderr).toContain('warning MA0028');
    expect(status).toBe(0);
    expect(stdout).toContain('F C D');
    expect(stdout).toMatch(/<wx-view\s+class="a"\s+id="last"/);
    expect(stdout).toMatch(/<wx-mp-cell[^>]*>\s*<wx-text>\s*kept/);
    expect(stdout).toMatch(/<wx-xr-scene>\s*<wx-xr-node/);
    expect(stdout).toMatch(/<wx-grid-view[^>]*>\s*<wx-view>\s*cell/);
    expect(stdout).not.toContain('wx:id');
  });

  it('lends weui-miniprogram for useExtendedLib, and resolves a folder to its index component', () => {
    const dir = project(
      'extended',
      '<mp-cells><mp-cell title="weui"/></mp-cells><bar/>',
      {
        'miniprogram/pages/index/index.json': JSON.stringify({ usingComponents: { 'mp-cells': 'weui-miniprogram/cells/cells', 'mp-cell': 'weui-miniprogram/cell/cell', bar: '../../components/bar' } }),
        'miniprogram/components/bar/index.json': '{"component": true}',
        'miniprogram/components/bar/index.js': 'Component({});',
        'miniprogram/components/bar/index.wxml': '<view class="bar">bar</view>',
      },
      { useExtendedLib: { weui: true } },
    );
    const { warnings, bundle } = compileProject(dir);
    expect(warnings.map(where)).toEqual([]);
    expect(bundle.manifest.components['pages/index/index'].using).toEqual({
      'mp-cells': 'miniprogram_npm/weui-miniprogram/cells/cells',
      'mp-cell': 'miniprogram_npm/weui-miniprogram/cell/cell',
      bar: 'components/bar/index',
    });
    const { status, stdout } = miniapp('run', dir, '--format', 'wxml');
    expect(status).toBe(0);
    expect(stdout).toContain('weui-cell');
    expect(stdout).toContain('bar');
  });

  it('warns of a useExtendedLib entry it has no library for, an inherited name included', () => {
    const dir = project('extended-unknown', '<view>x</view>', {}, { useExtendedLib: { kbone: true, constructor: 'x' } });
    const { warnings } = compileProject(dir);
    expect(warnings.map((w) => w.message)).toEqual([
      'useExtendedLib["kbone"]: miniapp has no such library to lend (it lends: weui)',
      'useExtendedLib["constructor"]: miniapp has no such library to lend (it lends: weui)',
    ]);
  });

  // tdesign's calendar includes a file that imports the templates it calls: the include brings
  // everything but <template> and <wxs>, its imports too, so those templates render.
  it('renders the templates an included file imports, as if the import were written where it is included', () => {
    const dir = project('include-imports', '<include src="parts/body.wxml"/><template is="row" data="{{ label: \'after\' }}"/>', {
      'miniprogram/pages/index/parts/body.wxml': '<import src="../../../templates/row.wxml"/><view class="body"><template is="row" data="{{ label: \'inside\' }}"/></view>',
      'miniprogram/templates/row.wxml': '<template name="row"><text class="row">{{ label }}</text></template>',
    });
    const { warnings } = compileProject(dir);
    expect(warnings.map(where)).toEqual([]);
    const { status, stdout } = miniapp('run', dir, '--format', 'wxml');
    expect(status).toBe(0);
    expect(stdout).toMatch(/<wx-view\s+class="body"\s*>\s*<wx-text\s+class="row"\s*>\s*inside/);
    expect(stdout).toMatch(/<wx-text\s+class="row"\s*>\s*after/);
  });

  it('prints a minified file\'s code frame cut around the place', () => {
    const long = `<view class="a">${'<text>filler</text>'.repeat(100)}<view wx:id="3">id</view>${'<text>filler</text>'.repeat(100)}</view>`;
    const dir = project('minified', long);
    const { status, stderr } = miniapp('build', dir);
    expect(status).toBe(0);
    const frame = stderr.split('\n');
    const at = frame.findIndex((l) => l.includes('warning MA0025'));
    expect(frame[at]).toContain(`pages/index/index.wxml:1:${long.indexOf('wx:id') + 1}:`);
    // The line is cut to 160 characters around the place, the marker under the directive.
    expect(frame[at + 1]).toMatch(/^> 1 \| ….{160}…$/);
    const marker = frame[at + 2].indexOf('^');
    expect(frame[at + 1].slice(marker, marker + 5)).toBe('wx:id');
  });

  it('warns of a usingComponents entry that names nothing; the tag renders inert', () => {
    const dir = project('missing-component', '<mp-x>child</mp-x>', {
      'miniprogram/pages/index/index.json': JSON.stringify({ usingComponents: { 'mp-x': 'weui-miniprogram/nagivation-bar/nagivation-bar' } }),
    });
    const { warnings } = compileProject(dir);
    expect(warnings.map(where)).toEqual(['warning pages/index/index.json:1:28 MA0001']);
  });
});
