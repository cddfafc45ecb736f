// bridge.event in Chromium (pages/event.ts): a click dispatched inside the page on the counter
// fixture until a MutationObserver sees its text change (and, for taps started at the beginning of
// a frame, until the next animation frame), against a bare Worker echo round trip and a raw text
// write in the same page, measured the same ways.
import { median, type BenchResult } from '../stats.js';
import { call, type BrowserSession } from './session.js';

interface Taps {
  dom: number[];
  frame: number[];
}

export async function bridgeEventBrowser(session: BrowserSession, warmup: number, taps: number, framed: number): Promise<BenchResult[]> {
  const page = await session.open('event');
  const o = await call<Taps>(page, 'ours', warmup, taps, framed);
  const b = await call<Taps>(page, 'echo', warmup, taps, framed);
  await page.close();
  return [
    { name: 'bridge.event', what: 'click → handler → setData → DOM mutation vs a bare Worker echo + Text.data write, in Chromium', ours: median(o.dom) * 1000, baseline: median(b.dom) * 1000, unit: 'µs', target: { atMost: 1000 } },
    { name: 'bridge.event → next frame', what: 'a click at the start of a frame until the next frame vs the echo the same way, in Chromium', ours: median(o.frame), baseline: median(b.frame), unit: 'ms', target: { none: true } },
  ];
}
