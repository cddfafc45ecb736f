// An element's attributes and event bindings, and the children of any element or <block>.
// <block> renders nothing itself: it only groups children under a directive.
import { EventFlags } from '../../../spec/bundle.js';
import { DiagnosticCode } from '../../diagnostics.js';
import { BUILTIN_COMPONENTS, inertBuiltin } from '../builtins.js';
import type { SourceElement, SourceIf, SourceNode, SourceSlot, SourceValue } from '../ir.js';
import type { WxmlElement, WxmlNode } from '../parse.js';
import type { TransformContext } from './context.js';
import { DIRECTIVES, directive } from './directives.js';
import { transformFor } from './for.js';
import { addBranch, branchOf, summarizeIf } from './if.js';
import { addNode, addValue, emptySummary, finish } from './summary.js';
import { callTemplate, defineTemplate, includeFile, recordImport } from './template.js';
import { transformText } from './text.js';
import { compileValue } from './value.js';

/** `bindtap`, `bind:tap`, `catchtap`, `capture-bind:tap`, `capture-catch:tap`, `mut-bind:tap`. */
const EVENT = /^(capture-bind|capture-catch|mut-bind|bind|catch):?(.+)$/;

const EVENT_FLAGS: Record<string, EventFlags> = {
  bind: EventFlags.None,
  catch: EventFlags.Catch,
  'mut-bind': EventFlags.Mut,
  'capture-bind': EventFlags.Capture,
  'capture-catch': EventFlags.Capture | EventFlags.Catch,
};

/** A list of sibling nodes, with wx:if / wx:elif / wx:else chains joined into blocks. */
export function transformChildren(children: WxmlNode[], ctx: TransformContext): SourceNode[] {
  const out: SourceNode[] = [];
  let open: SourceIf | null = null;
  const blocks: SourceIf[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      const text = transformText(child, ctx);
      if (text === null) continue;
      open = null;
      out.push(text);
      continue;
    }
    const branch = branchOf(child);
    if (branch === null) {
      open = null;
      out.push(...transformElement(child, ctx));
      continue;
    }
    const started: SourceIf | null = addBranch(child, branch, open, ctx, transformElement);
    if (started !== null) {
      out.push(started);
      blocks.push(started);
    }
    open = branch === 'else' ? null : (started ?? open);
  }
  for (const block of blocks) summarizeIf(block);
  return out;
}

/** One element: a wx:for loop, a <block>'s children, or the element itself. */
export function transformElement(element: WxmlElement, ctx: TransformContext): SourceNode[] {
  if (directive(element, 'wx:for') || directive(element, 'wx:for-items')) {
    return transformFor(element, ctx, (body, inner) => {
      if (!directive(body, 'wx:if')) return transformElement(body, inner);
      const block = addBranch(body, 'if', null, inner, transformElement);
      if (block === null) return [];
      summarizeIf(block);
      return [block];
    });
  }
  if (element.tag === 'block') return transformChildren(element.children, ctx);
  return transformTag(element, ctx);
}

/** WXML's own tags (`wxs`, `import`, `include`, `template`, `slot`), or an element. */
function transformTag(element: WxmlElement, ctx: TransformContext): SourceNode[] {
  switch (element.tag) {
    case 'wxs':
      return [];
    case 'import':
      recordImport(element, ctx);
      return [];
    case 'include':
      return includeFile(element, ctx, transformChildren);
    case 'template': {
      const name = directive(element, 'name');
      if (name !== undefined && name.value !== null && name.value.trim() !== '') {
        defineTemplate(element, name.value.trim(), ctx, transformChildren);
        return [];
      }
      if (directive(element, 'is') !== undefined) {
        const call = callTemplate(element, ctx);
        return call === null ? [] : [call];
      }
      ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, '<template> needs a name (to define one) or an is (to use one)', element.start, element.start + 9);
      return [];
    }
    case 'slot':
      return transformSlot(element, ctx);
    default:
      checkTag(element, ctx);
      return [transformPlain(element, ctx)];
  }
}

/** A tag must be a built-in component or one the page or component declares. */
function checkTag(element: WxmlElement, ctx: TransformContext): void {
  const tags = ctx.file.componentTags;
  const tag = element.tag;
  if (tags === undefined || BUILTIN_COMPONENTS.has(tag) || tags.has(tag)) return;
  const at = element.start + 1;
  const inert = inertBuiltin(tag);
  if (inert !== undefined) {
    // WeChat's, but not rendered here: said once a file, and not an error even with --strict.
    if (ctx.file.inertTags.has(tag)) return;
    ctx.file.inertTags.add(tag);
    ctx.sink.warning(DiagnosticCode.WxmlUnknownComponent, `<${tag}> is ${inert}, which miniapp does not render: it renders as an inert wx-${tag} element with its children`, at, at + tag.length);
    return;
  }
  // WeChat builds it and renders an element of that tag, children included, with a warning at run time.
  const what = tag.includes('-') ? 'is not a built-in component and is not declared in usingComponents' : 'is not a WeChat component';
  ctx.sink.lenient(DiagnosticCode.WxmlUnknownComponent, `<${tag}> ${what}: it renders as an inert wx-${tag} element with its children`, at, at + tag.length);
}

/** `<slot name="…">`: its children are ignored (WeChat renders no fallback content). */
function transformSlot(element: WxmlElement, ctx: TransformContext): SourceNode[] {
  const summary = emptySummary();
  const name = directive(element, 'name');
  const node: SourceSlot = { k: 5, n: '', d: [], s: [] };
  if (name !== undefined && name.value !== null) {
    const compiled = compileValue(name.value, name.valueStart, ctx);
    if (compiled === null) return [];
    node.n = compiled.value;
    addValue(summary, compiled.value);
  }
  const slot = directive(element, 'slot');
  if (slot !== undefined && slot.value !== null) {
    const compiled = compileValue(slot.value, slot.valueStart, ctx);
    if (compiled === null) return [];
    node.slot = compiled.value;
    addValue(summary, compiled.value);
  }
  const { d, s } = finish(summary);
  node.d = d;
  node.s = s;
  return [node];
}

/** `model:value="{{ field }}"`: the value, and the data path an edit writes back to. */
function modelBinding(attr: { name: string; value: string | null; valueStart: number; start: number }, ctx: TransformContext): { value: SourceValue; path: string[] } | null {
  const compiled = attr.value === null ? null : compileValue(attr.value, attr.valueStart, ctx);
  if (compiled === null || compiled.path === undefined || compiled.scoped || typeof compiled.value === 'string') {
    if (attr.value === null || compiled !== null) {
      ctx.sink.error(DiagnosticCode.WxmlBadModel, `${attr.name} must bind one data field, e.g. ${attr.name}="{{ value }}"`, attr.start, attr.start + attr.name.length);
    }
    return null;
  }
  return { value: compiled.value, path: compiled.path };
}

function transformPlain(element: WxmlElement, ctx: TransformContext): SourceElement {
  const node: SourceElement = { k: 1, t: element.tag, a: [], e: [], m: [], c: [], d: [], s: [] };
  const summary = emptySummary();
  for (const attr of element.attributes) {
    if (DIRECTIVES.has(attr.name)) continue;
    if (attr.name.startsWith('wx:')) {
      // WeChat's compiler drops it.
      ctx.sink.lenient(DiagnosticCode.WxmlUnknownDirective, `unknown directive "${attr.name}": it is ignored`, attr.start, attr.start + attr.name.length);
      continue;
    }
    if (attr.name.startsWith('model:')) {
      const model = modelBinding(attr, ctx);
      if (model === null) continue;
      const name = attr.name.slice(6);
      node.a.push([name, model.value]);
      node.m.push([name, model.path]);
      addValue(summary, model.value);
      continue;
    }
    const event = EVENT.exec(attr.name);
    let value: SourceValue;
    if (attr.value === null) {
      value = event ? '' : { code: 'true', d: [], s: [] };
    } else {
      const compiled = compileValue(attr.value, attr.valueStart, ctx);
      if (compiled === null) continue;
      value = compiled.value;
    }
    if (event !== null) {
      node.e.push([event[2], EVENT_FLAGS[event[1]], typeof value === 'string' ? value.trim() : value]);
    } else {
      node.a.push([attr.name, value]);
      addValue(summary, value);
    }
  }
  const inner = element.tag === 'text' && !ctx.preserveWhitespace ? { ...ctx, preserveWhitespace: true } : ctx;
  node.c = transformChildren(element.children, inner);
  for (const child of node.c) addNode(summary, child);
  const { d, s } = finish(summary);
  node.d = d;
  node.s = s;
  return node;
}
