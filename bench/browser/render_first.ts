// render.first in Chromium (pages/render.ts): the list fixture's firstRender mark through the
// browser host build, against raw createElement/setAttribute/createTextNode/appendChild of the
// same tree in the same page; the view's part of the first render (its `update` event); and the floor: bare QuickJS in a worker building the same items and
// op batch text. One warm-up of each, then the runs alternate.
import { median, type BenchResult } from '../stats.js';
import { call, type BrowserSession } from './session.js';

export async function renderFirstBrowser(session: BrowserSession, n: number, runs: number): Promise<BenchResult[]> {
  const page = await session.open('render');
  await call(page, 'ours', n);
  await call(page, 'raw', n);
  await call(page, 'floor', n);
  const o: number[] = [];
  const v: number[] = [];
  const b: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { firstRender, view } = await call<{ firstRender: number; view: number }>(page, 'ours', n);
    o.push(firstRender);
    v.push(view);
    b.push(await call<number>(page, 'raw', n));
    f.push(await call<number>(page, 'floor', n));
  }
  await page.close();
  return [
    {
      name: `render.first (${n} items)`,
      what: `firstRender of a ${n}-item wx:for vs raw DOM building, in Chromium`,
      ours: median(o),
      baseline: median(b),
      unit: 'ms',
      // The design's Chromium target is for 1,000 and 10,000 items; 100 items shows the fixed costs.
      target: n >= 1000 ? { ratio: 2 } : { none: true },
    },
    { name: 'of which the view', what: 'the render layer\'s part of it (reading and applying the operations)', ours: median(v), baseline: median(b), unit: 'ms', target: { none: true } },
    { name: 'floor: QuickJS ops alone', what: 'bare QuickJS in a worker building the items and the same op batch text, to the page', ours: median(f), baseline: median(b), unit: 'ms', target: { floor: true } },
  ];
}
