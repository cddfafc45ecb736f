// render.first in Chromium (pages/render.ts): the list fixture's firstRender mark through the
// browser host build, against raw createElement/setAttribute/createTextNode/appendChild of the
// same tree in the same page; one warm-up of each, then the runs alternate.
import { median, type BenchResult } from '../stats.js';
import { call, type BrowserSession } from './session.js';

export async function renderFirstBrowser(session: BrowserSession, n: number, runs: number): Promise<BenchResult> {
  const page = await session.open('render');
  await call(page, 'ours', n);
  await call(page, 'raw', n);
  const o: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await call<number>(page, 'ours', n));
    b.push(await call<number>(page, 'raw', n));
  }
  await page.close();
  return {
    name: `render.first (${n} items)`,
    what: `firstRender of a ${n}-item wx:for vs raw DOM building, in Chromium`,
    ours: median(o),
    baseline: median(b),
    unit: 'ms',
    // The design's Chromium target is for 1,000 and 10,000 items; 100 items shows the fixed costs.
    target: n >= 1000 ? { ratio: 2 } : { none: true },
  };
}
