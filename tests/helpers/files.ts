// Writing a small project for a test: files by their path from `dir`, folders made as needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CompileError, compileProject } from '../../compiler/index.js';

export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Compiles `path` and answers its errors as `file:line:col: message` ([] when it builds). */
export function compileErrors(path: string): string[] {
  try {
    compileProject(path);
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column}: ${d.message}`);
    throw error;
  }
  return [];
}
