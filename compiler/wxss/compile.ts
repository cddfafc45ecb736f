// WXSS → CSS. postcss parses it (a syntax error is reported with its place); rpx lengths stay as
// written and the render layer converts them for the simulated screen (see runtime/view/rpx.ts).
import postcss, { CssSyntaxError } from 'postcss';
import { DiagnosticCode, DiagnosticSink, offsetAt, type Diagnostic } from '../diagnostics.js';

export interface CompiledWxss {
  css: string;
  diagnostics: Diagnostic[];
}

export function compileWxss(file: string, source: string): CompiledWxss {
  const sink = new DiagnosticSink(file, source);
  try {
    const root = postcss.parse(source, { from: file });
    return { css: `/* ${file} */\n${root.toString()}\n`, diagnostics: [] };
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    sink.error(DiagnosticCode.WxssSyntax, error.reason, offsetAt(source, error.line ?? 1, error.column ?? 1));
    return { css: '', diagnostics: sink.diagnostics };
  }
}
