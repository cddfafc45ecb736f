// vant and weui components rendered alone must match the goldens made with WeChat's own tools
// (tests/fixtures/conformance/PROVENANCE.md).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAlone } from './render.js';
import { compareSnapshots, parseSnapshot } from './snapshot.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const goldens = `${root}/tests/fixtures/conformance`;

const libraries = [
  { name: 'vant', prefix: 'van', path: (c: string) => `${root}/node_modules/@vant/weapp/lib/${c}/index` },
  { name: 'weui', prefix: 'mp', path: (c: string) => `${root}/node_modules/weui-miniprogram/miniprogram_dist/${c}/${c}` },
];

const tally: Record<string, { matched: number; total: number }> = {};
afterAll(() => {
  for (const [library, { matched, total }] of Object.entries(tally)) console.log(`conformance ${library}: ${matched}/${total} match their goldens`);
});

for (const library of libraries) {
  const components = readdirSync(`${goldens}/${library.name}`).map((f) => f.replace('.snap.txt', '')).sort();
  tally[library.name] = { matched: 0, total: components.length };
  describe(`${library.name} conformance`, () => {
    it.each(components)('%s renders as WeChat renders it', async (component) => {
      const golden = readFileSync(`${goldens}/${library.name}/${component}.snap.txt`, 'utf8');
      const { wxml, errors } = await renderAlone(library.path(component), `${library.prefix}-${component}`);
      const difference = compareSnapshots(parseSnapshot(golden), parseSnapshot(wxml));
      expect({ difference, errors }).toEqual({ difference: null, errors: [] });
      tally[library.name].matched++;
    });
  });
}
