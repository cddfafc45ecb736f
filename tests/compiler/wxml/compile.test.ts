// WXML files compile to the template nodes of spec/bundle.ts.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { ElementNode, ForNode, IfNode, TemplateFile, TemplateNode, TextNode } from '../../../spec/bundle.js';
import { ProjectFiles } from '../../../compiler/project/files.js';
import { compileWxml } from '../../../compiler/wxml/compile.js';

const files = new ProjectFiles(tmpdir());

/** Compiles WXML and builds its template nodes the way the logic thread does. */
function nodes(source: string): TemplateNode[] {
  const { code, diagnostics } = compileWxml('t.wxml', source, { files });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  let factory: ((S: (v: unknown) => string) => TemplateFile) | undefined;
  new Function('__miniapp', code)({ template: (_: string, f: typeof factory) => (factory = f) });
  return factory!((v) => (v == null ? '' : String(v))).n;
}

function problems(source: string): string[] {
  return compileWxml('t.wxml', source, { files }).diagnostics.map((d) => `${d.severity} ${d.start.line}:${d.start.column} ${d.message}`);
}

describe('WXML compilation', () => {
  it('joins wx:if, wx:elif and wx:else siblings into one block', () => {
    const [block] = nodes('<view wx:if="{{ a }}">A</view>\n<view wx:elif="{{ b }}">B</view>\n<block wx:else>C</block>') as [IfNode];
    expect(block.k).toBe(3);
    expect(block.b.map(([condition]) => (condition === null ? null : condition.f({ a: 0, b: 1 }, {})))).toEqual([0, 1, null]);
    expect(block.b[2][1]).toEqual([{ k: 2, v: 'C' }]);
    expect(block.d).toEqual([['a'], ['b']]);
  });

  it('puts an element\'s wx:if inside its wx:for', () => {
    const [loop] = nodes('<view wx:for="{{ list }}" wx:if="{{ item.shown }}">x</view>') as [ForNode];
    expect(loop.k).toBe(4);
    expect(loop.c[0].k).toBe(3);
    expect(loop.lp).toEqual(['list']);
    expect(loop.d).toEqual([['list']]);
    expect(loop.bd).toBeUndefined();
  });

  it('names loop variables and keys', () => {
    const [loop] = nodes('<view wx:for="{{ rows }}" wx:for-item="row" wx:for-index="r" wx:key="id">{{ r }}{{ row.name }}{{ title }}</view>') as [ForNode];
    expect([loop.i, loop.x, loop.key]).toEqual(['row', 'r', 'id']);
    expect(loop.bd).toEqual([['title']]);
    expect(loop.d).toEqual(expect.arrayContaining([['rows'], ['title']]));
    const text = (loop.c[0] as ElementNode).c![0] as TextNode;
    expect(typeof text.v === 'object' && text.v.f({ title: 'T' }, { r: 2, row: { name: 'n' } })).toBe('2nT');
  });

  it('warns about a wx:key written as an expression, as WeChat does', () => {
    expect(problems('<view wx:for="{{ list }}" wx:key="{{ index }}"/>')).toEqual([
      'warning 1:35 wx:key="{{ index }}" does not look like a valid key name (did you mean wx:key="index" ?)',
    ]);
  });

  it('reads every event binding form', () => {
    const [view] = nodes('<view bindtap="a" bind:tap="b" catchtouchstart="c" catch:longpress="d" capture-bind:tap="e" capture-catch:tap="f" mut-bind:tap="g" bindtap2="{{ h }}"/>') as [ElementNode];
    expect(view.e!.map(([type, flags, handler]) => [type, flags, typeof handler === 'string' ? handler : 'bound'])).toEqual([
      ['tap', 0, 'a'],
      ['tap', 0, 'b'],
      ['touchstart', 1, 'c'],
      ['longpress', 1, 'd'],
      ['tap', 2, 'e'],
      ['tap', 3, 'f'],
      ['tap', 4, 'g'],
      ['tap2', 0, 'bound'],
    ]);
    expect(view.a).toBeUndefined();
  });

  it('keeps a single {{ }} attribute as its value and makes a mix a string', () => {
    const [view] = nodes('<view data-n="{{ 1 + 1 }}" class="a {{ b }} c" hidden id="x"/>') as [ElementNode];
    const values = Object.fromEntries(view.a!.map(([name, v]) => [name, typeof v === 'string' ? v : v.f({ b: null }, {})]));
    expect(values).toEqual({ 'data-n': 2, class: 'a  c', hidden: true, id: 'x' });
  });

  it('drops whitespace-only text between tags, except inside <text>', () => {
    const [view] = nodes('<view>\n  <text> </text>\n  <view> a </view>\n</view>') as [ElementNode];
    expect(view.c!.map((c) => (c as ElementNode).t)).toEqual(['text', 'view']);
    expect((view.c![0] as ElementNode).c).toEqual([{ k: 2, v: ' ' }]);
    expect((view.c![1] as ElementNode).c).toEqual([{ k: 2, v: ' a ' }]);
  });

  it('flattens a <block> without directives into its children', () => {
    expect(nodes('<block><view/><text/></block>').map((n) => (n as ElementNode).t)).toEqual(['view', 'text']);
  });

  it('summarizes what a subtree reads, so updates can skip it', () => {
    const [outer] = nodes('<view class="{{ a.b }}"><text>{{ c[0] }}</text><view wx:for="{{ d }}">{{ item }}{{ e }}</view></view>') as [ElementNode];
    expect(outer.d).toEqual(expect.arrayContaining([['a', 'b'], ['c', '0'], ['d'], ['e']]));
    expect(outer.d).toHaveLength(4);
    expect(outer.s).toBeUndefined();
  });

  it('reports misplaced and unknown directives, and unclosed interpolations', () => {
    expect(problems('<view/>\n<view wx:else/>')).toEqual(['error 2:7 wx:else must follow an element with wx:if or wx:elif']);
    expect(problems('<view wx:if="{{a}}"/><text/><view wx:elif="{{b}}"/>')).toEqual(['error 1:35 wx:elif must follow an element with wx:if or wx:elif']);
    expect(problems('<view wx:show="{{ a }}"/>')).toEqual(['warning 1:7 unknown directive "wx:show": it is ignored']);
    expect(problems('<view>{{ a </view>')).toEqual(['error 1:7 "{{" is not closed by "}}"']);
    expect(problems('<view wx:for-item="a b" wx:for="{{ l }}"/>')).toEqual(['error 1:20 wx:for-item must be a variable name, not "a b"']);
  });
});
