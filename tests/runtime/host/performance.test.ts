// Startup marks with WeChat's names (and the phases between them), readable from the host API and
// from wx.getPerformance().
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../../compiler/index.js';
import { createMiniApp, STARTUP_PHASES, type MiniAppEvents } from '../../../runtime/host/index.js';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('performance'));
});
afterAll(() => t.close());

describe('startup marks', () => {
  it('every startup phase is measured, in order, within appLaunch', () => {
    const byName = Object.fromEntries(t.app.performanceEntries().map((e) => [e.name, e]));
    expect(Object.keys(byName).sort()).toEqual([...STARTUP_PHASES].sort());
    expect(byName.appLaunch).toMatchObject({ entryType: 'navigation', navigationType: 'appLaunch', path: 'pages/index/index' });
    expect(byName.startRuntime).toMatchObject({ entryType: 'loadPackage' });
    expect(byName.evaluateFramework).toMatchObject({ entryType: 'script', moduleName: 'miniapp-framework.js' });
    expect(byName.evaluateScript).toMatchObject({ entryType: 'script', moduleName: 'APP' });
    expect(byName.onLoad).toMatchObject({ entryType: 'script', path: 'pages/index/index' });
    expect(byName.firstRender).toMatchObject({ entryType: 'render', path: 'pages/index/index' });
    expect(byName.onReady).toMatchObject({ entryType: 'script', path: 'pages/index/index' });
    for (const entry of Object.values(byName)) {
      expect(entry.duration).toBeGreaterThanOrEqual(0);
      expect(Math.abs(entry.startTime - Date.now())).toBeLessThan(60_000);
    }
    // The phases follow one another (onLoad happens inside the first render's task); appLaunch covers them.
    const order = STARTUP_PHASES.filter((p) => p !== 'appLaunch' && p !== 'onLoad');
    for (let i = 1; i < order.length; i++) {
      const before = byName[order[i - 1]];
      expect(byName[order[i]].startTime, order[i]).toBeGreaterThanOrEqual(before.startTime + before.duration - 1);
    }
    expect(byName.onLoad.startTime).toBeGreaterThanOrEqual(byName.firstRender.startTime);
    expect(byName.appLaunch.startTime).toBeLessThanOrEqual(byName.startRuntime.startTime);
    expect(byName.appLaunch.startTime + byName.appLaunch.duration).toBeGreaterThanOrEqual(byName.firstRender.startTime + byName.firstRender.duration - 1);
  });

  it('the mini-program sees the same entries through wx.getPerformance()', () => {
    expect(t.text('#seen').split(',').sort()).toEqual(
      [
        'loadPackage:startRuntime:true',
        'script:evaluateFramework:true',
        'script:evaluateScript:true',
        'script:onLaunch:true',
        'script:onLoad:true',
        'render:firstRender:true',
        'navigation:appLaunch:true',
        'script:onReady:true',
      ].sort(),
    );
  });

  it('firstRender and appLaunch end when the view has applied the first render, not when the logic thread hears of it', async () => {
    const { bundle } = compileProject(fixture('performance'));
    const window = new Window();
    const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
    const updates: MiniAppEvents['update'][] = [];
    app.on('update', (u) => updates.push(u));
    try {
      await app.settled();
      const byName = Object.fromEntries(app.performanceEntries().map((e) => [e.name, e]));
      // The first update is the first render: the host's clock at the end of the view's work.
      const applied = updates[0].startTime + updates[0].duration;
      expect(byName.firstRender.startTime + byName.firstRender.duration).toBeCloseTo(applied, 6);
      expect(byName.appLaunch.startTime + byName.appLaunch.duration).toBeCloseTo(applied, 6);
    } finally {
      await app.close();
      await window.happyDOM.close();
    }
  });
});
