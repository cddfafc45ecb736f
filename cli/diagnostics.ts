// Printing compile diagnostics on the terminal.
import { CompileError, formatDiagnostic, type Diagnostic } from '../compiler/index.js';

const color = process.stderr.isTTY === true && !process.env.NO_COLOR;

export function printCompileError(error: CompileError): void {
  process.stderr.write(`${error.format({ color })}\n`);
}

export function printWarnings(warnings: Diagnostic[], sources: ReadonlyMap<string, string>): void {
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w, sources.get(w.file), { color })}\n`);
}
