// A component built alone (`miniapp build <componentDir>/index`): its missing files are reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, compileProject } from '../../../compiler/index.js';

const root = mkdtempSync(join(tmpdir(), 'miniapp-target-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function errors(files: Record<string, string>, target: string): string[] {
  const dir = mkdtempSync(join(root, 'c-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  try {
    compileProject(join(dir, target));
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column}: ${d.message}`);
    throw error;
  }
  return [];
}

describe('a component built alone', () => {
  // Found by the fuzzer: these crashed reading a script path of null, or a .wxml that is not there.
  it('reports a missing .wxml or .js at its .json', () => {
    expect(errors({ 'lib/card/index.json': '{"component": true}', 'lib/card/index.js': 'Component({});' }, 'lib/card/index')).toEqual([
      'card/index.json:1:1: the component card/index has no card/index.wxml',
    ]);
    expect(errors({ 'lib/card/index.json': '{"component": true}', 'lib/card/index.wxml': '<view/>' }, 'lib/card/index')).toEqual([
      'card/index.json:1:1: the component card/index has no card/index.js (or .ts)',
    ]);
  });
});
