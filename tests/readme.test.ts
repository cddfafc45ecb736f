// The README's embedding example runs as written.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('README', () => {
  it('the embedding example runs and prints what it says', () => {
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## Embedding the runtime'));
    const code = /```js\n([\s\S]*?)```/.exec(section)![1];
    const file = `${root}/.readme-example.mjs`;
    writeFileSync(file, code);
    try {
      const result = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      const lines = result.stdout.trim().split('\n');
      expect(lines[0]).toBe('[log] demo launched at pages/index/index');
      expect(lines[1]).toBe('1');
      expect(lines[2]).toMatch(/^evaluateScript \d+\.\d ms, firstRender \d+\.\d ms, appLaunch \d+\.\d ms$/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
