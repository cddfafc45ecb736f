// The batch of DOM operations being built during the current task. Compiled templates and
// lifecycles append to it; the worker takes it with `flush()` at the end of every task.
import { Op, type CanvasCommand, type JsonValue, type OpBatch } from '../../bridge/protocol.js';
import { sendEarly } from './host.js';

let batch: OpBatch = [];
let lastId = 0;
/** The drawing commands of each canvas in the batch being built (one CanvasDraw operation each). */
let drawings = new Map<number, CanvasCommand[]>();

/**
 * Batch lengths past which a first render sends what it has built so far: the first part small, so
 * that the view starts soon, each next one twice as long up to the largest, so that a long list is
 * not sent in thousands of messages.
 */
const FIRST_PART = 256;
const LARGEST_PART = 2048;
let earlyAt = Infinity;
/**
 * What the batch's stamped items add to its length: each Op.Stamp counts as the operations it
 * stands for, so that a part holds as much of the view's work with stamps as without.
 */
let stampedExtra = 0;

/**
 * While a page renders for the first time its nodes stay detached until the page is attached, so
 * parts of the batch can go to the view early: it builds them while this thread goes on.
 */
export function sendPartsEarly(on: boolean): void {
  earlyAt = on ? FIRST_PART : Infinity;
}

function spill(): void {
  if (batch.length + stampedExtra < earlyAt) return;
  sendEarly(takeBatch());
  if (earlyAt < LARGEST_PART) earlyAt *= 2;
}

/** Allocates a node id. Ids are never reused within one app. */
export function newNodeId(): number {
  return ++lastId;
}

export function createElement(tag: string): number {
  const id = ++lastId;
  batch.push(Op.CreateElement, id, tag);
  spill();
  return id;
}

export function createText(text: string): number {
  const id = ++lastId;
  batch.push(Op.CreateText, id, text);
  spill();
  return id;
}

export function setAttribute(id: number, name: string, value: JsonValue): void {
  batch.push(Op.SetAttribute, id, name, value);
}

/** Sets a class-list attribute whose DOM form (`scoped`) differs from the template's (`logical`). */
export function setClass(id: number, name: string, logical: string | null, scoped: string): void {
  batch.push(Op.SetClass, id, name, logical, scoped);
}

export function removeAttribute(id: number, name: string): void {
  batch.push(Op.RemoveAttribute, id, name);
}

export function setText(id: number, text: string): void {
  batch.push(Op.SetText, id, text);
}

/** Inserts `child` into `parent` before `before` (0: append). */
export function insert(parent: number, child: number, before: number): void {
  batch.push(Op.Insert, parent, child, before);
}

export function remove(id: number): void {
  batch.push(Op.Remove, id);
}

export function attachPage(root: number, route: string): void {
  batch.push(Op.AttachPage, root, route);
}

export function detachPage(root: number): void {
  batch.push(Op.DetachPage, root);
}

/**
 * The list the drawing commands of canvas `id` go to in this batch: a CanvasDraw operation, placed
 * where the canvas was first drawn on during the batch.
 */
export function canvasCommands(id: number): CanvasCommand[] {
  let commands = drawings.get(id);
  if (commands === undefined) {
    drawings.set(id, (commands = []));
    batch.push(Op.CanvasDraw, id, commands);
  }
  return commands;
}

let lastStamp = 0;
/** The length of each stamp's operations, by id. */
const stampLengths: number[] = [];

/**
 * The operations `build` emits, taken out of the batch (and never sent early), with the node ids it
 * created counted from 1: a stamp's definition. The text of the nodes in `holes` (ids as created)
 * becomes null, a hole. Ids outside the ones it created are refused.
 */
export function recordStamp(build: () => void, holes: ReadonlySet<number>): OpBatch {
  const outer = batch;
  const outerEarly = earlyAt;
  const base = lastId;
  batch = [];
  earlyAt = Infinity;
  let recorded: OpBatch;
  try {
    build();
  } finally {
    recorded = batch;
    batch = outer;
    earlyAt = outerEarly;
  }
  const own = (id: unknown): number => {
    const n = (id as number) - base;
    if (!(n >= 1 && n <= lastId - base)) throw new Error(`a stamp names node ${String(id)}, which it did not create`);
    return n;
  };
  for (let i = 0; i < recorded.length; ) {
    const op = recorded[i] as Op;
    if (op === Op.CreateElement || op === Op.CreateText) {
      if (op === Op.CreateText && holes.has(recorded[i + 1] as number)) recorded[i + 2] = null;
      recorded[i + 1] = own(recorded[i + 1]);
      i += 3;
    } else if (op === Op.SetAttribute) {
      recorded[i + 1] = own(recorded[i + 1]);
      i += 4;
    } else if (op === Op.SetClass) {
      recorded[i + 1] = own(recorded[i + 1]);
      i += 5;
    } else if (op === Op.Insert) {
      recorded[i + 1] = own(recorded[i + 1]);
      recorded[i + 2] = own(recorded[i + 2]);
      i += 4;
    } else {
      throw new Error(`operation ${op} cannot be part of a stamp`);
    }
  }
  return recorded;
}

/** The entries of an Op.Stamp in a batch, before its texts. */
const STAMP_LENGTH = 5;

/** Sends a stamp's definition (see {@link recordStamp}); returns its id. */
export function defineStamp(ops: OpBatch): number {
  const id = ++lastStamp;
  stampLengths[id] = ops.length;
  batch.push(Op.DefineStamp, id, ops);
  return id;
}

/**
 * Builds an item of stamp `stampId` of `count` nodes into `parent` before `before`, its holes
 * filled with `texts`; returns the id of its first node.
 */
export function stamp(stampId: number, count: number, parent: number, before: number, texts: readonly string[]): number {
  const first = lastId + 1;
  lastId += count;
  batch.push(Op.Stamp, stampId, first, parent, before);
  for (let i = 0; i < texts.length; i++) batch.push(texts[i]);
  stampedExtra += stampLengths[stampId] - STAMP_LENGTH - texts.length;
  spill();
  return first;
}

/** True when operations are waiting to be sent. */
export function hasOps(): boolean {
  return batch.length > 0;
}

/** Takes the batch as JSON text and starts a new one. */
export function takeBatch(): string {
  let text: string;
  try {
    text = JSON.stringify(batch);
  } catch {
    // A value JSON cannot write (a BigInt deep in an attribute's object) becomes its string.
    text = JSON.stringify(batch, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
  }
  batch = [];
  stampedExtra = 0;
  if (drawings.size > 0) drawings = new Map();
  return text;
}
