// The render layer applies operations and refuses what could reach the host page.
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CanvasCode, Op, type OpBatch, type ViewEvent } from '../../../bridge/protocol.js';
import { ProtocolError, View } from '../../../runtime/view/view.js';

let window: Window;
let view: View;
let sent: ViewEvent[];

beforeEach(() => {
  window = new Window();
  sent = [];
  view = new View(window.document.body as unknown as Element, { css: '.a { width: 100rpx }', send: (e) => sent.push(e) });
});
afterEach(() => window.happyDOM.close());

const page = (): OpBatch => [Op.CreateElement, 1, 'page', Op.AttachPage, 1, 'pages/index/index'];

describe('the render layer', () => {
  it('builds the DOM the operations describe', () => {
    view.apply([
      ...page(),
      Op.CreateElement, 2, 'wx-view', Op.SetAttribute, 2, 'class', 'box', Op.SetAttribute, 2, 'style', 'width: 300rpx',
      Op.CreateText, 3, 'hello', Op.Insert, 2, 3, 0, Op.Insert, 1, 2, 0,
    ]);
    expect(view.currentPage?.route).toBe('pages/index/index');
    expect(view.currentPage?.root.innerHTML).toBe('<wx-view class="box" style="width: 150px">hello</wx-view>');
    expect(view.attributesOf(view.currentPage!.root.firstElementChild!)).toEqual({ class: 'box', style: 'width: 300rpx' });
    expect(window.document.querySelector('style')?.textContent).toContain('.a { width: 50px }');
    view.apply([Op.SetText, 3, '<b>not markup</b>', Op.SetAttribute, 2, 'hidden', true]);
    expect(view.currentPage?.root.querySelector('b')).toBeNull();
    expect(view.currentPage?.root.textContent).toBe('<b>not markup</b>');
    expect(view.currentPage?.root.firstElementChild?.hasAttribute('hidden')).toBe(true);
  });

  it('sends a tap on a node with its id', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0]);
    (view.currentPage!.root.firstElementChild as unknown as { click(): void }).click();
    expect(sent).toEqual([expect.objectContaining({ node: 2, type: 'tap', detail: { x: 0, y: 0 } })]);
  });

  it('creates HTML element names as inert custom elements, and refuses what is not a name', () => {
    view.apply(page());
    let id = 10;
    for (const tag of ['script', 'iframe', 'img', 'style', 'a']) {
      view.apply([Op.CreateElement, id, tag, Op.Insert, 1, id, 0]);
      id++;
    }
    expect(window.document.querySelector('page script, page iframe, page img, page style, page a')).toBeNull();
    expect(Array.from(view.currentPage!.root.children).map((e) => [e.localName, view.tagOf(e)])).toEqual([
      ['wx-script', 'script'],
      ['wx-iframe', 'iframe'],
      ['wx-img', 'img'],
      ['wx-style', 'style'],
      ['wx-a', 'a'],
    ]);
    for (const tag of ['img src=x onerror=alert(1)', '<b>', '', '1a']) {
      expect(() => view.apply([Op.CreateElement, id++, tag])).toThrow(ProtocolError);
    }
  });

  it('draws on a <canvas type="2d"> and refuses canvas commands it does not know', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-canvas', Op.SetAttribute, 2, 'type', '2d', Op.CreateElement, 3, 'wx-view', Op.Insert, 1, 2, 0, Op.Insert, 1, 3, 0]);
    // happy-dom has no 2d context here: the size is set, the drawing does nothing.
    view.apply([Op.CanvasDraw, 2, [[CanvasCode.Size, 40, 20], [CanvasCode.Set, 'fillStyle', 'red'], [CanvasCode.Call, 'fillRect', 0, 0, 4, 4]]]);
    const canvas = view.currentPage!.root.querySelector('wx-canvas > canvas')!;
    expect([canvas.getAttribute('width'), canvas.getAttribute('height')]).toEqual(['40', '20']);
    expect(() => view.apply([Op.CanvasDraw, 3, []])).toThrow(ProtocolError);
    expect(() => view.apply([Op.CanvasDraw, 2, [[CanvasCode.Call, 'constructor']]])).toThrow(ProtocolError);
    expect(() => view.apply([Op.CanvasDraw, 2, [[CanvasCode.Set, 'canvas', 1]]])).toThrow(ProtocolError);
    expect(() => view.apply([Op.CanvasDraw, 2, [[99]]])).toThrow(ProtocolError);
    expect(() => view.apply([Op.CanvasDraw, 2, 'fillRect'])).toThrow(ProtocolError);
    // An image with a script URL is refused, and the logic thread hears so.
    view.apply([Op.CanvasDraw, 2, [[CanvasCode.LoadImage, 7, 'javascript:alert(1)']]]);
    expect(sent).toEqual([expect.objectContaining({ node: 2, type: 'canvas:image', detail: { image: 7, errMsg: 'GET javascript:alert(1) failed: the URL is refused' } })]);
  });

  it('refuses event-handler attributes', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0]);
    expect(() => view.apply([Op.SetAttribute, 2, 'onclick', 'alert(1)'])).toThrow('refused attribute "onclick"');
    expect(() => view.apply([Op.SetAttribute, 2, 'ONLOAD', 'x'])).toThrow(ProtocolError);
    expect(view.currentPage?.root.firstElementChild?.getAttribute('onclick')).toBeNull();
  });

  it('refuses malformed batches and unknown nodes', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view']);
    expect(() => view.apply([Op.Insert, 1, 2] as OpBatch)).toThrow('ends in the middle');
    expect(() => view.apply([Op.SetText, 42, 'x'])).toThrow('unknown node 42');
    expect(() => view.apply([99] as unknown as OpBatch)).toThrow('unknown operation 99');
    expect(() => view.apply([Op.CreateElement, 1.5, 'wx-view'])).toThrow('bad node id');
    expect(() => view.apply([Op.CreateElement, 1, 'wx-view'])).toThrow('already in use');
    expect(() => view.apply([Op.Insert, 1, 1, 0])).toThrow('into itself');
  });

  it('forgets removed nodes and everything under them', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.CreateText, 3, 'x', Op.Insert, 2, 3, 0, Op.Insert, 1, 2, 0, Op.Remove, 2]);
    expect(view.currentPage?.root.childNodes.length).toBe(0);
    expect(() => view.apply([Op.SetText, 3, 'y'])).toThrow('unknown node 3');
  });

  it('converts rpx again when the screen width changes', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.SetAttribute, 2, 'style', 'width: 300rpx', Op.Insert, 1, 2, 0]);
    view.resize(750);
    expect(view.currentPage?.root.firstElementChild?.getAttribute('style')).toBe('width: 300px');
    expect(window.document.querySelector('style')?.textContent).toContain('.a { width: 100px }');
  });

  it('shows a scoped class list in the DOM and the logical one in snapshots, and refuses other attributes or values', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.SetClass, 2, 'class', 'title', 's3--title', Op.CreateElement, 3, 'wx-view', Op.SetClass, 3, 'class', null, 's3', Op.Insert, 1, 2, 0, Op.Insert, 1, 3, 0]);
    const [titled, marked] = Array.from(view.currentPage!.root.children);
    expect([titled.getAttribute('class'), marked.getAttribute('class')]).toEqual(['s3--title', 's3']);
    expect([view.attributesOf(titled), view.attributesOf(marked)]).toEqual([{ class: 'title' }, {}]);
    expect(view.currentPage!.root.getAttribute('wx-route')).toBe('pages/index/index');
    expect(() => view.apply([Op.SetClass, 2, 'onclick', 'a', 'a'])).toThrow('refused class attribute "onclick"');
    expect(() => view.apply([Op.SetClass, 2, 'class', 1, 'a'] as unknown as OpBatch)).toThrow('expected a string or null');
    expect(() => view.apply([Op.SetClass, 2, 'class', 'a', { x: 1 }] as unknown as OpBatch)).toThrow('expected a string');
  });

  it('keeps a built-in component\'s own nodes out of the logic thread\'s children', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-switch', Op.CreateElement, 3, 'wx-view', Op.Insert, 1, 2, 0, Op.Insert, 1, 3, 0]);
    const toggle = view.currentPage!.root.firstElementChild!;
    expect(toggle.querySelector('.wx-switch-input')).not.toBeNull();
    // A logic node inserted before a view-owned one is refused as before one that is not a child.
    expect(() => view.apply([Op.CreateElement, 4, 'wx-view', Op.Insert, 2, 4, 99])).toThrow('unknown node 99');
    (toggle.querySelector('.wx-switch-input') as unknown as { click(): void }).click();
    expect(sent.map((e) => [e.node, e.type, e.detail])).toEqual([
      [2, 'tap', { x: 0, y: 0 }],
      [2, 'change', { value: true }],
    ]);
  });

  it('builds a list item from a stamp: its ids counted from the item\'s first, its holes filled, its top nodes inserted', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0]);
    // An item: <view class="row"><text>{{ title }}</text></view><text>!</text>
    const row: OpBatch = [
      Op.CreateElement, 1, 'wx-view', Op.SetClass, 1, 'class', 'row', 's1--row',
      Op.CreateElement, 2, 'wx-text', Op.CreateText, 3, null, Op.Insert, 2, 3, 0, Op.Insert, 1, 2, 0,
      Op.CreateText, 4, '!',
    ];
    view.apply([Op.DefineStamp, 1, row, Op.Stamp, 1, 10, 2, 0, 'Ant', Op.Stamp, 1, 20, 2, 10, 'Bee']);
    const list = view.currentPage!.root.firstElementChild!;
    expect(list.innerHTML).toBe(
      '<wx-view class="s1--row"><wx-text>Bee</wx-text></wx-view>!<wx-view class="s1--row"><wx-text>Ant</wx-text></wx-view>!',
    );
    expect(view.attributesOf(list.children[0])).toEqual({ class: 'row' });
    // The item's nodes are ordinary nodes afterwards.
    view.apply([Op.SetText, 22, 'Cat', Op.Remove, 10, Op.Remove, 13]);
    expect(list.textContent).toBe('Cat!');
    expect(view.idOf(list.children[0])).toBe(20);
  });

  it('builds items of a stamp holding other components or a style as their operations, and keeps each item\'s attributes its own', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0]);
    view.apply([
      Op.DefineStamp, 1, [Op.CreateElement, 1, 'wx-view', Op.SetAttribute, 1, 'style', 'width: 100rpx', Op.CreateElement, 2, 'wx-switch', Op.Insert, 1, 2, 0],
      Op.DefineStamp, 2, [Op.CreateElement, 1, 'wx-text', Op.SetAttribute, 1, 'class', 'a', Op.CreateText, 2, null, Op.Insert, 1, 2, 0],
      Op.Stamp, 1, 10, 2, 0,
      Op.Stamp, 2, 20, 2, 0, 'x',
      Op.Stamp, 2, 30, 2, 0, 'y',
    ]);
    const list = view.currentPage!.root.firstElementChild!;
    const styled = view.nodeOf(10) as Element;
    expect(styled.getAttribute('style')).toBe('width: 50px');
    expect(view.builtinOf(view.nodeOf(11) as Element)).toBeDefined();
    expect(styled.querySelector('.wx-switch-input')).not.toBeNull();
    view.apply([Op.SetAttribute, 20, 'class', 'b']);
    expect([view.attributesOf(view.nodeOf(20) as Element), view.attributesOf(view.nodeOf(30) as Element)]).toEqual([{ class: 'b' }, { class: 'a' }]);
    expect(list.textContent).toBe('xy');
    expect(view.idOf(list.lastChild!.firstChild!)).toBe(31);
  });

  it('refuses a stamp that is not plain operations on its own nodes, and an item that does not fit its stamp', () => {
    view.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0]);
    const bad: [unknown, string][] = [
      [[Op.Remove, 1], 'operation 7 is not allowed in a stamp'],
      [['constructor', 1], 'operation "constructor" is not allowed in a stamp'],
      [[Op.CreateElement, 2, 'wx-view'], 'must create its nodes as 1, 2, 3'],
      [[Op.CreateElement, 1, 'wx-view', Op.SetAttribute, 2, 'id', 'x'], 'names node 2 before creating it'],
      [[Op.CreateElement, 1, 'wx-view', Op.CreateText, 2, 'a', Op.Insert, 1, 2, 5], 'may only append'],
      [[Op.CreateElement, 1, 'wx-view', Op.CreateText, 2, 'a', Op.Insert, 1, 2, 0, Op.Insert, 1, 2, 0], 'inserts node 2 twice'],
      [[Op.CreateElement, 1, 'wx-view', Op.Insert, 1, 1, 0], 'creates no node'],
      [[Op.CreateElement, 1], 'ends in the middle of an operation'],
      ['x', 'must be an array of operations'],
    ];
    for (const [ops, message] of bad) expect(() => view.apply([Op.DefineStamp, 5, ops] as OpBatch)).toThrow(message);
    view.apply([Op.DefineStamp, 6, [Op.CreateElement, 1, 'wx-view', Op.CreateText, 2, null, Op.Insert, 1, 2, 0]]);
    expect(() => view.apply([Op.DefineStamp, 6, [Op.CreateText, 1, 'a']])).toThrow('stamp 6 is already defined');
    expect(() => view.apply([Op.Stamp, 7, 30, 2, 0, 'a'])).toThrow('unknown stamp 7');
    expect(() => view.apply([Op.Stamp, 6, 30, 2, 0])).toThrow('a batch ends in the middle of an operation');
    expect(() => view.apply([Op.Stamp, 6, 30, 2, 0, 1] as unknown as OpBatch)).toThrow('expected a string');
    expect(() => view.apply([Op.Stamp, 6, 2, 2, 0, 'a'])).toThrow('node id 2 is already in use');
    expect(() => view.apply([Op.Stamp, 6, 40, 2, 99, 'a'])).toThrow('unknown node 99');
    // A stamp that puts a node into its own child, or names a tag as the view's own objects do.
    view.apply([Op.DefineStamp, 9, [Op.CreateElement, 1, 'wx-view', Op.CreateElement, 2, 'wx-view', Op.CreateElement, 3, 'wx-view', Op.Insert, 2, 3, 0, Op.Insert, 3, 2, 0]]);
    expect(() => view.apply([Op.Stamp, 9, 60, 2, 0])).toThrow('a node cannot be inserted into itself');
    view.apply([Op.DefineStamp, 10, [Op.CreateElement, 1, 'constructor', Op.CreateElement, 2, 'wx-view']]);
    view.apply([Op.Stamp, 10, 70, 2, 0]);
    expect((view.nodeOf(70) as Element).localName).toBe('wx-constructor');
    // A stamp's tags and attributes are checked as any others when an item is built.
    view.apply([Op.DefineStamp, 8, [Op.CreateElement, 1, 'wx-view', Op.SetAttribute, 1, 'onclick', 'alert(1)']]);
    expect(() => view.apply([Op.Stamp, 8, 50, 2, 0])).toThrow('refused attribute "onclick"');
  });

  it('refuses to hold more nodes than its limit, counting what stamps build and what was removed', () => {
    const small = new View(window.document.body as unknown as Element, { css: '', send: () => {}, maxNodes: 10 });
    small.apply([...page(), Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0]);
    small.apply([Op.DefineStamp, 1, [Op.CreateElement, 1, 'wx-view', Op.CreateElement, 2, 'wx-text', Op.CreateText, 3, null, Op.Insert, 2, 3, 0, Op.Insert, 1, 2, 0]]);
    small.apply([Op.Stamp, 1, 10, 2, 0, 'a', Op.Stamp, 1, 20, 2, 0, 'b']);
    expect(() => small.apply([Op.Stamp, 1, 30, 2, 0, 'c'])).toThrow('more than 10 nodes in the view');
    small.apply([Op.Remove, 10]);
    small.apply([Op.Stamp, 1, 40, 2, 0, 'd']);
    expect(small.currentPage!.root.textContent).toBe('bd');
    expect(() => small.apply([Op.CreateText, 50, 'e'])).toThrow('more than 10 nodes in the view');
  });
});
