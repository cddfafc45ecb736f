// WXML → its registration in logic.js: parse, collect its WXS modules, transform (directives,
// bindings, templates, includes, slots, summaries), write.
import type { Diagnostic } from '../diagnostics.js';
import { DiagnosticSink } from '../diagnostics.js';
import type { ProjectFiles } from '../project/files.js';
import { generateTemplate } from './codegen.js';
import { parseWxml } from './parse.js';
import type { FileState, InlineWxs } from './transform/context.js';
import { transformChildren } from './transform/element.js';
import { collectWxs } from './transform/wxs.js';

export interface WxmlOptions {
  files: ProjectFiles;
  /** Custom component tags the file may use (usingComponents and generics); omit to check nothing. */
  componentTags?: ReadonlySet<string>;
}

export interface CompiledWxml {
  /** JavaScript for logic.js (empty when there were errors). */
  code: string;
  /** Its diagnostics and those of the files it includes, each file's in source order. */
  diagnostics: Diagnostic[];
  /** Files it imports (to compile too). */
  imports: string[];
  /** .wxs files it uses, and its inline WXS modules. */
  wxsFiles: string[];
  inlineWxs: InlineWxs[];
  /** Its named templates, and the templates it calls by a static name, to check across files. */
  templateNames: string[];
  calls: FileState['calls'];
}

/** Compiles the WXML file `file` (its path from the project root). */
export function compileWxml(file: string, source: string, options: WxmlOptions): CompiledWxml {
  const sink = new DiagnosticSink(file, source);
  const tree = parseWxml(source, sink);
  const state: FileState = {
    path: file,
    files: options.files,
    componentTags: options.componentTags,
    templates: new Map(),
    imports: [],
    wxs: new Map(),
    wxsFiles: new Set(),
    inlineWxs: [],
    calls: [],
    includeStack: [],
    sinks: [sink],
    inertTags: new Set(),
  };
  collectWxs(tree, state, sink);
  const nodes = transformChildren(tree, { sink, scope: new Set(state.wxs.keys()), preserveWhitespace: false, file: state });
  const failed = state.sinks.some((s) => s.failed);
  const diagnostics = state.sinks.flatMap((s) => s.diagnostics.slice().sort((a, b) => a.start.offset - b.start.offset));
  return {
    code: failed ? '' : generateTemplate(file, { nodes, templates: state.templates, imports: state.imports, wxs: state.wxs }),
    diagnostics,
    imports: state.imports,
    wxsFiles: [...state.wxsFiles],
    inlineWxs: state.inlineWxs,
    templateNames: [...state.templates.keys()],
    calls: state.calls,
  };
}
