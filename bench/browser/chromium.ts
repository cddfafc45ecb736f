// Chromium driven by playwright-core, and a static server that sends the cross-origin isolation
// headers SharedArrayBuffer needs: shared by the browser benchmarks (`npm run bench -- --browser`)
// and the browser tests (tests/helpers/browser.ts), neither of which may depend on the other's
// runner. Which Chromium to launch is each caller's decision (the tests: tests/helpers/chromium.ts;
// the benchmarks: ./run.ts), both after scripts/chromium.mjs.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/** A route: a URL prefix served from a directory, or one page's text. */
export type Route = { prefix: string; dir: string } | { path: string; html: string };

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the routes on 127.0.0.1 with COOP/COEP (unless `isolated` is false), so pages are cross-origin isolated. */
export async function serve(routes: Route[], isolated = true): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (isolated) {
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    }
    res.setHeader('Cache-Control', 'no-store');
    if (url.pathname === '/favicon.ico') {
      res.statusCode = 204;
      return res.end();
    }
    for (const route of routes) {
      if ('html' in route && url.pathname === route.path) {
        res.setHeader('Content-Type', TYPES['.html']);
        return res.end(route.html);
      }
      if ('dir' in route && url.pathname.startsWith(route.prefix)) {
        const file = normalize(join(route.dir, decodeURIComponent(url.pathname.slice(route.prefix.length))));
        if (!file.startsWith(normalize(route.dir))) break;
        try {
          if (!statSync(file).isFile()) break;
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          return res.end(readFileSync(file));
        } catch {
          break;
        }
      }
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    // The browser keeps its connections open (keep-alive, a fetch still in flight for a page
    // already closed): they are cut, so closing never waits on the browser.
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** The Chromium at `executablePath`, headless, with a fresh profile. */
export async function launchChromiumAt(executablePath: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'miniapp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
