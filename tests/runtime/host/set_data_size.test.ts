// WeChat's setData size rule: data longer than 1024 KB as JSON is refused, longer than 256 KB warns.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, startApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
afterEach(() => t.close());

describe('setData size', () => {
  it('over 1024 KB is refused with WeChat\'s message and changes nothing', async () => {
    t = await startApp(fixture('set-data-size'));
    await t.tap('#big');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'exception', page: 'pages/index/index', fatal: false, message: 'Error: 数据传输长度为 1126411 已经超过最大长度 1048576 (in big)' })]);
    // {"text":"…"}: 11 characters around the 1,126,400 of the text.
    expect(t.text('#length')).toBe('0');
  });

  it('over 256 KB warns and applies', async () => {
    t = await startApp(fixture('set-data-size'));
    await t.tap('#medium');
    expect(t.logs).toEqual([{ level: 'warn', text: 'setData 数据传输长度为 300 KB，存在有性能问题！' }]);
    expect(t.text('#length')).toBe(String(300 * 1024));
    expect(t.errors).toEqual([]);
  });
});
