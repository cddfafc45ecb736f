// Page and app scripts → CommonJS for the module registry. JavaScript is checked by @babel/parser
// (ES module syntax is compiled to CommonJS by TypeScript); TypeScript goes through the TypeScript
// compiler API. A syntax error is reported with its place.
import type ts from 'typescript';
import { DiagnosticCode, DiagnosticSink, type Diagnostic } from '../diagnostics.js';
import { babelParser, typescript } from '../lazy_packages.js';
import { parseJsonFile } from '../project/json.js';

export interface CompiledScript {
  /** The module id: the file's path with `.ts` replaced by `.js`. */
  id: string;
  code: string;
  /** Whether `code` is the file as written (so logic.js's source map can point into it). */
  verbatim: boolean;
  /** For compiled code: its source map back to the file (v3 JSON). */
  map?: string;
  /** Packages the script requires by name: request → the module id it resolves to. */
  aliases?: Record<string, string>;
  diagnostics: Diagnostic[];
}

function transpile(file: string, source: string, sink: DiagnosticSink): { code: string; map: string | undefined } {
  const ts = typescript();
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    allowJs: true,
    isolatedModules: true,
    sourceMap: true,
    inlineSources: true,
  };
  let result: ts.TranspileOutput;
  try {
    result = ts.transpileModule(source, { fileName: file, reportDiagnostics: true, compilerOptions });
  } catch (error) {
    // TypeScript's parser recurses into each nested expression; thousands of them overflow the stack.
    if (!(error instanceof RangeError && error.message.includes('call stack'))) throw error;
    sink.error(DiagnosticCode.ScriptSyntax, 'the script nests expressions too deeply to compile', 0);
    return { code: '', map: undefined };
  }
  for (const d of result.diagnostics ?? []) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const start = d.start ?? 0;
    sink.error(DiagnosticCode.ScriptSyntax, ts.flattenDiagnosticMessageText(d.messageText, '\n'), start, start + (d.length ?? 0));
  }
  return { code: result.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: result.sourceMapText };
}

export function compileScript(file: string, source: string): CompiledScript {
  const sink = new DiagnosticSink(file, source);
  const id = file.replace(/\.ts$/, '.js');
  if (file.endsWith('.ts')) {
    const { code, map } = transpile(file, source, sink);
    return { id, code, verbatim: false, map, diagnostics: sink.diagnostics };
  }
  let isModule = false;
  try {
    const ast = babelParser().parse(source, { sourceType: 'unambiguous', allowReturnOutsideFunction: true, errorRecovery: false });
    isModule = ast.program.sourceType === 'module';
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    sink.error(DiagnosticCode.ScriptSyntax, (error as Error).message.replace(/\s*\(\d+:\d+\)$/, ''), pos);
    return { id, code: '', verbatim: true, diagnostics: sink.diagnostics };
  }
  if (!isModule) return { id, code: source, verbatim: true, diagnostics: [] };
  const { code, map } = transpile(file, source, sink);
  return { id, code, verbatim: false, map, diagnostics: sink.diagnostics };
}

/** A `.json` file a script requires: a module exporting its value. */
export function compileJsonModule(file: string, source: string): CompiledScript {
  const sink = new DiagnosticSink(file, source);
  const json = parseJsonFile(source, sink);
  const code = json === null ? '' : `module.exports = ${JSON.stringify(json.value)};`;
  return { id: file, code, verbatim: false, diagnostics: sink.diagnostics };
}

/** A file a script requires, as a module: a `.json` file's value, or a script compiled. */
export function compileModule(file: string, source: string): CompiledScript {
  return file.endsWith('.json') ? compileJsonModule(file, source) : compileScript(file, source);
}
