// Browser tests: Chromium (Debian's, or the one MINIAPP_CHROMIUM names: ./chromium.ts) driven by
// playwright-core, and a static server that sends the cross-origin isolation headers
// SharedArrayBuffer needs. Both are shared with the browser benchmarks (bench/browser/chromium.ts).
import type { BrowserContext } from 'playwright-core';
import { launchChromiumAt } from '../../bench/browser/chromium.js';
import { chromiumExecutable } from './chromium.js';

export { serve, type Route, type StaticServer } from '../../bench/browser/chromium.js';

/** The tests' Chromium (./chromium.ts), headless, with a fresh profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  return launchChromiumAt(chromiumExecutable());
}
