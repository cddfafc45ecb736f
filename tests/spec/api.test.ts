// spec/api.md stays true: it lists every catalogue entry, with its kind.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../bridge/catalogue/index.js';

const doc = readFileSync(fileURLToPath(new URL('../../spec/api.md', import.meta.url)), 'utf8');

describe('spec/api.md', () => {
  it('lists every API of the catalogue with its kind and requirements', () => {
    for (const entry of CATALOGUE) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${entry.name}\` |`));
      expect(row, entry.name).toBeDefined();
      expect(row!.split('|')[2].trim(), entry.name).toBe(entry.sync ? 'sync' : 'async');
      if (entry.scope) expect(row, entry.name).toContain(entry.scope);
      if (entry.privacy) expect(row, entry.name).toContain(`privacy: ${entry.privacy}`);
      if (entry.requiredPrivateInfo) expect(row, entry.name).toContain('requiredPrivateInfos');
    }
  });
});
