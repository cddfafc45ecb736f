// Printing compile diagnostics on the terminal.
import { CompileError, compileProject, formatDiagnostic, type CompileOptions, type CompileResult, type Diagnostic } from '../compiler/index.js';

const color = process.stderr.isTTY === true && !process.env.NO_COLOR;

export function printCompileError(error: CompileError): void {
  process.stderr.write(`${error.format({ color })}\n`);
}

export function printWarnings(warnings: Diagnostic[], sources: ReadonlyMap<string, string>): void {
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w, sources.get(w.file), { color })}\n`);
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
