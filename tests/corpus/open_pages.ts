// Opens pages of a compiled real project one by one, each in a fresh app as `miniapp run --page`
// does (worker + QuickJS + happy-dom, the default Node host), and records what a user would see
// go wrong: an uncaught exception in the mini-program's code or ours, a crash, no rendered page.
import { Window } from 'happy-dom';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle } from '../../spec/bundle.js';
import { createMiniApp, createNodeHost } from '../../runtime/host/index.js';

export interface PageOutcome {
  page: string;
  /** The page element was rendered. */
  rendered: boolean;
  /** Uncaught exceptions and crashes, as `kind: message`. */
  errors: string[];
  /** `wx.*` calls answered with a fail message (the contract for what a headless host lacks). */
  fails: number;
}

/** Opens `page` of `bundle` and waits for it to settle (at most `timeout` ms). */
export async function openPage(bundle: Bundle, page: string, timeout = 10_000): Promise<PageOutcome> {
  const dataDir = mkdtempSync(join(tmpdir(), 'miniapp-corpus-'));
  const window = new Window({ url: 'https://miniapp.localhost/', width: 375, height: 667 });
  const host = createNodeHost({ dataDir, grant: [], deny: [], domains: [] });
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, launch: { path: page }, host });
  const outcome: PageOutcome = { page, rendered: false, errors: [], fails: 0 };
  app.on('error', (e) => outcome.errors.push(`${e.kind}: ${e.message}${e.stack ? `\n${e.stack}` : ''}`));
  app.on('api', (call) => {
    if (!call.answer.ok) outcome.fails++;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const expired = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeout)));
    await Promise.race([app.settled({ timers: 500 }), expired]);
    outcome.rendered = window.document.querySelector('page, wx-page') !== null || app.view.currentPage?.route === page;
  } finally {
    clearTimeout(timer);
    await app.close();
    await window.happyDOM.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return outcome;
}
