// A stamped item is what its operations would build: random stamps of views and texts (the ones the
// view copies) and with other built-ins or a style (the ones it expands), each built into one view
// as stamps and into another as the plain operations they stand for, give the same page.
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { Op, type OpBatch } from '../../../bridge/protocol.js';
import { View } from '../../../runtime/view/view.js';

const window = new Window();
afterAll(() => window.happyDOM.close());

/** A small seeded generator (mulberry32), so that a failure shows again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Made {
  ops: OpBatch;
  /** Nodes numbered 1… in creation order: which are texts with a hole. */
  holes: number;
  /** Top-level nodes, in order. */
  roots: number[];
}

/** A random item: a tree of elements (mostly views and texts) with classes, ids, texts and holes. */
function makeStamp(next: () => number): Made {
  const ops: OpBatch = [];
  const roots: number[] = [];
  let count = 0;
  let holes = 0;
  const tags = ['wx-view', 'wx-view', 'wx-text', 'wx-view', 'wx-button', 'wx-image'];
  const build = (parent: number, depth: number): void => {
    const children = 1 + Math.floor(next() * 3);
    for (let c = 0; c < children; c++) {
      const n = ++count;
      if (depth > 2 || next() < 0.3) {
        const hole = next() < 0.6;
        if (hole) holes++;
        ops.push(Op.CreateText, n, hole ? null : `t${n}`);
      } else {
        ops.push(Op.CreateElement, n, tags[Math.floor(next() * tags.length)]);
        if (next() < 0.7) ops.push(Op.SetClass, n, 'class', `c${n}`, `s1--c${n}`);
        if (next() < 0.3) ops.push(Op.SetAttribute, n, 'id', `i${n}`);
        if (next() < 0.2) ops.push(Op.SetAttribute, n, 'data-x', { n });
        if (next() < 0.1) ops.push(Op.SetAttribute, n, 'style', 'width: 100rpx');
        if (next() < 0.5) build(n, depth + 1);
      }
      if (parent === 0) roots.push(n);
      else ops.push(Op.Insert, parent, n, 0);
    }
  };
  build(0, 0);
  return { ops, holes, roots };
}

/** The stamp's operations for one item, as Op.Stamp stands for them. */
function expand(made: Made, first: number, parent: number, before: number, texts: string[]): OpBatch {
  const out: OpBatch = [];
  let hole = 0;
  const ops = made.ops;
  const arity: Record<number, number> = { [Op.CreateElement]: 2, [Op.CreateText]: 2, [Op.SetAttribute]: 3, [Op.SetClass]: 4, [Op.Insert]: 3 };
  for (let i = 0; i < ops.length; i += 1 + arity[ops[i] as number]) {
    const op = ops[i] as Op;
    const args = ops.slice(i + 1, i + 1 + arity[op]);
    args[0] = (args[0] as number) + first - 1;
    if (op === Op.Insert) args[1] = (args[1] as number) + first - 1;
    if (op === Op.CreateText && args[1] === null) args[1] = texts[hole++];
    out.push(op, ...args);
  }
  for (const root of made.roots) out.push(Op.Insert, parent, root + first - 1, before);
  return out;
}

function newView(): View {
  const container = window.document.createElement('div');
  window.document.body.appendChild(container);
  return new View(container as unknown as Element, { css: '', send: () => {} });
}

describe('a stamped item', () => {
  it('is what its operations build, for 200 random stamps with items inserted at the end and before others', () => {
    const next = random(14);
    for (let s = 0; s < 200; s++) {
      const made = makeStamp(next);
      const stamped = newView();
      const plain = newView();
      const start: OpBatch = [Op.CreateElement, 1, 'page', Op.AttachPage, 1, 'pages/index/index', Op.CreateElement, 2, 'wx-view', Op.Insert, 1, 2, 0];
      stamped.apply(start);
      plain.apply(start);
      stamped.apply([Op.DefineStamp, 1, made.ops]);
      const firsts: number[] = [];
      for (let item = 0; item < 4; item++) {
        const first = 100 + item * 100;
        const before = item === 3 ? firsts[0] : 0;
        const texts = Array.from({ length: made.holes }, (_, h) => `item ${item} hole ${h}`);
        stamped.apply([Op.Stamp, 1, first, 2, before, ...texts]);
        plain.apply(expand(made, first, 2, before, texts));
        firsts.push(first);
      }
      const a = stamped.currentPage!.root;
      const b = plain.currentPage!.root;
      expect(a.innerHTML, `stamp ${s}`).toBe(b.innerHTML);
      for (let id = 100; id < 500; id++) {
        const x = stamped.nodeOf(id);
        const y = plain.nodeOf(id);
        expect(x === undefined, `stamp ${s} node ${id}`).toBe(y === undefined);
        if (x !== undefined && x.nodeType === 1) {
          expect(stamped.attributesOf(x as Element), `stamp ${s} node ${id}`).toEqual(plain.attributesOf(y as Element));
          expect(stamped.builtinOf(x as Element) === undefined, `stamp ${s} node ${id}`).toBe(plain.builtinOf(y as Element) === undefined);
        }
      }
    }
  });
});
