// An element's attributes and event bindings, and the children of any element or <block>.
// <block> renders nothing itself: it only groups children under a directive.
import { EventFlags } from '../../../spec/bundle.js';
import { DiagnosticCode } from '../../diagnostics.js';
import type { SourceElement, SourceIf, SourceNode, SourceValue } from '../ir.js';
import type { WxmlElement, WxmlNode } from '../parse.js';
import type { TransformContext } from './context.js';
import { DIRECTIVES, directive, without } from './directives.js';
import { transformFor } from './for.js';
import { addBranch, branchOf, summarizeIf } from './if.js';
import { addNode, addValue, emptySummary, finish } from './summary.js';
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
  return [transformPlain(element, ctx)];
}

function transformPlain(element: WxmlElement, ctx: TransformContext): SourceElement {
  const node: SourceElement = { k: 1, t: element.tag, a: [], e: [], c: [], d: [], s: [] };
  const summary = emptySummary();
  for (const attr of without(element, [...DIRECTIVES]).attributes) {
    if (attr.name.startsWith('wx:')) {
      ctx.sink.error(DiagnosticCode.WxmlUnknownDirective, `unknown directive "${attr.name}"`, attr.start, attr.start + attr.name.length);
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
