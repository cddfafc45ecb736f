// Every .wxss file of the component libraries users bring compiles without a diagnostic, as a
// component's sheet (scoped), with its imports.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectFiles } from '../../../compiler/project/files.js';
import { compileWxss } from '../../../compiler/wxss/compile.js';
import { SheetLoader } from '../../../compiler/wxss/imports.js';

const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));

function sheets(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sheets(full));
    else if (entry.name.endsWith('.wxss')) out.push(full);
  }
  return out;
}

const libraries = [
  { name: '@vant/weapp', dir: join(modules, '@vant/weapp/lib') },
  { name: 'weui-miniprogram', dir: join(modules, 'weui-miniprogram/miniprogram_dist') },
  { name: 'tdesign-miniprogram', dir: join(modules, 'tdesign-miniprogram/miniprogram_dist') },
];

describe('component libraries\' WXSS', () => {
  it.each(libraries)('every sheet of $name compiles', ({ dir }) => {
    const files = new ProjectFiles(dir);
    const loader = new SheetLoader(files);
    const all = sheets(dir).map((f) => relative(dir, f).split(sep).join('/'));
    expect(all.length).toBeGreaterThan(20);
    let scoped = 0;
    for (const file of all) {
      const { css } = compileWxss(loader, file, { kind: 'component', scope: 's1', hostScope: 's1' });
      if (css.includes('.s1--')) scoped++;
    }
    expect(loader.diagnostics).toEqual([]);
    // The sheets hold class rules, which all came out scoped.
    expect(scoped).toBeGreaterThan(all.length / 2);
  });
});
