// `miniapp run <project>`: compiles the project, boots it headless (worker + QuickJS + happy-dom),
// performs the taps in order, waits for the app to settle after each, and prints the page. The
// project may be one component (`<dir>/index`), rendered alone with --props; or a package (a
// `.ma` file or URL, installed into the cache in the data directory), opened at --uri; or the
// address of an app in that cache.
import { Window } from 'happy-dom';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMiniApp, createNodeHost, DEVICES, type DeviceName, type MiniApp } from '../runtime/host/index.js';
import { toHtml, toWxml } from '../runtime/view/snapshot.js';
import type { Theme } from '../spec/bundle.js';
import { openApp, packageCacheDir, parsePageArgument } from './open_app.js';
import { terminalConsent, terminalPayment, terminalPrivacy } from './prompt.js';

export interface RunArgs {
  /** A project, a component, a package (file or URL) or an address of a cached app. */
  project: string;
  /** `path?query` of the page to open. */
  page?: string;
  /** The address of the page to open (a QR code's launch). */
  uri?: string;
  /** The launch scene (wx.getLaunchOptionsSync().scene). */
  scene?: number;
  /** PEM files of public keys: a package must be signed by one of them. */
  trust: string[];
  /** What to do after the launch, in order: tap an element, or navigate (`wx.navigateTo`'s URL; `back`, `back:N`). */
  steps: RunStep[];
  format: 'html' | 'wxml';
  /** The simulated device, and a screen width (px) overriding its own. */
  device: DeviceName;
  width?: number;
  /** The system theme (an app with app.json's `darkmode` follows it). */
  theme: Theme;
  /** How long to wait for the app to settle, in ms. */
  timeout: number;
  /** Wait for the timers due within this many ms before printing (and after each tap). */
  timers: number;
  /** For a component run alone: its property values (JSON) and the tag it renders as. */
  props?: string;
  tag?: string;
  /** Scopes granted without asking (`privacy`: the privacy terms). */
  grant: string[];
  /** Scopes denied without asking. */
  deny: string[];
  /** Where storage and answers are kept; a fresh temporary directory when not given. */
  dataDir?: string;
  /** wx.request's allowed domains. */
  domain: string[];
}

export type RunStep = { tap: string } | { navigate: string };

/**
 * The --tap and --navigate options in the order they were written (yargs keeps each kind's order,
 * not the order between them).
 */
export function runSteps(argv: string[]): RunStep[] {
  const steps: RunStep[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(tap|navigate)(?:=(.*))?$/.exec(argv[i]);
    if (m === null) continue;
    const value = m[2] ?? argv[++i];
    if (value === undefined) continue;
    steps.push(m[1] === 'tap' ? { tap: value } : { navigate: value });
  }
  return steps;
}

async function settle(app: MiniApp, timeout: number, timers: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeout);
  });
  const done = await Promise.race([app.settled({ timers }).then(() => true as const), expired]);
  clearTimeout(timer);
  return done;
}

export async function run(args: RunArgs): Promise<number> {
  let props: Record<string, unknown> | undefined;
  if (args.props !== undefined) {
    try {
      props = JSON.parse(args.props) as Record<string, unknown>;
      if (props === null || typeof props !== 'object' || Array.isArray(props)) throw new Error('not an object');
    } catch (error) {
      process.stderr.write(`miniapp: --props must be a JSON object of property values (${(error as Error).message})\n`);
      return 1;
    }
  }
  const dataDir = args.dataDir ?? mkdtempSync(join(tmpdir(), 'miniapp-run-'));
  const removeDataDir = () => {
    if (args.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true });
  };
  const opened = await openApp({ target: args.project, page: args.page, uri: args.uri, scene: args.scene, tag: args.tag, trust: args.trust, cacheDir: packageCacheDir(dataDir) });
  if (opened === null) {
    removeDataDir();
    return 1;
  }
  const { bundle } = opened;

  const device = DEVICES[args.device];
  const width = args.width ?? device.screenWidth;
  const window = new Window({ url: 'https://miniapp.localhost/', width, height: Math.round((device.screenHeight * width) / device.screenWidth) });
  const launch = { ...opened.launch, props };
  const host = createNodeHost({
    dataDir,
    grant: args.grant,
    deny: args.deny,
    domains: args.domain,
    prompt: terminalConsent,
    privacyPrompt: terminalPrivacy,
    confirmPayment: terminalPayment,
    device: { makePhoneCall: (number) => (process.stderr.write(`miniapp: the mini-program calls ${number}\n`), true) },
  });
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, launch, device: args.device, screenWidth: args.width, theme: args.theme, host, assetUrl: opened.assetUrl });
  app.on('error', (e) => {
    const at = e.source === undefined ? '' : `${e.source.file}:${e.source.line}:${e.source.column}: `;
    process.stderr.write(`${at}miniapp: ${e.kind}${e.page ? ` in ${e.page}` : ''}: ${e.message}${e.stack ? `\n${e.stack}` : ''}\n`);
  });
  app.on('log', (l) => process.stderr.write(`[${l.level}] ${l.text}\n`));

  const tap = (selector: string): boolean => {
    let target: Element | null = null;
    try {
      target = app.find(selector);
    } catch {
      process.stderr.write(`miniapp: --tap "${selector}" is not a valid CSS selector\n`);
      return false;
    }
    if (target === null) {
      process.stderr.write(`miniapp: no element on the page matches --tap "${selector}" (built-in components are wx-<tag>, e.g. wx-button)\n`);
      return false;
    }
    target.dispatchEvent(new window.MouseEvent('click', { bubbles: true, cancelable: true }) as unknown as Event);
    return true;
  };
  /** `--navigate url` goes like wx.navigateTo (a tab page: like wx.switchTab); `back` and `back:N` like wx.navigateBack. */
  const navigate = (url: string): boolean => {
    try {
      const back = /^back(?::(\d+))?$/.exec(url);
      if (back !== null) app.navigateBack(Number(back[1] ?? 1));
      else if (bundle.manifest.tabBar?.list.some((t) => t.pagePath === parsePageArgument(url).path)) app.switchTab(url);
      else app.navigateTo(url);
      return true;
    } catch (error) {
      process.stderr.write(`miniapp: --navigate "${url}": ${(error as Error).message}\n`);
      return false;
    }
  };

  let status = 0;
  try {
    if (!(await settle(app, args.timeout, args.timers))) process.stderr.write(`miniapp: the app was still busy after ${args.timeout} ms\n`);
    for (const step of args.steps) {
      if (app.state !== 'running') break;
      const done = 'tap' in step ? tap(step.tap) : navigate(step.navigate);
      if (!done) {
        status = 1;
        break;
      }
      const what = 'tap' in step ? `--tap "${step.tap}"` : `--navigate "${step.navigate}"`;
      if (!(await settle(app, args.timeout, args.timers))) process.stderr.write(`miniapp: the app was still busy ${args.timeout} ms after ${what}\n`);
    }
    process.stdout.write(`${args.format === 'wxml' ? toWxml(app.view) : toHtml(app.view, app.chrome)}\n`);
    if (app.state === 'crashed') status = 1;
  } finally {
    await app.close();
    await window.happyDOM.close();
    removeDataDir();
  }
  return status;
}
