// CanvasRenderingContext2D.measureText in the logic thread. The view draws the text, but the
// answer is wanted at once, so the width is estimated here from the context's font: the font size
// times each character's advance (Helvetica's, as sans-serif fonts are close to it, for printable
// ASCII; one em for CJK and other wide characters; 0.6 em for the rest).

/** Helvetica's advance widths of the characters 32 (space) to 126 (`~`), in thousandths of an em. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** The CSS font size of a canvas font (`bold 16px sans-serif`), in px; a size in pt, em or rem is converted (1 em = 16 px). */
export function fontSize(font: string): number {
  const m = /(?:^|\s)(\d*\.?\d+)(px|pt|em|rem|%)?(?:\s*\/\s*\S+)?\s+\S/.exec(font);
  if (m === null) return 10;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'pt':
      return (n * 4) / 3;
    case 'em':
    case 'rem':
      return n * 16;
    case '%':
      return (n / 100) * 16;
    default:
      return n;
  }
}

/** Whether a character is drawn one em wide (CJK, Hangul, full-width forms, emoji). */
function wide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}

/** The TextMetrics of `text` in `font`: its estimated `width`, in px. */
export function measureText(text: string, font: string): { width: number } {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 32 && code <= 126) ems += ASCII_WIDTHS[code - 32] / 1000;
    else if (wide(code)) ems += 1;
    else if (code >= 0x20) ems += 0.6;
  }
  return { width: ems * fontSize(font) };
}
