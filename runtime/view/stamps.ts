// Stamps: the operations that build one item of a plain list, defined once (Op.DefineStamp) and
// then built for each item (Op.Stamp) with the item's node ids and texts. A stamp is expanded into
// the ordinary operations it stands for, which the view applies and checks as any others; or, when
// its nodes need nothing of the view but their ids (plain views and texts, see View.cloneOf), its
// nodes are made once and each item is a copy of them.
import { Op, type JsonValue, type OpBatch } from '../../bridge/protocol.js';
import { ProtocolError } from './protocol_error.js';

/** A stamp's nodes made once, as the DOM shows them, for items to be copies of. */
export interface StampClone {
  /** The item's top-level node holding the rest, or a fragment holding its top-level nodes when there are several. */
  top: Node;
  /** The stamp's number of each node, in document order. */
  order: number[];
  /** What the logic thread set on each element, by the stamp's number (the view's record of its attributes). */
  logical: (Record<string, JsonValue> | undefined)[];
  /** Which text each node takes, by the stamp's number (-1: none). */
  hole: number[];
}

export interface Stamp {
  /** The operations, node ids counted from 1. */
  ops: OpBatch;
  /** Where in `ops` a node id stands (to be moved to the item's ids). */
  ids: number[];
  /** Where in `ops` a hole's text stands, in order (an Op.Stamp carries as many texts). */
  holes: number[];
  /** The nodes no operation inserts: the item's top-level nodes, in order. */
  roots: number[];
  /** How many nodes it creates. */
  count: number;
  /** Its nodes made once (null: it is expanded for each item), made at its first item. */
  clone?: StampClone | null;
}

/** Operations a stamp may hold, with their argument counts. */
const ARITY: Partial<Record<Op, number>> = {
  [Op.CreateElement]: 2,
  [Op.CreateText]: 2,
  [Op.SetAttribute]: 3,
  [Op.SetClass]: 4,
  [Op.Insert]: 3,
};

/** Stamps defined in one view, by id; there are as many as lists in the app's templates, so they are kept. */
export class Stamps {
  private readonly defined = new Map<number, Stamp>();

  define(id: unknown, ops: unknown): void {
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) throw new ProtocolError(`bad stamp id ${JSON.stringify(id)}`);
    if (this.defined.has(id)) throw new ProtocolError(`stamp ${id} is already defined`);
    if (!Array.isArray(ops)) throw new ProtocolError('a stamp must be an array of operations');
    const ids: number[] = [];
    const holes: number[] = [];
    let count = 0;
    const inserted = new Set<number>();
    const node = (at: number): number => {
      const v = ops[at];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > count) throw new ProtocolError(`stamp ${id} names node ${JSON.stringify(v)} before creating it`);
      ids.push(at);
      return v;
    };
    let i = 0;
    while (i < ops.length) {
      const op = ops[i] as Op;
      const arity = typeof op === 'number' ? ARITY[op] : undefined;
      if (arity === undefined) throw new ProtocolError(`operation ${JSON.stringify(op)} is not allowed in a stamp`);
      if (i + arity >= ops.length) throw new ProtocolError(`stamp ${id} ends in the middle of an operation`);
      if (op === Op.CreateElement || op === Op.CreateText) {
        if (ops[i + 1] !== count + 1) throw new ProtocolError(`stamp ${id} must create its nodes as 1, 2, 3…`);
        count++;
        ids.push(i + 1);
        if (op === Op.CreateText && ops[i + 2] === null) holes.push(i + 2);
      } else if (op === Op.Insert) {
        node(i + 1);
        const child = node(i + 2);
        if (ops[i + 3] !== 0) throw new ProtocolError(`stamp ${id} may only append`);
        if (inserted.has(child)) throw new ProtocolError(`stamp ${id} inserts node ${child} twice`);
        inserted.add(child);
      } else {
        node(i + 1);
      }
      i += arity + 1;
    }
    const roots: number[] = [];
    for (let n = 1; n <= count; n++) if (!inserted.has(n)) roots.push(n);
    if (roots.length === 0) throw new ProtocolError(`stamp ${id} creates no node`);
    this.defined.set(id, { ops, ids, holes, roots, count });
  }

  /** Stamp `id`, for an item whose first node is `first`, once both are checked. */
  item(id: unknown, first: unknown): Stamp {
    const stamp = this.defined.get(id as number);
    if (stamp === undefined) throw new ProtocolError(`unknown stamp ${JSON.stringify(id)}`);
    if (typeof first !== 'number' || !Number.isInteger(first) || first <= 0) throw new ProtocolError(`bad node id ${JSON.stringify(first)}`);
    return stamp;
  }

  /** The operations that build one item of a stamp, its first node being `first`. */
  expand(stamp: Stamp, first: number, parent: unknown, before: unknown, texts: string[]): OpBatch {
    const ops = stamp.ops.slice();
    const shift = first - 1;
    for (const at of stamp.ids) (ops[at] as number) += shift;
    for (let h = 0; h < texts.length; h++) ops[stamp.holes[h]] = texts[h];
    for (const root of stamp.roots) ops.push(Op.Insert, parent as number, root + shift, before as number);
    return ops;
  }
}
