// An attribute value or a text node: literal, one `{{ }}` (its value as it is), or a mix (a string).
import type { DataPath } from '../../../spec/bundle.js';
import { DiagnosticCode } from '../../diagnostics.js';
import { compileExpression, minimizePaths } from '../expression.js';
import { splitInterpolations } from '../interpolation.js';
import type { SourceBinding, SourceValue } from '../ir.js';
import type { TransformContext } from './context.js';

export interface CompiledValue {
  value: SourceValue;
  /** The plain path when the value is a single `{{ path }}`. */
  path?: DataPath;
  scoped?: boolean;
}

/** Compiles a value found at `offset`; null after reporting a problem. */
export function compileValue(raw: string, offset: number, ctx: TransformContext): CompiledValue | null {
  const parts = splitInterpolations(raw, offset);
  if (!Array.isArray(parts)) {
    ctx.sink.error(DiagnosticCode.WxmlUnclosedInterpolation, '"{{" is not closed by "}}"', parts.unclosed, parts.unclosed + 2);
    return null;
  }
  if (!parts.some((p) => p.kind === 'expression')) return { value: raw };
  if (parts.length === 1 && parts[0].kind === 'expression') {
    const e = compileExpression(parts[0].source, parts[0].offset, ctx.scope, ctx.sink);
    if (e === null) return null;
    return { value: { code: e.code, d: e.d, s: e.s }, path: e.path, scoped: e.scoped };
  }
  const code: string[] = [];
  const d: DataPath[] = [];
  const s: DataPath[] = [];
  let ok = true;
  for (const part of parts) {
    if (part.kind === 'text') {
      code.push(JSON.stringify(part.text));
      continue;
    }
    const e = compileExpression(part.source, part.offset, ctx.scope, ctx.sink);
    if (e === null) {
      ok = false;
      continue;
    }
    code.push(`S(${e.code})`);
    d.push(...e.d);
    s.push(...e.s);
  }
  return ok ? { value: { code: code.join(' + '), d: minimizePaths(d), s: minimizePaths(s) } } : null;
}

/** A value as a binding even when it is literal (a wx:if or wx:for on a plain string). */
export function asBinding(value: SourceValue): SourceBinding {
  return typeof value === 'string' ? { code: JSON.stringify(value), d: [], s: [] } : value;
}
