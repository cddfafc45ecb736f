// A component built alone (`miniapp build <componentDir>/index`): its missing files are reported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileErrors, writeFiles } from '../../helpers/files.js';

const root = mkdtempSync(join(tmpdir(), 'miniapp-target-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function errors(files: Record<string, string>, target: string): string[] {
  return compileErrors(join(writeFiles(mkdtempSync(join(root, 'c-')), files), target));
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
