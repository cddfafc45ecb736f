// Printing compile diagnostics on the terminal.
import { CompileError, compileProject, formatDiagnostic, type CompileOptions, type CompileResult, type Diagnostic } from '../compiler.js';

const color = process.stderr.isTTY === true && !process.env.NO_COLOR;

export function printCompileError(error: CompileError): void {
  process.stderr.write(`${error.format({ color })}\n`);
}

/** Warnings shown with their code frame; past these, each is one `file:line:col` line. */
const FRAMED_WARNINGS = 30;

/**
 * Every warning with its place; the first ones with their code frame too. A real project brings
 * hundreds (a tag rendered inert in every file of an xr-frame sample), so the rest are a line each
 * and a count by code closes the list.
 */
export function printWarnings(warnings: Diagnostic[], sources: ReadonlyMap<string, string>): void {
  warnings.forEach((w, i) => process.stderr.write(`${formatDiagnostic(w, i < FRAMED_WARNINGS ? sources.get(w.file) : undefined, { color })}\n`));
  if (warnings.length <= FRAMED_WARNINGS) return;
  const byCode = new Map<string, number>();
  for (const w of warnings) {
    const code = `MA${String(w.code).padStart(4, '0')}`;
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  const counts = [...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`);
  process.stderr.write(`miniapp: ${warnings.length} warnings (${counts.join(', ')}); \`miniapp doctor\` groups them\n`);
}

/** Compiles a project, printing its warnings; on a compile error, prints it and answers null. */
export function compileOrReport(project: string, options?: CompileOptions): CompileResult | null {
  let compiled: CompileResult;
  try {
    compiled = compileProject(project, options);
  } catch (error) {
    if (error instanceof CompileError) {
      printCompileError(error);
      return null;
    }
    throw error;
  }
  printWarnings(compiled.warnings, compiled.sources);
  return compiled;
}
