// `miniapp doctor`: what a project uses that miniapp lacks, grouped and counted, with each place.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DoctorReport } from '../../cli/doctor.js';
import { writeFiles } from '../helpers/files.js';
import { miniapp } from './helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'miniapp-doctor-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  return writeFiles(join(temp, name), files);
}

// A WeChat devtools project: the mini-program is in miniprogram/ (project.config.json says so).
const APP_JSON = `{
  "pages": ["pages/index/index"],
  "window": { "navigationBarTitleText": "Doctor", "backgroundTextStyle": "dark" },
  "plugins": { "myPlugin": { "version": "1.0.0", "provider": "wx0000000000000000" } },
  "resizable": true
}
`;
const APP_JS = `App({
  onLaunch() {
    const fs = wx.getFileSystemManager();
    wx.request({ url: 'https://example.com' });
  },
});
`;
const PAGE_JS = `Page({
  onLoad() {
    wx.getFileSystemManager().readFile({ filePath: 'a' });
    if (wx.canIUse('getLocation')) wx.showToast({ title: 'hi' });
  },
});
`;
const PAGE_WXML = `<view>
  <map latitude="1"><view>a</view></map>
  <video src="a.mp4" />
</view>
`;

const builds = project('builds', {
  'project.config.json': '{ "miniprogramRoot": "miniprogram/", "appid": "wx1234567890abcdef" }\n',
  'miniprogram/app.json': APP_JSON,
  'miniprogram/app.js': APP_JS,
  'miniprogram/pages/index/index.js': PAGE_JS,
  'miniprogram/pages/index/index.wxml': PAGE_WXML,
  'miniprogram/pages/index/index.json': '{\n  "usingComponents": {},\n  "disableScroll": true\n}\n',
});

// The same with an xr-frame tag nobody declared, and a template error: the build stops there.
const broken = project('broken', {
  'app.json': APP_JSON,
  'app.js': APP_JS,
  'pages/index/index.js': PAGE_JS,
  'pages/index/index.wxml': `${PAGE_WXML}<xr-scene><xr-node /></xr-scene>\n<view>{{ a + }}</view>\n`,
  'pages/index/index.json': '{}\n',
});

function report(root: string, ...args: string[]): DoctorReport {
  const result = miniapp('doctor', root, '--json', ...args);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as DoctorReport;
}

function group(r: DoctorReport, id: string) {
  const found = r.groups.find((g) => g.id === id);
  expect(found, id).toBeDefined();
  return found!;
}

/** `name: count at file:line:col, …` of a group's items, for compact comparisons. */
function summary(r: DoctorReport, id: string): string[] {
  return group(r, id).items.map((item) => `${item.name}: ${item.count} at ${item.places.map((p) => `${p.file}:${p.line}:${p.column}`).join(', ')}`);
}

describe('miniapp doctor', () => {
  it('reports unsupported and partial APIs, built-ins and ignored JSON fields, each with its places (--json)', () => {
    const r = report(builds);
    expect(r.root).toBe(join(builds, 'miniprogram'));
    expect(r.builds).toBe(true);
    expect(r.groups.map((g) => g.id)).toEqual(['api-missing', 'api-partial', 'tag-inert', 'component-missing', 'component-partial', 'json-ignored', 'build-error', 'build-warning']);
    expect(summary(r, 'api-missing')).toEqual(['getFileSystemManager: 2 at app.js:3:19, pages/index/index.js:3:8']);
    expect(group(r, 'api-missing').count).toBe(2);
    expect(summary(r, 'api-partial')).toEqual(['request: 1 at app.js:4:8', 'canIUse: 1 at pages/index/index.js:4:12']);
    expect(group(r, 'api-partial').items[0].note).toContain("responseType 'text' only");
    expect(summary(r, 'component-missing')).toEqual(['map: 1 at pages/index/index.wxml:2:4']);
    expect(summary(r, 'component-partial')).toEqual(['video: 1 at pages/index/index.wxml:3:4']);
    expect(summary(r, 'json-ignored')).toEqual([
      'plugins: 1 at app.json:4:3',
      'resizable: 1 at app.json:5:3',
      'window.backgroundTextStyle: 1 at app.json:3:51',
      'disableScroll: 1 at pages/index/index.json:3:3',
    ]);
    expect(group(r, 'json-ignored').items[0].note).toBe('plugins from other mini-programs');
    expect(group(r, 'tag-inert').count).toBe(0);
    expect(group(r, 'build-error').count).toBe(0);
  });

  it('reports a project that does not build, its errors as a group, with exit code 0', () => {
    const r = report(broken);
    expect(r.builds).toBe(false);
    // Found without the build's list of calls: the scripts it read are scanned.
    expect(summary(r, 'api-missing')).toEqual(['getFileSystemManager: 2 at app.js:3:19, pages/index/index.js:3:8']);
    expect(summary(r, 'tag-inert')).toEqual(['xr-scene: 1 at pages/index/index.wxml:5:2', 'xr-node: 1 at pages/index/index.wxml:5:12']);
    expect(group(r, 'tag-inert').items[0].note).toContain('xr-frame');
    expect(summary(r, 'component-missing')).toEqual(['map: 1 at pages/index/index.wxml:2:4']);
    expect(group(r, 'build-error').items.map((i) => i.name)).toContain('MA0024');
    expect(summary(r, 'json-ignored')).toContain('plugins: 1 at app.json:4:3');
  });

  it('prints a grouped, counted report: a heading per group, then file:line:col, name and note', () => {
    const result = miniapp('doctor', broken);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('The project does not build as it is (its errors are listed below).');
    expect(lines).toContain('APIs not available here (each answers <api>:fail not supported): 2 use(s) of 1');
    expect(lines.find((l) => l.includes('getFileSystemManager'))).toMatch(/^ {2}app\.js:3:19 +getFileSystemManager ×2 +not in the API catalogue$/);
    expect(lines.find((l) => l.includes('  map'))).toMatch(/^ {2}pages\/index\/index\.wxml:2:4 +map +drawn as a box/);
    expect(lines.find((l) => l.startsWith('Build errors:'))).toBeDefined();
    expect(result.stdout).not.toContain('Build warnings');
    // Every place with --all.
    const all = miniapp('doctor', broken, '--all').stdout.split('\n');
    expect(all.filter((l) => l.includes('getFileSystemManager')).map((l) => l.trim().split(/ +/)[0])).toEqual(['app.js:3:19', 'pages/index/index.js:3:8']);
  });

  it('exits 1 with a clear message when there is no project', () => {
    const missing = miniapp('doctor', join(temp, 'nowhere'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('is not a folder');
    expect(missing.stdout).toBe('');
    const empty = project('empty', { 'README.md': 'not a mini-program\n' });
    const noApp = miniapp('doctor', empty);
    expect(noApp.status).toBe(1);
    expect(noApp.stderr).toContain(`no app.json in ${empty}`);
  });
});
