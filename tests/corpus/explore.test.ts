import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { compileProject } from '../../compiler/index.js';
import { openPage } from './open_pages.js';

it('explore', async () => {
  const { bundle } = compileProject(process.env.DEMO ?? '/tmp/demo');
  const pages = bundle.manifest.pages.slice(Number(process.env.FROM ?? 0), Number(process.env.TO ?? 1000));
  const out: unknown[] = [];
  for (const page of pages) {
    const t = Date.now();
    const o = await openPage(bundle, page);
    out.push({ ...o, ms: Date.now() - t });
    writeFileSync(process.env.OUT ?? '/tmp/explore/out.json', JSON.stringify(out, null, 1));
  }
}, 3_600_000);
