// The devtools' HTTP server, on 127.0.0.1 only: the devtools page and its script, the browser
// build of the runtime, the project's latest bundle (by version) and its files (images), and a
// stream of build events. Every answer is cross-origin isolated (COOP/COEP), which the runtime's
// SharedArrayBuffer needs.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AddressError, buildAddress } from '../launch/address/address.js';
import { addressQrCode } from '../launch/address/qr_code.js';
import { LiveBuild, type Build } from './live_build.js';

/** The scheme of the addresses the devtools show (a host app chooses its own). */
export const DEV_SCHEME = 'miniapp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** The built package's dist/ folder, from this module in dist/devtools/ (or in devtools/, run from source). */
function distDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(dirname(here)) === 'dist' ? dirname(here) : join(dirname(here), 'dist');
}

export interface DevServerOptions {
  /** The project directory (with app.json). */
  project: string;
  /** The port on 127.0.0.1; 0 takes a free one. */
  port: number;
}

export interface DevServer {
  /** The devtools page's address. */
  url: string;
  /** The project's builds. */
  live: LiveBuild;
  close(): Promise<void>;
}

/** A build as the page reads it: its version, and the compile error when it failed. */
function describe(build: Build): string {
  return JSON.stringify(build.ok ? { version: build.version, ok: true, warnings: build.warnings } : { version: build.version, ok: false, error: build.error });
}

/**
 * The address and QR code (SVG) of a page of the latest build: `page` is its route and query
 * (`pages/detail/detail?id=2`).
 */
async function pageQrCode(build: Build, page: string): Promise<{ address: string; svg: string }> {
  if (!build.ok) throw new AddressError('the latest build failed: there is no app to address');
  const appId = (JSON.parse(build.files.get('manifest.json') ?? '{}') as { appid?: string }).appid ?? '';
  const q = page.indexOf('?');
  const path = (q < 0 ? page : page.slice(0, q)).replace(/^\//, '');
  const query = Object.fromEntries(new URLSearchParams(q < 0 ? '' : page.slice(q + 1)));
  const address = buildAddress({ scheme: DEV_SCHEME, appId, path, query });
  return { address, svg: await addressQrCode(address, 'svg') };
}

/** A file under `dir` named by the URL path `rest`, or null when it is outside or not a file. */
function fileIn(dir: string, rest: string): string | null {
  let file: string;
  try {
    file = normalize(join(dir, decodeURIComponent(rest)));
  } catch {
    return null;
  }
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Starts the server; rejects with a clear message when the port is taken. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const dist = distDir();
  const pageDir = join(dist, 'devtools');
  const runtimeDir = join(dist, 'browser');
  for (const needed of [join(pageDir, 'devtools.js'), join(runtimeDir, 'miniapp.js')]) {
    if (fileIn(dirname(needed), basename(needed)) === null) throw new Error(`${needed} is missing: run \`npm run build\` first`);
  }
  const live = new LiveBuild(options.project);
  const streams = new Set<ServerResponse>();
  const unsubscribe = live.subscribe((build) => {
    for (const stream of streams) stream.write(`event: build\ndata: ${describe(build)}\n\n`);
  });

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.end(body);
  };
  const sendFile = (res: ServerResponse, file: string | null) => {
    if (file === null) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', readFileSync(file));
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'only GET');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (path === '/') return sendFile(res, fileIn(pageDir, 'index.html'));
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (path === '/qrcode') {
      pageQrCode(live.build, url.searchParams.get('page') ?? '').then(
        (code) => send(res, 200, TYPES['.json'], JSON.stringify(code)),
        (error: unknown) => send(res, error instanceof AddressError ? 400 : 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    if (path === '/build') return send(res, 200, TYPES['.json'], describe(live.build));
    if (path === '/events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(`event: build\ndata: ${describe(live.build)}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (path.startsWith('/devtools/')) return sendFile(res, fileIn(pageDir, path.slice('/devtools/'.length)));
    if (path.startsWith('/miniapp/')) return sendFile(res, fileIn(runtimeDir, path.slice('/miniapp/'.length)));
    // /bundle/<version>/<file>: a version that is no longer the latest is gone (the page follows the events).
    const bundle = /^\/bundle\/(\d+)\/([\w.-]+)$/.exec(path);
    if (bundle !== null) {
      const build = live.build;
      const text = build.ok && build.version === Number(bundle[1]) ? build.files.get(bundle[2]) : undefined;
      if (text === undefined) return send(res, 404, 'text/plain; charset=utf-8', 'not in the latest build');
      return send(res, 200, TYPES[extname(bundle[2])] ?? 'text/plain; charset=utf-8', text);
    }
    // The project's own files (tab bar icons, images): what the app's assetUrl points at.
    if (path.startsWith('/project/')) return sendFile(res, fileIn(live.project, path.slice('/project/'.length)));
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      live.close();
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} on 127.0.0.1 is in use: pick another with --port`) : error);
    });
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    live,
    close: async () => {
      unsubscribe();
      live.close();
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
