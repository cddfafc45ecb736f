// Text nodes: literal text kept as written (whitespace-only text between tags is dropped, except
// inside <text>), interpolations compiled.
import type { WxmlText } from '../parse.js';
import type { SourceText } from '../ir.js';
import type { TransformContext } from './context.js';
import { compileValue } from './value.js';

export function transformText(text: WxmlText, ctx: TransformContext): SourceText | null {
  if (!ctx.preserveWhitespace && text.text.trim() === '') return null;
  const compiled = compileValue(text.text, text.start, ctx);
  return compiled === null ? null : { k: 2, v: compiled.value };
}
