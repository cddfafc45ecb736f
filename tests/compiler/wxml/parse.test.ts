import { describe, expect, it } from 'vitest';
import { DiagnosticSink, MAX_PER_FILE } from '../../../compiler/diagnostics.js';
import { MAX_WXML_DEPTH, parseWxml, type WxmlElement } from '../../../compiler/wxml/parse.js';

function parse(source: string) {
  const sink = new DiagnosticSink('p.wxml', source);
  const nodes = parseWxml(source, sink);
  const where = sink.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.message}`);
  return { nodes, where, severities: sink.diagnostics.map((d) => d.severity) };
}

describe('WXML parser', () => {
  it('builds elements, attributes and text with their offsets', () => {
    const { nodes, where } = parse('<view class="a" hidden data-x=\'1\'>hi {{ name }}<text/></view>');
    expect(where).toEqual([]);
    const view = nodes[0] as WxmlElement;
    expect(view.tag).toBe('view');
    expect(view.attributes.map((a) => [a.name, a.value, a.valueStart])).toEqual([
      ['class', 'a', 13],
      ['hidden', null, 16],
      ['data-x', '1', 31],
    ]);
    expect(view.children).toMatchObject([{ type: 'text', text: 'hi {{ name }}', start: 34 }, { type: 'element', tag: 'text' }]);
  });

  it('keeps < > and quotes inside {{ }} out of the markup', () => {
    const { nodes, where } = parse(`<view class="{{ a ? "x" : 'y' }}">{{ a < b }} and {{ c > d }}</view>`);
    expect(where).toEqual([]);
    const view = nodes[0] as WxmlElement;
    expect(view.attributes[0].value).toBe(`{{ a ? "x" : 'y' }}`);
    expect(view.children).toMatchObject([{ type: 'text', text: '{{ a < b }} and {{ c > d }}' }]);
  });

  it('reports an unclosed tag where it starts', () => {
    expect(parse('<view>\n  <text>a</view>').where).toEqual(['2:3 <text> is not closed (found </view> first)']);
    expect(parse('<view>\n  <view>').where).toEqual(['2:3 <view> is not closed', '1:1 <view> is not closed']);
  });

  it('reports a closing tag with no open element', () => {
    expect(parse('<view></view>\n</text>').where).toEqual(['2:1 unexpected closing tag </text>']);
  });

  it('reports a start tag that never ends', () => {
    expect(parse('<view>\n<text class="a"').where).toEqual(['2:1 the start tag <text> is not finished', '1:1 <view> is not closed']);
  });

  it('warns of a duplicate attribute and keeps the last value in the first one\'s place, as WeChat does', () => {
    const { nodes, where, severities } = parse('<view id="a" class="c" id="b"/>');
    expect(where).toEqual(['1:24 duplicate attribute "id" on <view>: the last value is used']);
    expect(severities).toEqual(['warning']);
    expect(nodes).toMatchObject([{ type: 'element', tag: 'view', attributes: [{ name: 'id', value: 'b' }, { name: 'class', value: 'c' }] }]);
  });

  it('ignores comments', () => {
    const { nodes, where } = parse('<!-- <view> {{ --><view/>');
    expect(where).toEqual([]);
    expect(nodes).toMatchObject([{ type: 'element', tag: 'view' }]);
  });

  // Found by the fuzzer: thousands of nested elements overflowed the stack of the transform.
  it('refuses elements nested deeper than MAX_WXML_DEPTH, once, at the first too deep', () => {
    const { nodes, where } = parse(`${'<view>'.repeat(MAX_WXML_DEPTH + 5000)}${'</view>'.repeat(MAX_WXML_DEPTH + 5000)}`);
    expect(where).toEqual([`1:${MAX_WXML_DEPTH * 6 + 1} <view> is nested ${MAX_WXML_DEPTH + 1} elements deep: WXML may nest at most ${MAX_WXML_DEPTH}`]);
    let depth = 0;
    for (let node = nodes[0]; node?.type === 'element'; node = node.children[0]) depth++;
    expect(depth).toBe(MAX_WXML_DEPTH);
  });

  // Found by the fuzzer: 20,000 unclosed tags on one long line, each printed with its code frame, ran the CLI out of memory.
  it('reports at most MAX_PER_FILE problems, the last standing for the rest', () => {
    const { where } = parse('<view>'.repeat(20_000));
    expect(where).toHaveLength(MAX_PER_FILE);
    expect(where[MAX_PER_FILE - 1]).toMatch(/^1:\d+ more problems in this file are not shown; the last shown: <view> is not closed$/);
  });
});
