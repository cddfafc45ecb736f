// wx:if / wx:elif / wx:else: consecutive siblings become one block with a branch each.
import { DiagnosticCode } from '../../diagnostics.js';
import type { WxmlElement } from '../parse.js';
import type { SourceIf, SourceNode } from '../ir.js';
import type { TransformContext } from './context.js';
import { directive, without } from './directives.js';
import { addNode, addValue, emptySummary, finish } from './summary.js';
import { asBinding, compileValue } from './value.js';

export type Branch = 'if' | 'elif' | 'else';

/** Which branch directive an element carries (a wx:for element's wx:if belongs inside its loop). */
export function branchOf(element: WxmlElement): Branch | null {
  if (directive(element, 'wx:for') || directive(element, 'wx:for-items')) return null;
  if (directive(element, 'wx:if')) return 'if';
  if (directive(element, 'wx:elif')) return 'elif';
  if (directive(element, 'wx:else')) return 'else';
  return null;
}

/** Starts a block, or adds a branch to the open one. Returns the new block when one starts. */
export function addBranch(
  element: WxmlElement,
  branch: Branch,
  open: SourceIf | null,
  ctx: TransformContext,
  body: (element: WxmlElement, ctx: TransformContext) => SourceNode[],
): SourceIf | null {
  const name = `wx:${branch}`;
  const attr = directive(element, name)!;
  if (branch !== 'if' && open === null) {
    ctx.sink.error(DiagnosticCode.WxmlMisplacedElse, `${name} must follow an element with wx:if or wx:elif`, attr.start, attr.start + name.length);
    return null;
  }
  let condition = null;
  if (branch !== 'else') {
    if (attr.value === null) {
      ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, `${name} needs a condition, e.g. ${name}="{{ shown }}"`, attr.start, attr.start + name.length);
      return null;
    }
    const compiled = compileValue(attr.value, attr.valueStart, ctx);
    if (compiled === null) return null;
    condition = asBinding(compiled.value);
  }
  const children = body(without(element, [name]), ctx);
  if (branch === 'if') return { k: 3, b: [[condition, children]], d: [], s: [] };
  open!.b.push([condition, children]);
  return null;
}

/** Computes a finished block's summary: its conditions and every branch. */
export function summarizeIf(block: SourceIf): void {
  const summary = emptySummary();
  for (const [condition, children] of block.b) {
    addValue(summary, condition);
    for (const child of children) addNode(summary, child);
  }
  const { d, s } = finish(summary);
  block.d = d;
  block.s = s;
}
