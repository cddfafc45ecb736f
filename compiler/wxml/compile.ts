// WXML → its registration in logic.js: parse, transform (directives, bindings, summaries), write.
import type { Diagnostic } from '../diagnostics.js';
import { DiagnosticSink } from '../diagnostics.js';
import { generateTemplate } from './codegen.js';
import { parseWxml } from './parse.js';
import { transformChildren } from './transform/element.js';

export interface CompiledWxml {
  /** JavaScript for logic.js (empty when there were errors). */
  code: string;
  diagnostics: Diagnostic[];
}

/** Compiles the WXML file `file` (its path from the project root). */
export function compileWxml(file: string, source: string): CompiledWxml {
  const sink = new DiagnosticSink(file, source);
  const tree = parseWxml(source, sink);
  const nodes = transformChildren(tree, { sink, scope: new Set(), preserveWhitespace: false });
  const diagnostics = sink.diagnostics.sort((a, b) => a.start.offset - b.start.offset);
  return { code: sink.failed ? '' : generateTemplate(file, nodes), diagnostics };
}
