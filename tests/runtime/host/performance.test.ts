// Startup marks with WeChat's names, readable from the host API and from wx.getPerformance().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp(fixture('performance'));
});
afterAll(() => t.close());

describe('startup marks', () => {
  it('appLaunch, evaluateScript and firstRender are measured', () => {
    const byName = Object.fromEntries(t.app.performanceEntries().map((e) => [e.name, e]));
    expect(Object.keys(byName).sort()).toEqual(['appLaunch', 'evaluateScript', 'firstRender']);
    expect(byName.appLaunch).toMatchObject({ entryType: 'navigation', navigationType: 'appLaunch', path: 'pages/index/index' });
    expect(byName.evaluateScript).toMatchObject({ entryType: 'script', moduleName: 'APP' });
    expect(byName.firstRender).toMatchObject({ entryType: 'render', path: 'pages/index/index' });
    for (const entry of Object.values(byName)) {
      expect(entry.duration).toBeGreaterThan(0);
      expect(Math.abs(entry.startTime - Date.now())).toBeLessThan(60_000);
    }
    // The launch covers the first render and the script evaluation.
    expect(byName.appLaunch.startTime).toBeLessThanOrEqual(byName.evaluateScript.startTime);
    expect(byName.appLaunch.startTime + byName.appLaunch.duration).toBeGreaterThanOrEqual(byName.firstRender.startTime + byName.firstRender.duration - 1);
  });

  it('the mini-program sees the same entries through wx.getPerformance()', () => {
    expect(t.text('#seen').split(',').sort()).toEqual(['navigation:appLaunch:true', 'render:firstRender:true', 'script:evaluateScript:true']);
  });
});
