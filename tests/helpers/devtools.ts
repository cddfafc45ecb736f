// The devtools under test: `miniapp dev` started as a user starts it (the built CLI, port 0), on a
// temporary copy of a template that the test may edit, and its page opened in Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { template } from './app.js';
import { launchChromium } from './browser.js';

const cli = fileURLToPath(new URL('../../bin/miniapp.js', import.meta.url));
/** Where the panels' screenshots are kept (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../.artifacts/devtools/', import.meta.url));

export interface DevSession {
  /** The copy of the template the server watches. */
  project: string;
  url: string;
  page: Page;
  /** What the page and the server printed, for failure messages. */
  output: string[];
  /** Saves a screenshot of the page as .artifacts/devtools/<name>.png. */
  screenshot(name: string): Promise<void>;
  /** Opens an inspector panel by its tab. */
  openPanel(name: string): Promise<void>;
  close(): Promise<void>;
}

function waitForUrl(server: ChildProcess, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /miniapp devtools: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(text);
      if (found !== null) resolve(found[1]);
    });
    server.stderr!.on('data', (chunk: Buffer) => output.push(`server: ${chunk.toString().trimEnd()}`));
    server.on('exit', (code) => reject(new Error(`miniapp dev exited (${code}) before printing its URL:\n${output.join('\n')}`)));
  });
}

/**
 * Starts `miniapp dev` on a copy of `templates/<name>` (or of the folder `from`), with `args`
 * after the project, and opens the devtools in Chromium.
 */
export async function openDevtools(name: string, options: { from?: string; args?: string[] } = {}): Promise<DevSession> {
  const project = mkdtempSync(join(tmpdir(), `miniapp-dev-${name}-`));
  cpSync(options.from ?? template(name), project, { recursive: true });
  // The template's npm packages (@vant/weapp for the shop) are the repository's.
  symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(project, 'node_modules'), 'dir');
  const output: string[] = [];
  const server = spawn(process.execPath, [cli, 'dev', project, '--port', '0', ...(options.args ?? [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await waitForUrl(server, output);
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('console', (message) => output.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => output.push(`pageerror: ${error.message}`));
  await page.goto(url);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    project,
    url,
    page,
    output,
    screenshot: async (shot) => void (await page.screenshot({ path: join(ARTIFACTS, `${shot}.png`) })),
    openPanel: async (panel) => {
      await page.click(`.tabs [data-tab="${panel}"]`);
      await page.locator(`.tabs [data-tab="${panel}"][aria-selected="true"]`).waitFor();
    },
    close: async () => {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
      rmSync(project, { recursive: true, force: true });
    },
  };
}
