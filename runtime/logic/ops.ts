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
 * While a page renders for the first time its nodes stay detached until the page is attached, so
 * parts of the batch can go to the view early: it builds them while this thread goes on.
 */
export function sendPartsEarly(on: boolean): void {
  earlyAt = on ? FIRST_PART : Infinity;
}

function spill(): void {
  if (batch.length < earlyAt) return;
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
  if (drawings.size > 0) drawings = new Map();
  return text;
}
