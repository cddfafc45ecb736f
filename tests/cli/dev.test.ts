// `miniapp dev` as a command: it serves on 127.0.0.1 with the headers SharedArrayBuffer needs,
// serves the project's latest build and nothing outside the project, reports a failed build
// without stopping, and refuses bad arguments and a taken port with clear messages.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { template } from '../helpers/app.js';
import { miniapp } from './helpers.js';

const bin = fileURLToPath(new URL('../../bin/miniapp.js', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'miniapp-dev-cli-'));
let server: ReturnType<typeof spawn>;
let url: string;
const stderr: string[] = [];

beforeAll(async () => {
  cpSync(template('demo'), project, { recursive: true });
  server = spawn(process.execPath, [bin, 'dev', project, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  server.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = /miniapp devtools: (\S+)/.exec(chunk.toString());
      if (found !== null) resolve(found[1]);
    });
    server.on('exit', (code) => reject(new Error(`miniapp dev exited with ${code}: ${stderr.join('')}`)));
  });
}, 30_000);
afterAll(async () => {
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
  rmSync(project, { recursive: true, force: true });
});

/** The build the server has once `version` or a later one is ready. */
async function buildAfter(version: number): Promise<{ version: number; ok: boolean; error?: string }> {
  for (;;) {
    const build = (await (await fetch(new URL('build', url))).json()) as { version: number; ok: boolean; error?: string };
    if (build.version > version) return build;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('miniapp dev', () => {
  it('serves the devtools page on 127.0.0.1, cross-origin isolated, and the latest bundle', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(await page.text()).toContain('/devtools/devtools.js');
    const build = (await (await fetch(new URL('build', url))).json()) as { version: number; ok: boolean };
    expect(build.ok).toBe(true);
    const manifest = (await (await fetch(new URL(`bundle/${build.version}/manifest.json`, url))).json()) as { pages: string[] };
    expect(manifest.pages).toContain('pages/index/index');
    expect((await fetch(new URL('miniapp/worker.js', url))).status).toBe(200);
  });

  it('serves nothing outside the project and the build', async () => {
    for (const path of ['project/..%2Fpackage.json', 'project/%2e%2e/%2e%2e/etc/passwd', 'miniapp/..%2F..%2Fpackage.json', 'bundle/1/..%2Fmanifest.json', 'bundle/999/manifest.json']) {
      expect((await fetch(new URL(path, url))).status, path).toBe(404);
    }
    expect((await fetch(new URL('project/app.json', url))).status).toBe(200);
  });

  it('draws the QR code of a page\'s address, and refuses a page no address can name', async () => {
    const manifest = (await (await fetch(new URL(`bundle/${((await (await fetch(new URL('build', url))).json()) as { version: number }).version}/manifest.json`, url))).json()) as { appid: string };
    const code = await fetch(new URL(`qrcode?page=${encodeURIComponent('pages/about/about?from=a b&x=1')}`, url));
    expect(code.status).toBe(200);
    const { address, svg } = (await code.json()) as { address: string; svg: string };
    expect(address).toBe(`miniapp://miniapp/${manifest.appid}/pages/about/about?from=a%20b&x=1`);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const bad = await fetch(new URL(`qrcode?page=${encodeURIComponent('pages//about')}`, url));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('the page path "pages//about" has an empty, "." or ".." segment');
  });

  it('a failed build is reported and the server goes on; the next good one is served', async () => {
    const first = (await (await fetch(new URL('build', url))).json()) as { version: number };
    writeFileSync(join(project, 'app.json'), '{ "pages": [ }');
    const failed = await buildAfter(first.version);
    expect(failed.ok).toBe(false);
    expect(failed.error).toMatch(/^app\.json:1:\d+: error MA\d+: /);
    expect(stderr.join('')).toContain(`build ${failed.version} failed`);
    cpSync(join(template('demo'), 'app.json'), join(project, 'app.json'));
    const fixed = await buildAfter(failed.version);
    expect(fixed.ok).toBe(true);
  });

  it('refuses a project that is not a directory and a port that is taken', () => {
    const missing = miniapp('dev', join(project, 'nowhere'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('is not a directory');
    const taken = miniapp('dev', project, '--port', new URL(url).port);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toBe(`miniapp: port ${new URL(url).port} on 127.0.0.1 is in use: pick another with --port\n`);
    const bad = miniapp('dev', project, '--port', '70000');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--port must be a whole number');
  });
});
