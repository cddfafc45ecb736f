// Code written for WeChat calls APIs the host does not serve, Skyline's worklet, `this.animate`,
// `require.async` and browser globals: in the real QuickJS, each answers as WeChat does where it is
// not supported (fail messages, undefined, listeners never called), and nothing throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

describe("WeChat's APIs the host does not serve", () => {
  let t: TestApp;
  let log: string[];

  beforeAll(async () => {
    t = await startApp(fixture('wechat-apis'));
    await t.app.settled({ timers: 500 });
    log = t.text('.log').split('\n');
  });
  afterAll(() => t.close());

  it('throw nothing', () => {
    expect(t.errors).toEqual([]);
  });

  it('answer with fail messages, undefined and chaining objects', () => {
    expect([...log].sort()).toEqual(
      [
        'umd umd false',
        'canIUse false true',
        'fail createBLEConnection:fail not supported',
        'complete',
        'rejected openBluetoothAdapter:fail not supported',
        'sync undefined',
        'camera CameraContext.takePhoto:fail not supported',
        'frame listener function',
        'observer undefined',
        'cloud function',
        'cloud WxCloud.callFunction:fail not supported',
        'env wxfile://usr',
        'expt {}',
        'skyline false string',
        'base64 ,Zg==,Zm8=,Zm9v true 102.111.111.98',
        'shared 100 0.5',
        'timing done true',
        'async later',
        'async fail ../../lib/none.js true',
        'canvas null',
        'animated',
      ].sort(),
    );
    expect(log).not.toContain('never');
    // A sync API warns once that it returns undefined.
    expect(t.logs.some((l) => l.level === 'warn' && l.text.includes('wx.getBatteryInfoSync is not supported here'))).toBe(true);
  });

  it('animate sets the last keyframe on the element, after its own style', () => {
    const style = t.query('#box')!.getAttribute('style');
    expect(style).toBe('color: red;opacity:0.5;background-color:#fff;transform:translateY(10px)');
  });

  it('keeps an on… attribute (Skyline\'s onGestureEvent) in the logic thread: the DOM never gets it', () => {
    expect(t.text('#gesture')).toBe('gesture');
    expect(t.query('#gesture')!.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
  });

  it('runs a property observer that sets its own property again once, as WeChat compares the object it is given', () => {
    expect(t.text('.slides')).toBe('1:warn default ');
  });
});
