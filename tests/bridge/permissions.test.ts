// Permissions as WeChat defines them: app.json declarations, privacy consent (the host's prompt or
// the mini-program's own popup), scopes asked once and remembered per app and user, denials that
// fail without asking until the settings page changes them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ConsentRequest } from '../../bridge/permissions/engine.js';
import { createNodeHost, MockLocationProvider } from '../../runtime/host/index.js';
import type { HostOptions } from '../../runtime/host/services.js';
import { fixture, startApp, type TestApp } from '../helpers/app.js';
import { runCase } from '../helpers/cases.js';

const dataDir = mkdtempSync(join(tmpdir(), 'miniapp-permissions-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
let open: TestApp[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
});

async function start(host: HostOptions, dir = fixture('location')) {
  const t = await startApp(dir, { host });
  open.push(t);
  return t;
}

/** A host with the mock location service, privacy agreed, and a prompt answering `answer`. */
function locationHost(answer: boolean, asked: ConsentRequest[], extra: HostOptions = {}): HostOptions {
  return {
    handlers: new MockLocationProvider({ latitude: 31.2304, longitude: 121.4737 }).handlers(),
    privacyPrompt: () => true,
    prompt: (request) => (asked.push(request), answer),
    ...extra,
  };
}

describe('app.json declarations', () => {
  it('location APIs fail with WeChat\'s messages when app.json lacks them', async () => {
    const asked: ConsentRequest[] = [];
    const t = await start(locationHost(true, asked), fixture('location-undeclared'));
    expect(await runCase(t, 'getLocation')).toBe('getLocation:fail 需要在app.json中声明permission字段');
    expect(await runCase(t, 'chooseLocation')).toBe('chooseLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json');
    expect(asked).toEqual([]);
  });
});

describe('scopes', () => {
  it('the first use asks, with the purpose from app.json; a grant is remembered', async () => {
    const asked: ConsentRequest[] = [];
    const t = await start(locationHost(true, asked));
    expect(await runCase(t, 'getLocation')).toMatchObject({ errMsg: 'getLocation:ok', latitude: 31.2304, longitude: 121.4737 });
    expect(await runCase(t, 'getLocation')).toMatchObject({ errMsg: 'getLocation:ok' });
    expect(asked).toEqual([{ appId: 'wxlocationtest01', scope: 'scope.userLocation', desc: 'to show the shops near you', api: 'getLocation' }]);
    expect(await runCase(t, 'getSetting')).toEqual({ 'scope.userLocation': true });
  });

  it('a denial fails later calls without asking, until the settings page changes it', async () => {
    const asked: ConsentRequest[] = [];
    const pages: Record<string, boolean>[] = [];
    const t = await start(locationHost(false, asked, { settings: ({ authSetting }) => (pages.push(authSetting), { ...authSetting, 'scope.userLocation': true, 'scope.camera': true }) }));
    expect(await runCase(t, 'getLocation')).toBe('getLocation:fail auth deny');
    expect(await runCase(t, 'getLocation')).toBe('getLocation:fail auth deny');
    expect(asked).toHaveLength(1);
    // The settings page lists only scopes that were asked; it cannot grant others.
    expect(await runCase(t, 'openSetting')).toEqual({ 'scope.userLocation': true });
    expect(pages).toEqual([{ 'scope.userLocation': false }]);
    expect(await runCase(t, 'getLocation')).toMatchObject({ errMsg: 'getLocation:ok' });
    expect(asked).toHaveLength(1);
  });

  it('wx.authorize asks ahead of use; unknown scopes are refused', async () => {
    const asked: ConsentRequest[] = [];
    const t = await start(locationHost(true, asked));
    expect(await runCase(t, 'authorizeCamera')).toEqual({ errMsg: 'authorize:ok' });
    expect(await runCase(t, 'authorizeUnknown')).toBe('authorize:fail invalid scope');
    expect(asked.map((a) => `${a.scope} ${a.api}`)).toEqual(['scope.camera authorize']);
    expect(await runCase(t, 'getSetting')).toEqual({ 'scope.camera': true });
  });

  it('answers are kept per app and user in the data directory', async () => {
    const asked: ConsentRequest[] = [];
    const prompt = (request: ConsentRequest) => (asked.push(request), false);
    const first = await start(createNodeHost({ dataDir, prompt, privacyPrompt: () => true }));
    expect(await runCase(first, 'authorizeCamera')).toBe('authorize:fail auth deny');
    const again = await start(createNodeHost({ dataDir, prompt, privacyPrompt: () => true }));
    expect(await runCase(again, 'authorizeCamera')).toBe('authorize:fail auth deny');
    expect(asked).toHaveLength(1);
    const otherUser = await start(createNodeHost({ dataDir, user: 'bob', prompt: () => true }));
    expect(await runCase(otherUser, 'authorizeCamera')).toEqual({ errMsg: 'authorize:ok' });
  });

  it('grant and deny lists answer without a prompt', async () => {
    const t = await start(createNodeHost({ dataDir: mkdtempSync(join(dataDir, 'lists-')), grant: ['privacy', 'scope.userLocation'], deny: ['scope.camera'] }));
    expect(await runCase(t, 'getLocation')).toMatchObject({ errMsg: 'getLocation:ok' });
    expect(await runCase(t, 'authorizeCamera')).toBe('authorize:fail auth deny');
  });
});

describe('privacy consent', () => {
  it('without consent, privacy-class APIs fail with errno 104 and no scope is asked', async () => {
    const asked: ConsentRequest[] = [];
    const t = await start({ ...locationHost(true, asked), privacyPrompt: () => false });
    expect(await runCase(t, 'privacySetting')).toEqual([true, 'wxlocationtest01 privacy terms']);
    expect(await runCase(t, 'chooseAddress')).toBe('chooseAddress:fail privacy permission is not authorized');
    expect(asked).toEqual([]);
  });

  it('the host\'s privacy prompt is asked once; agreeing lets the API through', async () => {
    let prompts = 0;
    const t = await start({ ...locationHost(true, []), privacyPrompt: () => (prompts++, true) });
    expect(await runCase(t, 'chooseAddress')).toMatchObject({ errMsg: 'chooseAddress:ok', userName: 'Zhang San', telNumber: '13800000000' });
    expect(await runCase(t, 'chooseLocation')).toMatchObject({ errMsg: 'chooseLocation:ok', name: 'Tiananmen Square' });
    expect(await runCase(t, 'privacySetting')).toEqual([false, 'wxlocationtest01 privacy terms']);
    expect(prompts).toBe(1);
  });

  it('the mini-program\'s own popup decides when it listens (onNeedPrivacyAuthorization)', async () => {
    let prompts = 0;
    const t = await start({ ...locationHost(true, []), privacyPrompt: () => (prompts++, true) });
    expect(await runCase(t, 'listen')).toBe('listening');
    // The call waits for the user's answer in the popup; the app is settled meanwhile.
    expect(await runCase(t, 'chooseAddress')).toEqual(['popup for chooseAddress']);
    expect(await runCase(t, 'disagree')).toBe('chooseAddress:fail privacy permission is not authorized');
    expect(await runCase(t, 'chooseAddress')).toEqual(['popup for chooseAddress']);
    // resolve({ event: 'agree' }) counts only after a tap on the agree button it names.
    expect(await runCase(t, 'agree')).toEqual(['popup for chooseAddress']);
    expect(t.logs.map((l) => l.text)).toContain(
      'onNeedPrivacyAuthorization: resolve({ event: \'agree\' }) with buttonId "agree-btn" is ignored: the user must first tap <button open-type="agreePrivacyAuthorization"> with that id',
    );
    await t.tap('#agree-btn');
    expect(JSON.parse(t.text('#out'))).toMatchObject({ errMsg: 'chooseAddress:ok' });
    expect(await runCase(t, 'chooseAddress')).toMatchObject({ errMsg: 'chooseAddress:ok' });
    expect(prompts).toBe(0);
  });

  it('requirePrivacyAuthorize asks now', async () => {
    const t = await start({ ...locationHost(true, []), privacyPrompt: () => true });
    expect(await runCase(t, 'requirePrivacy')).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' });
    const refused = await start({ ...locationHost(true, []), privacyPrompt: () => false });
    expect(await runCase(refused, 'requirePrivacy')).toBe('requirePrivacyAuthorize:fail privacy permission is not authorized');
  });
});

describe('location arguments', () => {
  it('openLocation needs no scope; its latitude is checked', async () => {
    const opened: unknown[] = [];
    const t = await start({ handlers: new MockLocationProvider({ onOpen: (place) => opened.push(place) }).handlers() });
    expect(await runCase(t, 'openLocation')).toEqual({ errMsg: 'openLocation:ok' });
    expect(opened).toEqual([{ latitude: 31.2304, longitude: 121.4737, scale: 18, name: 'The Bund' }]);
    expect(await runCase(t, 'badOpenLocation')).toBe('openLocation:fail parameter error: parameter.latitude should be between -90 and 90;');
  });
});
