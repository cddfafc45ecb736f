// rpx → px for the simulated screen (750 rpx = the screen width), with WeChat's rounding: down to
// a whole pixel, but never to 0 for a non-zero length; and `env(safe-area-inset-*)` (or the older
// `constant(…)`) → the simulated device's safe area insets, which no browser would give. Only
// declaration values are converted, so a selector such as `.w100rpx` stays as written; strings,
// url() and comments are left alone.

/** The safe area insets of the simulated screen, in px. */
export interface SafeAreaInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const NO_INSETS: SafeAreaInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/** WeChat's rounding of one rpx length to pixels. */
export function rpxToPx(rpx: number, screenWidth: number): number {
  if (rpx === 0) return 0;
  const px = Math.floor((rpx / 750) * screenWidth + 1e-4);
  return px === 0 ? (rpx > 0 ? 1 : -1) : px;
}

const LENGTH = /(^|[^\w.-])(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)rpx\b/gi;

/** `env(safe-area-inset-bottom)`, `constant(safe-area-inset-top, 10px)`: a fallback may hold one level of parentheses. */
const INSET = /\b(?:env|constant)\(\s*safe-area-inset-(top|right|bottom|left)\s*(?:,(?:[^()]|\([^()]*\))*)?\)/gi;

function convertValue(text: string, screenWidth: number, insets: SafeAreaInsets): string {
  const converted = text.replace(LENGTH, (_m, before: string, n: string) => `${before}${rpxToPx(Number(n), screenWidth)}px`);
  return converted.replace(INSET, (_m, side: string) => `${insets[side.toLowerCase() as keyof SafeAreaInsets]}px`);
}

/**
 * Converts rpx and safe area insets in a style sheet, or in the declarations of a style attribute. A run of text that
 * ends at `{` is a selector or an at-rule prelude and is kept; one that ends at `;` or `}` (or the
 * end) is a declaration and is converted, except for its strings, url()s and comments.
 */
export function convertRpx(css: string, screenWidth: number, insets: SafeAreaInsets = NO_INSETS): string {
  if (!/rpx|env\(|constant\(/i.test(css)) return css;
  // Slices of `css` joined once at the end: a string grown a character at a time is a chain of
  // thousands of pieces, which the DOM would keep as it is (about 400 KB for a 48 KB sheet).
  const out: string[] = [];
  // The current run, as pieces; a protected piece (string, url(), comment) is never converted.
  let pieces: string[] = [];
  let protectedPieces: boolean[] = [];
  // Where the run's text not yet cut into a piece begins.
  let start = 0;
  const cut = (end: number, isProtected: boolean) => {
    if (end > start) {
      pieces.push(css.slice(start, end));
      protectedPieces.push(isProtected);
    }
    start = end;
  };
  const flush = (isDeclaration: boolean) => {
    for (let k = 0; k < pieces.length; k++) {
      out.push(isDeclaration && !protectedPieces[k] ? convertValue(pieces[k], screenWidth, insets) : pieces[k]);
    }
    pieces = [];
    protectedPieces = [];
  };
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    let end = -1;
    if (c === '"' || c === "'") {
      end = i + 1;
      while (end < css.length && css[end] !== c) end += css[end] === '\\' ? 2 : 1;
      end = Math.min(end + 1, css.length);
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      end = close < 0 ? css.length : close + 2;
    } else if ((c === 'u' || c === 'U') && /^url\(/i.test(css.slice(i, i + 4)) && !/[\w-]/.test(css[i - 1] ?? '')) {
      const close = css.indexOf(')', i);
      end = close < 0 ? css.length : close + 1;
    }
    if (end >= 0) {
      cut(i, false);
      cut(end, true);
      i = end - 1;
    } else if (c === '{') {
      cut(i + 1, false);
      flush(false);
    } else if (c === ';' || c === '}') {
      cut(i, false);
      flush(true);
      out.push(c);
      start = i + 1;
    }
  }
  cut(css.length, false);
  flush(true);
  return out.join('');
}
