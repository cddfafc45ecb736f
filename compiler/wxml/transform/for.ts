// wx:for with wx:for-item, wx:for-index and wx:key. The loop's body sees the item and index names.
import { DiagnosticCode } from '../../diagnostics.js';
import type { SourceFor, SourceNode } from '../ir.js';
import type { WxmlElement } from '../parse.js';
import type { TransformContext } from './context.js';
import { directive, without } from './directives.js';
import { addNode, addValue, emptySummary, finish } from './summary.js';
import { asBinding, compileValue } from './value.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function loopName(element: WxmlElement, name: string, fallback: string, ctx: TransformContext): string {
  const attr = directive(element, name);
  if (attr === undefined || attr.value === null) return fallback;
  const value = attr.value.trim();
  if (!IDENTIFIER.test(value)) {
    ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, `${name} must be a variable name, not "${attr.value}"`, attr.valueStart, attr.valueStart + attr.value.length);
    return fallback;
  }
  return value;
}

/** The wx:key, or undefined (with a warning for `{{ }}`, which WeChat does not evaluate). */
function loopKey(element: WxmlElement, ctx: TransformContext): string | undefined {
  const attr = directive(element, 'wx:key');
  if (attr === undefined || attr.value === null || attr.value.trim() === '') return undefined;
  const value = attr.value.trim();
  const braces = /^\{\{\s*(.*?)\s*\}\}$/.exec(value);
  if (braces !== null) {
    ctx.sink.warning(
      DiagnosticCode.WxmlBadDirectiveValue,
      `wx:key="${value}" does not look like a valid key name (did you mean wx:key="${braces[1]}" ?)`,
      attr.valueStart,
      attr.valueStart + attr.value.length,
    );
    return undefined;
  }
  return value;
}

export function transformFor(
  element: WxmlElement,
  ctx: TransformContext,
  body: (element: WxmlElement, ctx: TransformContext) => SourceNode[],
): SourceNode[] {
  const attr = (directive(element, 'wx:for') ?? directive(element, 'wx:for-items'))!;
  if (attr.value === null) {
    ctx.sink.error(DiagnosticCode.WxmlBadDirectiveValue, `${attr.name} needs a list, e.g. ${attr.name}="{{ items }}"`, attr.start, attr.start + attr.name.length);
    return [];
  }
  const list = compileValue(attr.value, attr.valueStart, ctx);
  const item = loopName(element, 'wx:for-item', 'item', ctx);
  const index = loopName(element, 'wx:for-index', 'index', ctx);
  const key = loopKey(element, ctx);
  if (list === null) return [];

  const inner: TransformContext = { ...ctx, scope: new Set([...ctx.scope, item, index]) };
  const children = body(without(element, ['wx:for', 'wx:for-items', 'wx:for-item', 'wx:for-index', 'wx:key']), inner);

  const bodySummary = emptySummary();
  for (const child of children) addNode(bodySummary, child);
  bodySummary.s = bodySummary.s.filter((p) => p[0] !== item && p[0] !== index);
  const bodyReads = finish(bodySummary);
  const whole = { d: [...bodyReads.d], s: [...bodyReads.s] };
  const binding = asBinding(list.value);
  addValue(whole, binding);
  const { d, s } = finish(whole);

  const node: SourceFor = { k: 4, l: binding, i: item, x: index, c: children, d, s, bd: bodyReads.d, bs: bodyReads.s };
  if (list.path !== undefined) {
    node.lp = list.path;
    if (list.scoped) node.ls = true;
  }
  if (key !== undefined) node.key = key;
  return [node];
}
