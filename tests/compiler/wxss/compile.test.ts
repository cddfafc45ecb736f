// WXSS → CSS: selectors rewritten for the elements the view builds and for style isolation,
// `@import`s inlined, bad sheets reported with file:line:col and a code frame.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../compiler/diagnostics.js';
import { ProjectFiles } from '../../../compiler/project/files.js';
import { compileWxss } from '../../../compiler/wxss/compile.js';
import { SheetLoader } from '../../../compiler/wxss/imports.js';
import type { SheetScope } from '../../../compiler/wxss/selectors.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project of the given files; compiles `file` for `scope`. */
function compile(files: Record<string, string>, file: string, scope: SheetScope) {
  const root = mkdtempSync(join(tmpdir(), 'miniapp-wxss-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const project = new ProjectFiles(root);
  const loader = new SheetLoader(project);
  const result = compileWxss(loader, file, scope);
  const problems = loader.diagnostics.map((d) => formatDiagnostic(d, project.sources.get(d.file)));
  return { css: result.css.replace(/^\/\*.*\*\/\n/, '').trim(), marked: result.marked, problems };
}

const component: SheetScope = { kind: 'component', scope: 's7', hostScope: 's7' };
const page: SheetScope = { kind: 'page', route: 'pages/a/a' };
const app: SheetScope = { kind: 'app', excludedRoutes: [] };

describe('WXSS selectors', () => {
  it('name the elements of built-in components by their tag', () => {
    const { css } = compile({ 'app.wxss': 'view, text > button:not(input), wx-view, van-button, .a view::after { color: red }' }, 'app.wxss', app);
    expect(css).toBe('wx-view, wx-text > wx-button:not(wx-input), wx-view, van-button, .a wx-view::after { color: red }');
  });

  it('confine a page\'s rules to its page, with the specificity written', () => {
    const { css } = compile({ 'p.wxss': 'page { margin: 0 } .a .b, #c:hover {} page .d {}' }, 'p.wxss', page);
    expect(css).toBe(
      'page:where([wx-route="pages/a/a"]) { margin: 0 } :where(page[wx-route="pages/a/a"]) .a .b, :where(page[wx-route="pages/a/a"]) #c:hover {} page:where([wx-route="pages/a/a"]) .d {}',
    );
  });

  it('keep app.wxss out of the pages that turn it off', () => {
    const { css } = compile({ 'app.wxss': 'page {} .a {}' }, 'app.wxss', { kind: 'app', excludedRoutes: ['pages/b/b'] });
    expect(css).toBe('page:where(:not([wx-route="pages/b/b"])) {} :where(page:not([wx-route="pages/b/b"])) .a {}');
  });

  it('scope a component\'s classes, inside pseudo-classes too, but not the built-ins\' inner ones', () => {
    const { css, marked } = compile({ 'c.wxss': '.a > .b:not(.c)::before, .x.y[data-k="1"], .wx-switch-input {}' }, 'c.wxss', component);
    expect(css).toBe('.s7--a > .s7--b:not(.s7--c)::before, .s7--x.s7--y[data-k="1"], .wx-switch-input {}');
    expect(marked).toBe(false);
  });

  it('turn :host into the component\'s node, with the classes its user gave', () => {
    expect(compile({ 'c.wxss': ':host { display: flex } :host(.big) .a {}' }, 'c.wxss', component).css).toBe(
      '[wx-host~="s7"] { display: flex } [wx-host~="s7"].big .s7--a {}',
    );
  });

  it('confine rules whose subject has no class of the component to the component\'s nodes', () => {
    const { css, marked } = compile({ 'c.wxss': 'view {} #id::after {} [data-theme="dark"] .a {} ::-webkit-scrollbar {}' }, 'c.wxss', component);
    expect(css).toBe('wx-view:where(.s7) {} #id:where(.s7)::after {} [data-theme="dark"] .s7--a {} :where(.s7)::-webkit-scrollbar {}');
    expect(marked).toBe(true);
  });

  it('leave a shared component\'s classes global', () => {
    expect(compile({ 'c.wxss': '.a view, :host {}' }, 'c.wxss', { kind: 'component', hostScope: 's7' }).css).toBe('.a wx-view, [wx-host~="s7"] {}');
  });

  it('leave keyframe selectors, declarations and the other at-rules as written', () => {
    const source = [
      '@keyframes spin { from { transform: rotate(0) } 50% { opacity: .5 } to { transform: rotate(360deg) } }',
      '@font-face { font-family: "x"; src: url(a.woff) }',
      '@media (min-width: 300px) { .a { width: 100rpx !important } }',
      '@supports (bottom: env(safe-area-inset-bottom)) { .b { padding-bottom: constant(safe-area-inset-bottom); --c: var(--d, 2px) } }',
    ].join('\n');
    expect(compile({ 'c.wxss': source }, 'c.wxss', component).css).toBe(
      source.replace('.a {', '.s7--a {').replace('.b {', '.s7--b {'),
    );
  });
});

describe('@import', () => {
  it('inlines relative and absolute imports in place, in the importing sheet\'s scope', () => {
    const files = {
      'components/c/c.wxss': '@import "../../common/base.wxss";\n.own {}',
      'common/base.wxss': "@import '/common/reset';\n.base {}",
      'common/reset.wxss': 'view {}',
    };
    expect(compile(files, 'components/c/c.wxss', component).css).toBe('wx-view:where(.s7) {}\n.s7--base {}\n.s7--own {}');
  });

  it('warns of a missing file at the @import and leaves the import out, as WeChat', () => {
    const { css, problems } = compile({ 'a.wxss': '.a {}\n  @import "./missing.wxss";' }, 'a.wxss', app);
    expect(css).toBe('.a {}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^a\.wxss:2:3: warning MA0041: @import "\.\/missing\.wxss": file missing\.wxss not found; the import is left out\n/);
    expect(problems[0]).toContain('> 2 |   @import "./missing.wxss";');
  });

  it('warns of a cycle at the @import that closes it', () => {
    const { css, problems } = compile({ 'a.wxss': '@import "b.wxss";', 'b.wxss': '.b {}\n@import "a.wxss";' }, 'a.wxss', app);
    expect(css).toBe('.b {}');
    expect(problems.map((p) => p.split('\n')[0])).toEqual(['b.wxss:2:1: warning MA0041: @import "a.wxss" makes a cycle: a.wxss → b.wxss → a.wxss; the import is left out']);
  });

  it('warns of an @import without a quoted path and leaves it out', () => {
    const { css, problems } = compile({ 'a.wxss': '@import "b.wxss" "c.wxss";\n.a {}', 'b.wxss': '.b {}' }, 'a.wxss', app);
    expect(css).toBe('.a {}');
    expect(problems.map((p) => p.split('\n')[0])).toEqual(['a.wxss:1:1: warning MA0041: @import "b.wxss" "c.wxss": expected a quoted path to a .wxss file; the import is left out']);
  });

  it('ends an @import missing its ";" at its line, and keeps the rule it swallowed (WeChat\'s demo has one)', () => {
    const { css, problems } = compile({ 'a.wxss': "@import 'b.wxss'\n\nicon {\n  margin: 1px;\n}\n.a {}", 'b.wxss': '.b {}' }, 'a.wxss', app);
    expect(css).toBe('.b {}\nwx-icon {\n  margin: 1px;\n}\n.a {}');
    expect(problems.map((p) => p.split('\n')[0])).toEqual(['a.wxss:1:1: warning MA0041: @import \'b.wxss\' has no ";" after it']);
  });

  it('reads an @import whose params run over thousands of blank lines (found by the fuzz test, which it used to hang)', () => {
    const blank = '\n'.repeat(12_000);
    const { css, problems } = compile({ 'a.wxss': `.a {}\n@import 'a.wxss'${blank}@import url("b.wxss");${blank}.c {}`, 'b.wxss': '.b {}' }, 'a.wxss', app);
    // The blank lines stay where they were written.
    expect(css.replace(/\n+/g, '\n')).toBe('.a {}\n.c {}');
    expect(problems.map((p) => p.split('\n')[0])).toEqual(["a.wxss:2:1: warning MA0041: @import 'a.wxss'"]);
  });

  it('takes the forms of an import WeChat takes: quoted, url(), url() quoted, with or without spaces', () => {
    for (const form of ['"b.wxss"', "'b.wxss'", 'url(b.wxss)', 'url("b.wxss")', "url( 'b.wxss' )", '"b"']) {
      const { css, problems } = compile({ 'a.wxss': `@import ${form};\n.a {}`, 'b.wxss': '.b {}' }, 'a.wxss', app);
      expect([form, css, problems]).toEqual([form, '.b {}\n.a {}', []]);
    }
  });
});

describe('prefers-color-scheme', () => {
  it('follows the host\'s theme: its rules go under the theme attribute the view sets, with their own specificity', () => {
    const { css } = compile({ 'app.wxss': '.a { color: #111 }\n@media (prefers-color-scheme: dark) { .a, page { color: #eee } }' }, 'app.wxss', app);
    expect(css).toBe('.a { color: #111 }\n:where([data-miniapp-theme="dark"]) .a, :where([data-miniapp-theme="dark"]) page { color: #eee }');
    const scoped = compile({ 'c.wxss': '@media screen and (prefers-color-scheme: light) and (min-width: 300px) { .b { color: red } }' }, 'c.wxss', component);
    expect(scoped.css).toBe('@media screen and (min-width: 300px) { :where([data-miniapp-theme="light"]) .s7--b { color: red } }');
  });

  it('splits a query list, and leaves a `not` query and keyframes as written', () => {
    const { css } = compile({ 'app.wxss': '@media print, (prefers-color-scheme: dark) { .a { color: red } @keyframes k { from { opacity: 0 } } }\n@media not all and (prefers-color-scheme: dark) { .b {} }' }, 'app.wxss', app);
    expect(css).toBe(
      ':where([data-miniapp-theme="dark"]) .a { color: red } @keyframes k { from { opacity: 0 } }\n@media print { .a { color: red } @keyframes k { from { opacity: 0 } } }\n@media not all and (prefers-color-scheme: dark) { .b {} }',
    );
  });
});

describe('malformed WXSS', () => {
  it('is reported with its file, line, column and a code frame, in an imported file too', () => {
    const { problems } = compile({ 'a.wxss': '@import "b.wxss";\n.a { color: red }', 'b.wxss': '.b {\n  color: red;\n' }, 'a.wxss', app);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^b\.wxss:1:1: error MA0040: Unclosed block\n/);
    expect(problems[0]).toContain('> 1 | .b {');
  });

  it('reports a selector postcss reads but no browser could', () => {
    const { problems } = compile({ 'a.wxss': '.ok {}\n.a::{ color: red }' }, 'a.wxss', component);
    expect(problems[0]).toMatch(/^a\.wxss:2:1: error MA0040: bad selector/);
  });
});
