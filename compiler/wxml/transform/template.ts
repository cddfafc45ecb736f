// `<template name>` defines a named template; `<template is>` renders one with `data`;
// `<import src>` makes another file's named templates callable; `<include src>` inserts another
// file's nodes (all but its `<template>`s and `<wxs>`s, its imports included) where it stands.
import { DiagnosticCode, DiagnosticSink } from '../../diagnostics.js';
import { joinPath } from '../../project/files.js';
import { parseWxml, type WxmlElement, type WxmlNode } from '../parse.js';
import type { SourceNode, SourceTemplateCall } from '../ir.js';
import type { TransformContext } from './context.js';
import { directive } from './directives.js';
import { addValue, emptySummary, finish } from './summary.js';
import { compileValue } from './value.js';

/** A `src` attribute resolved to an existing .wxml file, or null (reported). */
function source(element: WxmlElement, ctx: TransformContext): string | null {
  const src = directive(element, 'src');
  if (src === undefined || src.value === null || src.value.trim() === '') {
    ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, `<${element.tag}> needs a src, e.g. src="./item.wxml"`, element.start, element.start + element.tag.length + 1);
    return null;
  }
  let path = joinPath(ctx.sink.file, src.value.trim());
  if (!path.endsWith('.wxml')) path += '.wxml';
  if (!ctx.file.files.exists(path)) {
    // WeChat builds it and warns at run time; nothing is imported or included.
    ctx.sink.lenient(DiagnosticCode.FileMissing, `<${element.tag}> "${src.value}" not found (${path}): nothing is ${element.tag}d`, src.valueStart, src.valueStart + src.value.length);
    return null;
  }
  return path;
}

export function recordImport(element: WxmlElement, ctx: TransformContext): void {
  const path = source(element, ctx);
  if (path !== null && !ctx.file.imports.includes(path)) ctx.file.imports.push(path);
}

/** The included file's nodes, transformed where the `<include>` stands. */
export function includeFile(element: WxmlElement, ctx: TransformContext, transform: (nodes: WxmlNode[], ctx: TransformContext) => SourceNode[]): SourceNode[] {
  const path = source(element, ctx);
  if (path === null) return [];
  const stack = ctx.file.includeStack;
  if (path === ctx.file.path || stack.includes(path)) {
    // WeChat builds it and stops the loop at run time, with a warning.
    ctx.sink.lenient(DiagnosticCode.WxmlIncludeCycle, `including ${path} here would include it again (${[ctx.file.path, ...stack, path].join(' → ')}): it is left out`, element.start, element.start + 8);
    return [];
  }
  const text = ctx.file.files.read(path);
  const sink = new DiagnosticSink(path, text);
  ctx.file.sinks.push(sink);
  // All but its `<template>`s and `<wxs>`s: its `<import>`s come along, so the templates it calls
  // (imported relative to it) are the including file's too (tdesign's calendar includes such a file).
  const parsed = parseWxml(text, sink).filter((n) => n.type !== 'element' || (n.tag !== 'template' && n.tag !== 'wxs'));
  stack.push(path);
  try {
    return transform(parsed, { ...ctx, sink });
  } finally {
    stack.pop();
  }
}

/** Registers `<template name="…">`'s children; they see only the file's WXS modules and their data. */
export function defineTemplate(element: WxmlElement, name: string, ctx: TransformContext, transform: (nodes: WxmlNode[], ctx: TransformContext) => SourceNode[]): void {
  if (ctx.file.templates.has(name)) {
    ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, `a template named "${name}" is already defined in this file`, element.start, element.start + 9);
    return;
  }
  ctx.file.templates.set(name, []);
  const scope = new Set(ctx.file.wxs.keys());
  ctx.file.templates.set(name, transform(element.children, { ...ctx, scope, preserveWhitespace: false }));
}

/** `<template is="{{ name }}" data="{{ … }}">`. */
export function callTemplate(element: WxmlElement, ctx: TransformContext): SourceTemplateCall | null {
  const is = directive(element, 'is')!;
  if (is.value === null || is.value.trim() === '') {
    ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, '<template is> needs a template name', is.start, is.start + 2);
    return null;
  }
  const name = compileValue(is.value.trim(), is.valueStart + (is.value.length - is.value.trimStart().length), ctx);
  if (name === null) return null;
  if (typeof name.value === 'string') ctx.file.calls.push({ name: name.value, sink: ctx.sink, offset: is.valueStart });
  const node: SourceTemplateCall = { k: 6, is: name.value, d: [], s: [] };
  const summary = emptySummary();
  addValue(summary, name.value);
  const data = directive(element, 'data');
  if (data !== undefined && data.value !== null && data.value.trim() !== '') {
    const compiled = compileValue(data.value, data.valueStart, ctx);
    if (compiled === null) return null;
    if (typeof compiled.value === 'string') {
      ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, 'data of <template is> must be an expression, e.g. data="{{ ...item }}"', data.valueStart, data.valueStart + data.value.length);
      return null;
    }
    node.data = compiled.value;
    addValue(summary, compiled.value);
  }
  const { d, s } = finish(summary);
  node.d = d;
  node.s = s;
  return node;
}
