// Where a require leads: a bare request that is no package's name leads nowhere.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectFiles } from '../../../compiler/project/files.js';
import { resolveRequire } from '../../../compiler/script/resolve.js';

const root = mkdtempSync(join(tmpdir(), 'miniapp-resolve-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveRequire', () => {
  // Found by the fuzzer: `import x from ".."` resolved to pages/a/miniprogram_npm/../index.js, whose
  // own import resolved one `miniprogram_npm/..` longer, and so on until the build ran out of memory.
  it('finds no package named ".." or ".x", or reaching out of itself', () => {
    for (const file of ['pages/a/index.js', 'pages/a/x.js', 'miniprogram_npm/pkg/index.js']) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    const files = new ProjectFiles(root);
    for (const request of ['..', '.x', '@/x', 'pkg/../pages/a/x', 'pkg/./index']) expect(resolveRequire(files, 'pages/a/index.js', request)).toBeNull();
    expect(resolveRequire(files, 'pages/a/index.js', 'pkg')).toBe('miniprogram_npm/pkg/index.js');
  });
});
