// `miniapp build`: a bundle on success; `file:line:col: message` with a code frame and exit 1 on bad input.
import { Window } from 'happy-dom';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../compiler/index.js';
import { createMiniApp } from '../../runtime/host/index.js';
import { fixture, template } from '../helpers/app.js';
import { miniapp } from './helpers.js';

const out = mkdtempSync(join(tmpdir(), 'miniapp-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('miniapp build', () => {
  it('reports broken WXML with its place and a code frame, and exits 1', () => {
    const { status, stdout, stderr } = miniapp('build', fixture('broken-wxml'), '--out', join(out, 'broken'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('pages/index/index.wxml:2:20: error MA0024: bad expression: Unexpected token\n');
    expect(stderr).toContain('> 2 |   <text>{{ title + }}</text>\n    |                    ^');
    // In the order they appear in the file.
    expect(stderr.indexOf(':1:1:')).toBeLessThan(stderr.indexOf(':2:20:'));
    expect(stderr.indexOf(':2:20:')).toBeLessThan(stderr.indexOf(':3:32:'));
    expect(stderr).toContain('pages/index/index.wxml:3:32: error MA0021: unexpected closing tag </text>');
    expect(stderr).toContain('pages/index/index.wxml:1:1: error MA0020: <view> is not closed');
    expect(existsSync(join(out, 'broken'))).toBe(false);
  });

  it('reports every broken component, template, include and WXS reference at its place: as WeChat, warnings where it builds, errors where it does not', () => {
    const dir = join(out, 'broken-components');
    const { status, stderr } = miniapp('build', fixture('broken-components'), '--out', dir);
    expect(status).toBe(1);
    for (const line of [
      'pages/index/index.json:3:19: warning MA0001: usingComponents["ghost-card"]: component "/components/ghost/ghost" not found',
      'pages/index/index.wxml:2:2: warning MA0028: <undeclared-thing> is not a built-in component and is not declared in usingComponents',
      'pages/index/index.wxml:3:15: warning MA0029: template "nope" is not defined in this file or in a file it imports',
      'pages/index/index.wxml:5:22: error MA0001: WXS file "./missing.wxs" not found',
      'pages/index/index.wxml:7:11: error MA0050: Unexpected token',
      'parts/b.wxml:1:1: warning MA0031: including parts/a.wxml here would include it again (pages/index/index.wxml → parts/a.wxml → parts/b.wxml → parts/a.wxml)',
      'components/ok/u.wxs:1:13: error MA0001: WXS module "./other.wxs" not found',
    ]) expect(stderr).toContain(line);
    expect(existsSync(dir)).toBe(false);
    // --strict: the warnings that were errors before are errors again.
    const strict = miniapp('build', fixture('broken-components'), '--out', dir, '--strict');
    expect(strict.stderr).toContain('pages/index/index.wxml:2:2: error MA0028: <undeclared-thing>');
    expect(strict.stderr).toContain('parts/b.wxml:1:1: error MA0031: including parts/a.wxml');
  });

  it('reports broken WXSS at its place: a syntax error, and as warnings (as WeChat) a missing @import and an import cycle', () => {
    const dir = join(out, 'broken-wxss');
    const { status, stderr } = miniapp('build', fixture('broken-wxss'), '--out', dir);
    expect(status).toBe(1);
    expect(stderr).toContain('app.wxss:2:1: warning MA0041: @import "styles/gone.wxss": file styles/gone.wxss not found; the import is left out\n  1 | .app {}\n> 2 | @import "styles/gone.wxss";\n    | ^^^^^^^^^^^^^^^^^^^^^^^^^^');
    expect(stderr).toContain('styles/b.wxss:2:1: warning MA0041: @import "a" makes a cycle: styles/a.wxss → styles/b.wxss → styles/a.wxss; the import is left out\n');
    expect(stderr).toContain('pages/index/index.wxss:1:1: error MA0040: Unclosed block\n> 1 | .page {');
    expect(existsSync(dir)).toBe(false);
  });

  it('lists the privileged APIs the code calls and warns of missing declarations', () => {
    const dir = join(out, 'undeclared');
    const { status, stderr } = miniapp('build', fixture('location-undeclared'), '--out', dir);
    expect(status).toBe(0);
    expect(stderr).toContain('miniapp: privileged APIs called:\n  wx.getLocation (scope.userLocation, privacy: location, requiredPrivateInfos) at pages/index/index.js:8:8\n  wx.chooseLocation (privacy: location, requiredPrivateInfos) at pages/index/index.js:11:8\n');
    expect(stderr).toContain('pages/index/index.js:8:8: warning MA0060: wx.getLocation needs app.json\'s "permission": { "scope.userLocation": { "desc": "<why the app needs it>" } }, or it fails');
    expect(stderr).toContain('pages/index/index.js:11:8: warning MA0060: wx.chooseLocation must be listed in app.json\'s "requiredPrivateInfos", or it fails');
    // getLocation is listed in requiredPrivateInfos: no warning about that.
    expect(stderr).not.toContain('wx.getLocation must be listed');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.requiredPrivateInfos).toEqual(['getLocation']);
    expect(manifest.permission).toEqual({});
    expect(manifest.appid).toMatch(/^local-[0-9a-f]{16}$/);
  });

  it('carries the declarations and the app id into the manifest, with nothing to warn about', () => {
    const dir = join(out, 'location');
    const { status, stderr } = miniapp('build', fixture('location'), '--out', dir);
    expect(status).toBe(0);
    expect(stderr).not.toContain('warning');
    expect(stderr).toContain('  wx.chooseAddress (privacy: address, requiredPrivateInfos) at pages/index/index.js:');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      appid: 'wxlocationtest01',
      permission: { 'scope.userLocation': { desc: 'to show the shops near you' } },
      requiredPrivateInfos: ['getLocation', 'chooseLocation', 'chooseAddress'],
    });
  });

  it('--typecheck reports type errors against WeChat\'s typings, after writing the bundle', () => {
    const dir = join(out, 'typed');
    const plain = miniapp('build', fixture('typed'), '--out', dir);
    // Type errors never stop a build.
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toContain('MA0052');
    const checked = miniapp('build', fixture('typed'), '--out', dir, '--typecheck');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain("pages/broken/broken.ts:2:7: error MA0052: Type 'string' is not assignable to type 'number'. (TS2322)");
    expect(checked.stderr).toContain("pages/broken/broken.ts:7:20: error MA0052: Object literal may only specify known properties, but 'tittle' does not exist in type 'ShowToastOption'.");
    expect(checked.stderr).toContain('miniapp: 2 type error(s) in 3 TypeScript file(s)');
    expect(existsSync(join(dir, 'logic.js'))).toBe(true);
  });

  it('writes a bundle that runs', async () => {
    const dir = join(out, 'demo');
    const { status, stderr } = miniapp('build', template('demo'), '--out', dir);
    expect(stderr).toContain(`built 2 page(s) into ${dir}`);
    expect(status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, pages: ['pages/index/index', 'pages/about/about'], entryPagePath: 'pages/index/index' });
    expect(manifest.modules.sort()).toEqual(['app.js', 'pages/about/about.js', 'pages/index/index.js']);
    expect(readFileSync(join(dir, 'view.css'), 'utf8')).toContain('padding: 32rpx');
    expect(JSON.parse(readFileSync(join(dir, 'logic.js.map'), 'utf8')).sources).toContain('pages/index/index.js');

    const window = new Window();
    // A bundle from before the manifest carried the app id is refused with a clear reason.
    const old = readBundle(dir);
    const { appid: _appid, ...olderManifest } = old.manifest;
    expect(() => createMiniApp({ bundle: { ...old, manifest: olderManifest as typeof old.manifest }, container: window.document.body as unknown as Element })).toThrow(
      'it was built by an older miniapp; build it again',
    );
    const app = createMiniApp({ bundle: readBundle(dir), container: window.document.body as unknown as Element });
    await app.ready;
    expect(window.document.querySelector('.title')?.textContent).toBe('Hello from miniapp');
    await app.close();
    await window.happyDOM.close();
  });
});
