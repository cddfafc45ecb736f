// `<wxs module="name" src="…">` and `<wxs module="name">code</wxs>`: found before anything else in a
// file, because their names are in scope everywhere in it.
import { DiagnosticCode, type DiagnosticSink } from '../../diagnostics.js';
import { joinPath } from '../../project/files.js';
import type { WxmlElement, WxmlNode } from '../parse.js';
import type { FileState } from './context.js';
import { directive } from './directives.js';

const MODULE_NAME = /^[A-Za-z_$][\w$]*$/;

/** Registers every `<wxs>` of a parsed file (an included file's are not its includer's). */
export function collectWxs(nodes: WxmlNode[], state: FileState, sink: DiagnosticSink): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tag === 'wxs') registerWxs(node, state, sink);
    else collectWxs(node.children, state, sink);
  }
}

function registerWxs(element: WxmlElement, state: FileState, sink: DiagnosticSink): void {
  const moduleAttr = directive(element, 'module');
  const name = moduleAttr?.value?.trim() ?? '';
  if (moduleAttr === undefined || !MODULE_NAME.test(name)) {
    sink.error(DiagnosticCode.WxmlBadDirectiveValue, '<wxs> needs a module name, e.g. module="utils"', element.start, element.start + 4);
    return;
  }
  if (state.wxs.has(name)) {
    sink.error(DiagnosticCode.WxmlBadDirectiveValue, `a WXS module named "${name}" is already declared in this file`, moduleAttr.valueStart, moduleAttr.valueStart + name.length);
    return;
  }
  const src = directive(element, 'src');
  if (src !== undefined && src.value !== null) {
    const id = joinPath(sink.file, src.value.trim());
    if (!id.endsWith('.wxs') || !state.files.exists(id)) {
      sink.error(DiagnosticCode.FileMissing, `WXS file "${src.value}" not found (${id})`, src.valueStart, src.valueStart + src.value.length);
      return;
    }
    state.wxs.set(name, id);
    state.wxsFiles.add(id);
    return;
  }
  const body = element.children.filter((c) => c.type === 'text');
  const source = body.map((c) => (c.type === 'text' ? c.text : '')).join('');
  const id = `${state.path}#${name}`;
  state.wxs.set(name, id);
  state.inlineWxs.push({ id, source, offset: body.length > 0 ? body[0].start : element.start, sink });
}
