// `miniapp build --typecheck`: the project's TypeScript checked by the TypeScript compiler against
// WeChat's own typings (miniprogram-api-typings: wx, App, Page, Component, …). A build does not
// need it: TypeScript is compiled file by file, and type errors never stop it.
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type ts from 'typescript';
import { DiagnosticCode, positionAt, type Diagnostic } from '../diagnostics.js';
import { typescript } from '../lazy_packages.js';

const require = createRequire(import.meta.url);

/** WeChat's typings: the project's own copy when it has one, else the one miniapp ships with. */
function typings(root: string): string {
  try {
    return createRequire(join(root, 'package.json')).resolve('miniprogram-api-typings/index.d.ts');
  } catch {
    return require.resolve('miniprogram-api-typings/index.d.ts');
  }
}

/** The compiler options: the project's tsconfig.json over ours, never emitting. */
function options(root: string): { options: ts.CompilerOptions; errors: readonly ts.Diagnostic[] } {
  const ts = typescript();
  const defaults: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    lib: ['lib.es2020.d.ts'],
    types: [],
  };
  const file = join(root, 'tsconfig.json');
  if (!ts.sys.fileExists(file)) return { options: defaults, errors: [] };
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error !== undefined) return { options: defaults, errors: [read.error] };
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, defaults, file);
  return { options: { ...parsed.options, noEmit: true, types: [] }, errors: parsed.errors };
}

function toDiagnostic(d: ts.Diagnostic, root: string): Diagnostic {
  const message = typescript().flattenDiagnosticMessageText(d.messageText, '\n');
  if (d.file === undefined || d.start === undefined) {
    return { code: DiagnosticCode.TypeError, severity: 'error', file: 'tsconfig.json', message, start: { offset: 0, line: 1, column: 1 } };
  }
  // Lines counted as everywhere else in the compiler (at "\n" only; TypeScript also breaks at U+2028).
  return {
    code: DiagnosticCode.TypeError,
    severity: 'error',
    file: relative(root, d.file.fileName).split(sep).join('/'),
    message: `${message} (TS${d.code})`,
    start: positionAt(d.file.text, d.start),
    end: positionAt(d.file.text, d.start + (d.length ?? 0)),
  };
}

/** The type errors of the project's `.ts` files (paths from `root`), in order. */
export function typecheck(root: string, files: string[]): Diagnostic[] {
  const ts = typescript();
  const { options: compilerOptions, errors } = options(root);
  const rootNames = [typings(root), ...files.map((f) => join(root, f))];
  const program = ts.createProgram({ rootNames, options: compilerOptions });
  const found = [...errors, ...ts.getPreEmitDiagnostics(program)].filter((d) => d.category === ts.DiagnosticCategory.Error);
  // Only the project's own files: what the typings or packages say of themselves is not the app's.
  return found
    .filter((d) => d.file === undefined || !relative(root, d.file.fileName).startsWith('..') && !d.file.fileName.includes(`${sep}node_modules${sep}`))
    .map((d) => toDiagnostic(d, root))
    .sort((a, b) => (a.file === b.file ? a.start.offset - b.start.offset : a.file < b.file ? -1 : 1));
}


