// The compiler's one-file build (dist/compiler.js, compiler.d.ts), which the CLI and the rest load:
// it compiles as compiler/index.ts does, loads its npm packages only when a compile needs them, and
// nothing built outside the compiler reaches past it into the compiler's own modules.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileProject } from '../../compiler/index.js';
import { fixture, template } from '../helpers/app.js';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const compilerUrl = new URL('../../dist/compiler.js', import.meta.url).href;

/** Runs `code` (an ES module) in a fresh Node and returns what it printed as JSON. */
function node<T>(code: string): T {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as T;
}

/** The npm packages a Node process has required so far (its CommonJS module cache). */
const LOADED = `Object.keys((await import('node:module')).createRequire(import.meta.url).cache).map((f) => f.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)/)?.[1]).filter(Boolean)`;

function builtFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) builtFiles(path, out);
    else if (entry.endsWith('.js')) out.push(path);
  }
  return out;
}

describe('dist/compiler.js', () => {
  it('compiles each project to the same bundle as compiler/index.ts', () => {
    const projects = [template('demo'), template('shop'), fixture('modules'), fixture('styles'), fixture('lazy'), fixture('packages')];
    const built = node<unknown[]>(`
      const { compileProject } = await import(${JSON.stringify(compilerUrl)});
      console.log(JSON.stringify(${JSON.stringify(projects)}.map((p) => compileProject(p).bundle)));
    `);
    expect(built).toEqual(projects.map((p) => JSON.parse(JSON.stringify(compileProject(p).bundle)) as unknown));
  });

  it('loads no npm package until a compile needs it: none for templates that parse without @babel/parser', () => {
    const loaded = node<{ imported: string[]; template: string[]; project: string[] }>(`
      const { compileProject, compileWxml, ProjectFiles } = await import(${JSON.stringify(compilerUrl)});
      const imported = ${LOADED};
      const { code } = compileWxml('a.wxml', '<view wx:for="{{items}}" class="{{item.done ? \\'done\\' : \\'\\'}}">{{item.title}}</view>', { files: new ProjectFiles('/nowhere') });
      if (code === '') throw new Error('no code');
      const template = ${LOADED};
      compileProject(${JSON.stringify(template('demo'))});
      console.log(JSON.stringify({ imported, template, project: ${LOADED} }));
    `);
    expect(loaded.imported).toEqual([]);
    expect(loaded.template).toEqual([]);
    // The same check sees the packages a whole build loads.
    for (const name of ['@babel/parser', 'jsonc-parser', 'postcss']) expect(loaded.project).toContain(name);
  });

  it('is what the built CLI, launch, devtools and benchmarks import, never the compiler’s own modules', () => {
    const reaching: string[] = [];
    for (const folder of ['cli', 'launch', 'devtools', 'bench']) {
      for (const file of builtFiles(join(dist, folder))) {
        if (/\bfrom ['"](\.\.\/)+compiler\/|import\(['"](\.\.\/)+compiler\//.test(readFileSync(file, 'utf8'))) reaching.push(file.slice(dist.length + 1));
      }
    }
    expect(reaching).toEqual([]);
    expect(readFileSync(join(dist, 'cli/build.js'), 'utf8')).toContain("from '../compiler.js'");
  });
});
