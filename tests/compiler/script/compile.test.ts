// Scripts → the module registry: what the parsers cannot take is a diagnostic at the script.
import { describe, expect, it } from 'vitest';
import { compileScript } from '../../../compiler/script/compile.js';

describe('compileScript', () => {
  // Found by the fuzzer: TypeScript's parser overflowed the stack, and the build crashed.
  it('reports a TypeScript file nested too deeply to compile', () => {
    const script = compileScript('pages/a/a.ts', `const x = ${'['.repeat(20_000)}1${']'.repeat(20_000)};`);
    expect(script.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column}: ${d.message}`)).toEqual(['pages/a/a.ts:1:1: the script nests expressions too deeply to compile']);
  });
});
