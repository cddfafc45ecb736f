// startup.e2e in Chromium (pages/startup.ts): the shop template's appLaunch, a new app in the same
// page each run, against the sum of the medians of a bare QuickJS worker evaluating the same bytes
// and the raw build of the first page's DOM, measured in the same page.
import { median, type BenchResult } from '../stats.js';
import { call, type BrowserSession } from './session.js';

export async function startupE2eBrowser(session: BrowserSession, runs: number): Promise<BenchResult> {
  const page = await session.open('startup');
  await call(page, 'ours');
  await call(page, 'logic');
  await call(page, 'dom');
  const o: number[] = [];
  const logic: number[] = [];
  const dom: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await call<number>(page, 'ours'));
    logic.push(await call<number>(page, 'logic'));
    dom.push(await call<number>(page, 'dom'));
  }
  await page.close();
  return {
    name: 'startup.e2e (shop)',
    what: 'appLaunch of the shop template vs worker + QuickJS + evaluating its bytes + building its first page, in Chromium',
    ours: median(o),
    baseline: median(logic) + median(dom),
    unit: 'ms',
    target: { ratio: 1.3 },
  };
}
