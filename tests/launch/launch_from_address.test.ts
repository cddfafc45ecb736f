// Launching every page of the template apps from an address with a query: the page named opens,
// its onLoad gets the query, and wx.getLaunchOptionsSync() tells the path, the query and the QR
// code scene. The templates are copied with a probe added to app.js that logs what the app sees
// through WeChat's own APIs (getLaunchOptionsSync, getCurrentPages).
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../compiler/index.js';
import { buildAddress } from '../../launch/address/address.js';
import { launchFromAddress, LaunchScene } from '../../launch/address/launch_options.js';
import { startApp, template } from '../helpers/app.js';

const PROBE = `
setTimeout(() => {
  const launch = wx.getLaunchOptionsSync();
  console.log('probe launch ' + JSON.stringify({ path: launch.path, query: launch.query, scene: launch.scene }));
  const pages = getCurrentPages();
  const page = pages[pages.length - 1];
  console.log('probe page ' + JSON.stringify({ route: page.route, options: page.options }));
}, 0);
`;

const copies: string[] = [];

/** A copy of a template with the probe at the end of its app.js (npm packages resolved as from the original). */
function probed(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `miniapp-${name}-`));
  copies.push(dir);
  cpSync(template(name), dir, { recursive: true });
  symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(dir, 'node_modules'));
  appendFileSync(join(dir, 'app.js'), PROBE);
  return dir;
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const query = { id: '7', from: 'poster', note: 'a b&c=d', name: '张三' };

describe.each(['demo', 'shop'])('the %s template, launched from an address', (name) => {
  const dir = probed(name);
  const { bundle } = compileProject(dir);

  it.each(bundle.manifest.pages)('opens %s with the query', async (route) => {
    const address = buildAddress({ scheme: 'platform', appId: bundle.manifest.appid, path: route, query });
    const t = await startApp(dir, { launch: launchFromAddress(address, bundle.manifest.appid) });
    try {
      const logs = t.logs.map((l) => l.text);
      expect(logs).toContain(`probe launch ${JSON.stringify({ path: route, query, scene: LaunchScene.QrCode })}`);
      expect(logs).toContain(`probe page ${JSON.stringify({ route, options: query })}`);
      expect(t.app.pages).toEqual([route]);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('opens the entry page for an address that names none', async () => {
    const address = buildAddress({ host: 'example.com', appId: bundle.manifest.appid, path: '', query: { from: 'web' } });
    const t = await startApp(dir, { launch: launchFromAddress(address, bundle.manifest.appid, LaunchScene.UrlScheme) });
    try {
      const entry = bundle.manifest.entryPagePath;
      expect(t.logs.map((l) => l.text)).toContain(`probe launch ${JSON.stringify({ path: entry, query: { from: 'web' }, scene: 1065 })}`);
      expect(t.app.pages).toEqual([entry]);
    } finally {
      await t.close();
    }
  });

  it('sends a page the app does not have through onPageNotFound, which relaunches the entry page', async () => {
    const address = buildAddress({ scheme: 'platform', appId: bundle.manifest.appid, path: 'pages/gone/gone', query: { id: '1' } });
    const t = await startApp(dir, { launch: launchFromAddress(address, bundle.manifest.appid) });
    try {
      expect(t.app.pages).toEqual([bundle.manifest.entryPagePath]);
    } finally {
      await t.close();
    }
  });
});

describe('what a user sees', () => {
  it('the demo counter starts at the count in the address', async () => {
    const dir = template('demo');
    const { bundle } = compileProject(dir);
    const t = await startApp(dir, { launch: launchFromAddress(`platform://miniapp/${bundle.manifest.appid}/pages/index/index?count=5`, bundle.manifest.appid) });
    try {
      expect(t.text('.count')).toBe('5');
      expect(t.text('.hint')).toBe('5 is plenty.');
    } finally {
      await t.close();
    }
  });

  it('the shop detail page gets the product id from the address', async () => {
    const dir = template('shop');
    const t = await startApp(dir, { launch: launchFromAddress('platform://miniapp/wxshoptemplate01/pages/detail/detail?id=3', 'wxshoptemplate01') });
    try {
      expect(t.logs.map((l) => l.text)).toContain('detail onLoad 3');
    } finally {
      await t.close();
    }
  });
});
