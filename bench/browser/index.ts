// The browser benchmarks (`npm run bench -- --browser [name]`): the same rows as the Node run's,
// measured in Chromium through the browser host build (dist/browser/miniapp.js). See BENCHMARKS.md, "In Chromium".
import type { BenchResult } from '../stats.js';
import { bridgeEventBrowser } from './bridge_event.js';
import { renderFirstBrowser } from './render_first.js';
import type { BrowserSession } from './session.js';
import { startupE2eBrowser } from './startup_e2e.js';

export { findChromium, openSession, type BrowserSession } from './session.js';

export const browserBenches: [name: string, run: (session: BrowserSession) => Promise<BenchResult | BenchResult[]>][] = [
  ['render.first', (s) => renderFirstBrowser(s, 100, 15)],
  ['render.first', (s) => renderFirstBrowser(s, 1000, 11)],
  ['render.first', (s) => renderFirstBrowser(s, 10000, 5)],
  ['bridge.event', (s) => bridgeEventBrowser(s, 1000, 500, 60)],
  ['startup.e2e', (s) => startupE2eBrowser(s, 11)],
];
