// runtime/logic/api/wechat_apis.ts is what scripts/wechat-apis.mjs makes of WeChat's typings today:
// regenerate it (and commit it) when the typings change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { OUTPUT, render, wechatApis } from '../../scripts/wechat-apis.mjs';

describe('the list of WeChat APIs', () => {
  it('is up to date with miniprogram-api-typings', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((render as (a: unknown) => string)((wechatApis as () => unknown)()));
  });
});
