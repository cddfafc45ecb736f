// project.config.json's `useCompilerPlugins` "less" and "sass": a page's .less/.scss compiled to
// WXSS where its .wxss is missing, errors at their place in the original file; and `miniapp build`
// only warning of a missing @import (an error with --strict), as WeChat's tools.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, compileProject, formatDiagnostic } from '../../../compiler/index.js';
import { miniapp } from '../../cli/helpers.js';
import { writeFiles } from '../../helpers/files.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** An app with one page (pages/index/index) and the given files; `plugins` go into project.config.json. */
function project(files: Record<string, string>, plugins?: unknown[]): string {
  const root = mkdtempSync(join(tmpdir(), 'miniapp-plugins-'));
  roots.push(root);
  const all: Record<string, string> = {
    'app.json': '{ "pages": ["pages/index/index"] }',
    'app.js': 'App({});',
    'pages/index/index.js': 'Page({});',
    'pages/index/index.wxml': '<view class="box"><text class="title">hi</text></view>',
    ...(plugins === undefined ? {} : { 'project.config.json': JSON.stringify({ setting: { useCompilerPlugins: plugins } }) }),
    ...files,
  };
  return writeFiles(root, all);
}

/** view.css of the built project (its page's rules) and the warnings printed. */
function build(root: string): { css: string; warnings: string[] } {
  const result = compileProject(root);
  return { css: result.bundle.css, warnings: result.warnings.map((w) => formatDiagnostic(w, result.sources.get(w.file))) };
}

/** The problems a build that fails reports, each as printed. */
function failures(root: string): string[] {
  try {
    compileProject(root);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    return error.diagnostics.map((d) => formatDiagnostic(d, error.sources.get(d.file)));
  }
  throw new Error('the build succeeded');
}

const PAGE = ':where(page[wx-route="pages/index/index"])';

describe('useCompilerPlugins: less', () => {
  // Found by the fuzzer: less writes no source map for an empty file, which crashed the build.
  it('compiles an empty .less, or one of variables only, to nothing', () => {
    for (const less of ['', '@gap: 1rpx;\n']) expect(build(project({ 'pages/index/index.less': less }, ['less'])).css).not.toContain('pages/index/index.less {');
  });

  it('compiles a page\'s .less, with its variables, nesting and rpx, into view.css', () => {
    const root = project({ 'pages/index/index.less': '@gap: 24rpx;\n.box {\n  padding: @gap * 2;\n  .title { color: red; }\n}\n' }, ['typescript', 'less']);
    const { css, warnings } = build(root);
    expect(warnings).toEqual([]);
    expect(css).toContain(`${PAGE} .box {\n  padding: 48rpx;\n}`);
    expect(css).toContain(`${PAGE} .box .title {\n  color: red;\n}`);
  });

  it('compiles app.less as the global sheet, and reads `@import "a"` as a.less, a .wxss import staying WXSS', () => {
    const root = project(
      {
        'app.less': '@import "styles/vars";\n@import "styles/base.wxss";\npage { color: @ink; }\n',
        'styles/vars.less': '@ink: #333;\n.from-vars { margin: 1rpx; }\n',
        'styles/base.wxss': '.from-wxss { margin: 2rpx; }\n',
      },
      ['less'],
    );
    const { css, warnings } = build(root);
    expect(warnings).toEqual([]);
    expect(css).toContain('.from-vars {\n  margin: 1rpx;\n}');
    expect(css).toContain('.from-wxss { margin: 2rpx; }');
    expect(css).toContain('page {\n  color: #333;\n}');
    expect(css).not.toContain('@import');
  });

  it('uses the .wxss beside a .less, as WeChat does', () => {
    const root = project({ 'pages/index/index.less': '.from-less { a: b; }', 'pages/index/index.wxss': '.from-wxss { a: b; }' }, ['less']);
    const { css } = build(root);
    expect(css).toContain('.from-wxss');
    expect(css).not.toContain('.from-less');
  });

  it('ignores .less files when the plugin is off, as WeChat does', () => {
    for (const plugins of [undefined, ['typescript']]) {
      const root = project({ 'pages/index/index.less': '.from-less { color: red; }\n.broken {' }, plugins);
      const { css, warnings } = build(root);
      expect(css).not.toContain('from-less');
      expect(warnings).toEqual([]);
    }
  });

  it('reports a syntax error at its line and column in the .less file (an imported one too)', () => {
    const root = project(
      {
        'pages/index/index.less': '@import "../../styles/mixins";\n.box { .rounded(); }\n',
        'styles/mixins.less': '.rounded() {\n  border-radius: 4rpx;\n}\n.oops {\n  color: red;\n  width: @nowhere;\n}\n',
      },
      ['less'],
    );
    const problems = failures(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^styles\/mixins\.less:6:10: error MA0040: variable @nowhere is undefined\n/);
    expect(problems[0]).toContain('> 6 |   width: @nowhere;');
  });

  it('reports an import less cannot find at the .less file\'s @import', () => {
    const root = project({ 'pages/index/index.less': '.box {}\n@import "gone";\n' }, ['less']);
    expect(failures(root).map((p) => p.split('\n')[0])).toEqual(['pages/index/index.less:2:1: error MA0040: @import "gone": file pages/index/gone.less not found']);
  });

  it('points a WXSS problem in the compiled CSS back into the .less', () => {
    // less passes an escaped selector through as written; the WXSS compiler cannot read it.
    const root = project({ 'pages/index/index.less': '@c: red;\n@bad: ~".title::";\n.box {\n  color: @c;\n}\n@{bad} {\n  color: blue;\n}\n' }, ['less']);
    const problems = failures(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^pages\/index\/index\.less:6:1: error MA0040: bad selector "\.title::"/);
    expect(problems[0]).toContain('> 6 | @{bad} {');
  });

  it('lets a .wxss import the compiled sheet of a .less that stands in for a missing .wxss', () => {
    const root = project({ 'pages/index/index.wxss': '@import "/styles/theme.wxss";\n.box {}', 'styles/theme.less': '@w: 3rpx;\n.themed { width: @w; }' }, ['less']);
    expect(build(root).css).toContain('.themed {\n  width: 3rpx;\n}');
  });
});

describe('useCompilerPlugins: sass', () => {
  it('compiles a page\'s .scss with its partials and .wxss imports, and a component\'s .sass, into view.css', () => {
    const root = project(
      {
        'pages/index/index.json': '{ "usingComponents": { "badge": "/components/badge/badge" } }',
        'pages/index/index.wxml': '<view class="box"><badge /></view>',
        'pages/index/index.scss': '@use "../../styles/colors";\n@import "../../styles/base.wxss";\n.box {\n  color: colors.$ink;\n  &:active { padding: 8rpx; }\n}\n',
        'styles/_colors.scss': '$ink: #123456;\n',
        'styles/base.wxss': '.from-wxss { margin: 2rpx; }',
        'components/badge/badge.json': '{ "component": true }',
        'components/badge/badge.js': 'Component({});',
        'components/badge/badge.wxml': '<view class="dot" />',
        'components/badge/badge.sass': '$size: 16rpx\n.dot\n  width: $size\n',
      },
      [{ type: 'sass', option: {} }],
    );
    const { css, warnings } = build(root);
    expect(warnings).toEqual([]);
    expect(css).toContain(`${PAGE} .box {\n  color: #123456;\n}`);
    expect(css).toContain(`${PAGE} .box:active {\n  padding: 8rpx;\n}`);
    expect(css).toMatch(/--dot \{\n {2}width: 16rpx;\n\}/);
    expect(css).toContain(`${PAGE} .from-wxss { margin: 2rpx; }`);
  });

  it('reports a sass error at its line and column in the .scss file', () => {
    const root = project({ 'pages/index/index.scss': '.box {\n  color: $missing;\n}\n' }, ['sass']);
    expect(failures(root).map((p) => p.split('\n')[0])).toEqual(['pages/index/index.scss:2:10: error MA0040: Undefined variable.']);
  });
});

describe('miniapp build and a missing @import', () => {
  it('warns and builds (exit 0), as WeChat; --strict makes it an error (exit 1)', () => {
    const root = project({ 'pages/index/index.wxss': '.box {}\n@import "./gone.wxss";\n' });
    const out = join(root, 'out');
    const lenient = miniapp('build', root, '--out', out);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('pages/index/index.wxss:2:1: warning MA0041: @import "./gone.wxss": file pages/index/gone.wxss not found; the import is left out');
    expect(readFileSync(join(out, 'view.css'), 'utf8')).toContain('.box {}');
    const strict = miniapp('build', root, '--out', join(root, 'strict'), '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('pages/index/index.wxss:2:1: error MA0041: @import "./gone.wxss"');
  });
});
