// Projects configured by a W3C MiniApp manifest.json instead of app.json: compiled into the same
// bundle, run, and packed with the manifest's name, version and icons; mistakes are errors
// pointing into manifest.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, compileProject } from '../../compiler/index.js';
import { packProject } from '../../launch/package/pack.js';
import { fixture, startApp } from '../helpers/app.js';

const root = mkdtempSync(join(tmpdir(), 'miniapp-w3c-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, manifest: unknown): string {
  const dir = join(root, name);
  const files: Record<string, string> = { 'app.js': 'App({});', 'pages/a/a.wxml': '<view/>', 'pages/a/a.js': 'Page({});', 'manifest.json': JSON.stringify(manifest, null, 2) };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function diagnostics(dir: string): string[] {
  try {
    const { warnings } = compileProject(dir);
    return warnings.map((d) => `warning ${d.file}:${d.start.line}:${d.start.column}: ${d.message}`);
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics.map((d) => `${d.severity} ${d.file}:${d.start.line}:${d.start.column}: ${d.message}`);
    throw error;
  }
}

describe('a W3C manifest.json project', () => {
  it('compiles into the bundle its app.json would give', () => {
    const { bundle, info } = compileProject(fixture('w3c-manifest'));
    expect(bundle.manifest).toMatchObject({
      appid: 'org.example.notes',
      pages: ['pages/index/index', 'pages/detail/detail'],
      entryPagePath: 'pages/index/index',
      window: { navigationBarTitleText: 'Notes', navigationBarBackgroundColor: '#ffffff', navigationBarTextStyle: 'black', backgroundColor: '#f0f0f0', enablePullDownRefresh: true },
      permission: { 'scope.userLocation': { desc: 'to tag notes with a place' } },
      requiredPrivateInfos: ['getLocation'],
      using: { 'note-card': 'common/note-card' },
    });
    expect(info).toEqual({
      config: 'manifest.json',
      name: 'Notes',
      description: 'A W3C-manifest project: the same WXML, WXSS and JS as an app.json one',
      version: { code: 4, name: '0.4.0' },
      platformVersion: { min_code: 1, target_code: 1 },
      icons: [{ src: 'common/icon.png', sizes: '48x48', label: 'Notes' }],
    });
  });

  it('runs', async () => {
    const t = await startApp(fixture('w3c-manifest'), { launch: { path: 'pages/detail/detail', query: { id: '9' } } });
    try {
      expect(t.text('.note')).toBe('Note 9');
      expect(t.logs.map((l) => l.text)).toEqual(['notes launched at pages/detail/detail (scene 1001)']);
      expect(t.errors).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('packs with its own name, version, platform version and icons', () => {
    const { manifest } = packProject(compileProject(fixture('w3c-manifest')));
    expect(manifest).toMatchObject({
      app_id: 'org.example.notes',
      name: 'Notes',
      version: { code: 4, name: '0.4.0' },
      platform_version: { min_code: 1, target_code: 1 },
      icons: [{ src: 'assets/common/icon.png', sizes: '48x48', label: 'Notes' }],
      req_permissions: [{ name: 'scope.userLocation', reason: 'to tag notes with a place' }],
      window: { navigation_bar_title_text: 'Notes', enable_pull_down_refresh: true },
    });
    expect(manifest.files['assets/common/icon.png'].size).toBeGreaterThan(0);
  });

  it('reports its mistakes in manifest.json, with their place', () => {
    const dir = project('bad', {
      name: 'Bad',
      version: { code: -1, name: '' },
      pages: ['pages/a/a', 'pages/missing/missing'],
      window: { navigation_bar_title_text: 'Bad', design_width: 720, navigation_bar_colour: 'red' },
      req_permissions: [{ name: 'scope.userLocation' }],
      icons: [{ src: 'none.png' }],
    });
    expect(diagnostics(dir)).toEqual([
      'error manifest.json:1:1: "app_id" must name the app with letters, digits, "-", ".", "_" and "~" (e.g. "org.example.shop")',
      'error manifest.json:3:14: "version" must be { "code": a whole number ≥ 0, "name": "1.0.0" }',
      'error manifest.json:23:14: the icon "none.png" is not a file of the project',
      'warning manifest.json:13:21: "window"."design_width" is not supported and is left out',
      'warning manifest.json:14:30: "window"."navigation_bar_colour" is not a W3C window member and is left out',
      'error manifest.json:17:5: the permission "scope.userLocation" needs a "reason": it is shown when the user is asked',
      'error manifest.json:9:5: page "pages/missing/missing" has no pages/missing/missing.wxml',
    ]);
  });

  it('says so when it is a built bundle rather than a project', () => {
    const dir = join(root, 'built');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ format: 1, pages: ['pages/a/a'] }));
    writeFileSync(join(dir, 'logic.js'), '');
    expect(diagnostics(dir)).toContainEqual(expect.stringContaining("this manifest.json is a built bundle's (miniapp build wrote it), not a project's"));
  });

  it('app.json wins when a project has both', () => {
    const dir = project('both', { app_id: 'org.example.both', name: 'Both', pages: ['pages/none/none'] });
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/a'] }));
    const { bundle, info } = compileProject(dir);
    expect(bundle.manifest.pages).toEqual(['pages/a/a']);
    expect(info.config).toBe('app.json');
  });
});
