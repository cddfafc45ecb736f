// The browser benchmarks' session: Chromium found as the browser tests find it (scripts/chromium.mjs:
// MINIAPP_CHROMIUM, else Debian's /usr/bin/chromium; nothing is installed), launched headless by
// playwright-core; the bench fixtures and the shop template compiled to bundles; one static server
// with COOP/COEP for the browser host build (dist/browser at /miniapp/), the bundles and the
// benchmark pages (dist/bench/browser/pages at /bench/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { compileProject, writeBundle } from '../../compiler.js';
import { launchChromiumAt, serve } from './chromium.js';

// Run from dist/bench/browser/: the repository's root is three levels up.
const ROOT = new URL('../../../', import.meta.url);
const path = (relative: string) => fileURLToPath(new URL(relative, ROOT));

/** The projects the pages run, each served at /<name>/. */
const PROJECTS: Record<string, string> = {
  list: 'bench/fixtures/list',
  counter: 'bench/fixtures/counter',
  shop: 'templates/shop',
};

/** Where the Chromium is, or why there is none (the same lookup as the browser tests'). */
export async function findChromium(): Promise<{ path: string } | { reason: string }> {
  const { planChromium, DEBIAN_CHROMIUM } = (await import(String(new URL('scripts/chromium.mjs', ROOT)))) as typeof import('../../scripts/chromium.mjs');
  // The benchmarks never install a browser, so they do not ask sudo.
  const plan = planChromium({ sudo: () => false });
  if (plan.action === 'use') return { path: plan.path };
  if (plan.action === 'skip') return { reason: plan.reason };
  return { reason: `no Chromium at ${DEBIAN_CHROMIUM}; install Debian's chromium (apt-get install chromium; \`npm test\` does it as root) or set MINIAPP_CHROMIUM to a Chromium executable` };
}

export interface BrowserSession {
  /** Chromium's version, as the browser reports it. */
  version: string;
  /** Opens /bench/<name>.html (running pages/<name>.ts) and waits until its script has exposed window.bench. */
  open(name: string): Promise<Page>;
  close(): Promise<void>;
}

export async function openSession(executablePath: string): Promise<BrowserSession> {
  const bundles = mkdtempSync(join(tmpdir(), 'miniapp-bench-'));
  for (const [name, project] of Object.entries(PROJECTS)) writeBundle(compileProject(path(project)).bundle, join(bundles, name));
  const pages = ['render', 'event', 'startup'];
  const server = await serve([
    { prefix: '/miniapp/', dir: path('dist/browser/') },
    { prefix: '/bench/', dir: path('dist/bench/browser/pages/') },
    ...Object.keys(PROJECTS).map((name) => ({ prefix: `/${name}/`, dir: join(bundles, name) })),
    ...pages.map((name) => ({ path: `/${name}.html`, html: `<!doctype html>\n<meta charset="utf-8" />\n<title>${name}</title>\n<script type="module" src="/bench/${name}.js"></script>` })),
  ]);
  const browser = await launchChromiumAt(executablePath);
  const version = browser.context.browser()?.version() ?? 'unknown version';
  return {
    version,
    async open(name) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${server.origin}/${name}.html`);
      try {
        await page.waitForFunction(() => (window as unknown as { bench?: unknown }).bench !== undefined, undefined, { timeout: 30_000 });
      } catch (error) {
        throw new Error(`the ${name} page did not start: ${errors.join('; ') || String(error)}`);
      }
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(bundles, { recursive: true, force: true });
    },
  };
}

/** Calls window.bench[name](...args) in the page. */
export function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, args]) => (window as unknown as { bench: Record<string, (...a: unknown[]) => unknown> }).bench[name](...args),
    [name, args] as const,
  ) as Promise<T>;
}
