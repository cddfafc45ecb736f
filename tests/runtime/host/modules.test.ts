// Modules as WeChat resolves them: CommonJS with relative and root paths, index files, JSON,
// ES modules and TypeScript compiled to CommonJS, npm packages (built into miniprogram_npm or read
// from node_modules through their main), caching, cycles as in Node; errors at their source place.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileProject } from '../../../compiler/index.js';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startApp(fixture('modules'));
});
afterEach(() => t.close());

describe('modules', () => {
  it('resolve npm packages, JSON, ES modules and TypeScript, and run each module once', () => {
    expect(t.text('#npm')).toBe('¥_12.50 hello, shop');
    expect(t.text('#json')).toBe('CNY 7.1');
    expect(t.text('#esm')).toBe('8 2');
    // Two requires of one module (relative, and from the root with its extension) share one instance.
    expect(t.text('#cache')).toBe('true 1 counter');
    expect(t.errors).toEqual([]);
  });

  it('let a cycle see the other module half done, as Node does', () => {
    expect(t.text('#cycle')).toBe('a saw b, b saw a/undefined');
  });

  it('report a missing module and an exception at their places in the TypeScript source', async () => {
    await t.tap('#missing');
    await t.tap('#throws');
    expect(t.errors.map((e) => [e.message, e.source])).toEqual([
      ['Error: module "pages/index/nothing-here.js" is not defined, require args is "./nothing-here" (in pages/index/index.js) (in missing)', { file: 'pages/index/index.ts', line: 35, column: 12 }],
      ["TypeError: cannot read property 'first' of undefined (in throws)", { file: 'pages/index/index.ts', line: 39, column: 22 }],
    ]);
    expect(t.errors[1].stack).toContain('at throws (pages/index/index.ts:39:22)');
  });

  it('are found by the compiler, which warns of a static require that leads nowhere', () => {
    const { bundle, warnings } = compileProject(fixture('modules'));
    expect(bundle.manifest.modules).toEqual(
      expect.arrayContaining(['miniprogram_npm/tiny-fmt/lib/fmt.js', 'miniprogram_npm/tiny-fmt/lib/pad.js', 'miniprogram_npm/greet/index.js', 'utils/config.json', 'lib/index.js', 'pages/index/index.js']),
    );
    expect(warnings.map((w) => `${w.file}:${w.start.line}:${w.start.column}: ${w.message}`)).toEqual([
      'pages/index/index.ts:35:13: require("./nothing-here"): no such module in the project or its npm packages',
    ]);
  });
});
