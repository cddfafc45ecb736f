import { describe, expect, it } from 'vitest';
import { convertRpx, rpxToPx } from '../../../runtime/view/rpx.js';

describe('rpx', () => {
  it('is 1/750 of the screen width, rounded down to a whole pixel', () => {
    expect(rpxToPx(750, 375)).toBe(375);
    expect(rpxToPx(100, 375)).toBe(50);
    expect(rpxToPx(3, 375)).toBe(1);
    expect(rpxToPx(100, 414)).toBe(55);
  });

  it('never rounds a non-zero length to zero', () => {
    expect(rpxToPx(1, 375)).toBe(1);
    expect(rpxToPx(-1, 375)).toBe(-1);
    expect(rpxToPx(0, 375)).toBe(0);
  });

  it('converts declaration values only', () => {
    expect(convertRpx('.w100rpx { width: 100rpx; margin: 0 -20rpx 1.5rpx }', 375)).toBe('.w100rpx { width: 50px; margin: 0 -10px 1px }');
    expect(convertRpx('@media (min-width: 300px) { .a { padding: 32rpx } }', 750)).toBe('@media (min-width: 300px) { .a { padding: 32px } }');
  });

  it('leaves strings, url() and comments alone, even in selectors', () => {
    expect(convertRpx('[title="10rpx"] .b { content: "20rpx"; background: url(a-30rpx.png) /* 40rpx */; top: 50rpx }', 375)).toBe(
      '[title="10rpx"] .b { content: "20rpx"; background: url(a-30rpx.png) /* 40rpx */; top: 25px }',
    );
  });

  it('converts a style attribute', () => {
    expect(convertRpx('width: 200rpx; height:10rpx', 375)).toBe('width: 100px; height:5px');
  });
});
