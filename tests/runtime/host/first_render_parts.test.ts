// A first render goes to the view in parts while the logic thread goes on building it: a small
// first part, each next one twice as long up to 2,048 array entries, a stamped item counting as
// its stamp's operations (spec/protocol.md, "Early parts of a first render"). Built-ins in the early parts come to life once the page is shown, and
// their events reach it. An update to a shown page is never split.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Op, type LogicBatch } from '../../../bridge/protocol.js';
import { compileProject } from '../../../compiler/index.js';
import { MiniApp } from '../../../runtime/host/index.js';
import { nodePlatform } from '../../../runtime/host/node/platform.js';
import type { WorkerListeners } from '../../../runtime/host/platform.js';
import { fixture } from '../../helpers/app.js';

/**
 * How far past its length a part may go: it is cut when the next node is created, after the
 * operations that place and style the one before.
 */
const SLACK = 64;

let app: MiniApp;
let window: Window;
/** The ops messages the view received, as [array entries, more]. */
const received: [number, boolean][] = [];
/** Each stamp's operations, by id. */
const stamps = new Map<number, unknown[]>();
/** How many list items came as one Op.Stamp each. */
let stamped = 0;

/**
 * The length of a batch, counting each stamped item (Op.Stamp and its texts) as the operations of
 * its stamp: the view's work, which parts are cut by.
 */
function size(ops: unknown[]): number {
  let length = ops.length;
  for (let i = 0; i < ops.length; ) {
    const op = ops[i] as number;
    if (op === Op.DefineStamp) stamps.set(ops[i + 1] as number, ops[i + 2] as unknown[]);
    if (op === Op.Stamp) {
      const stamp = stamps.get(ops[i + 1] as number)!;
      const texts = holesOf(stamp);
      length += stamp.length - 5 - texts;
      stamped++;
      i += 5 + texts;
    } else i += 1 + ARITY[op];
  }
  return length;
}

/** The holes of a stamp: its CreateTexts of null text. */
function holesOf(stamp: unknown[]): number {
  let holes = 0;
  for (let i = 0; i < stamp.length; i += 1 + ARITY[stamp[i] as number]) if (stamp[i] === Op.CreateText && stamp[i + 2] === null) holes++;
  return holes;
}

/** The arguments of each operation (bridge/protocol.ts, OpArgs); a Stamp's texts are counted from its stamp. */
const ARITY: Record<number, number> = { 1: 2, 2: 2, 3: 3, 4: 2, 5: 2, 6: 3, 7: 1, 8: 2, 9: 1, 10: 4, 11: 2, 12: 2 };

beforeAll(async () => {
  const { bundle } = compileProject(fixture('long-list'));
  window = new Window();
  const platform = {
    ...nodePlatform,
    startWorker: (listeners: WorkerListeners) =>
      nodePlatform.startWorker({
        ...listeners,
        message(messages: LogicBatch) {
          for (const message of messages) if (message.t === 'ops') received.push([size(JSON.parse(message.ops) as unknown[]), message.more === true]);
          listeners.message(messages);
        },
      }),
  };
  app = new MiniApp({ bundle, container: window.document.body as unknown as Element }, platform);
  await app.ready;
  await app.settled();
});
afterAll(async () => {
  await app.close();
  await window.happyDOM.close();
});

const titles = () => Array.from(window.document.querySelectorAll('.title')).map((t) => t.textContent);

describe('the first render in parts', () => {
  it('comes as a small first part and parts twice as long up to 2,048 entries, and shows the whole page', () => {
    const parts = received.filter(([, more]) => more).map(([length]) => length);
    expect(received.at(-1)?.[1]).toBe(false);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    let limit = 256;
    for (const length of parts) {
      expect(length).toBeGreaterThanOrEqual(limit);
      expect(length).toBeLessThan(limit + SLACK);
      limit = Math.min(limit * 2, 2048);
    }
    expect(limit).toBe(2048);
    expect(titles()).toEqual(Array.from({ length: 400 }, (_, i) => `Item ${i}`));
    // The list's body is plain: each item is one Op.Stamp of its one stamp.
    expect(stamps.size).toBe(1);
    expect(stamped).toBe(400);
  });

  it('the events of images in an early part reach the page once it is shown', async () => {
    await expect.poll(() => window.document.querySelector('#events')?.textContent).toContain('load picture true');
    expect(window.document.querySelector('#events')?.textContent).toContain('error broken true');
  });

  it('an update of the shown page comes in one message', async () => {
    const before = received.length;
    window.document.querySelector('#rename')!.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    await app.settled();
    expect(received.slice(before)).toEqual([[expect.any(Number), false]]);
    expect(titles()[399]).toBe('Renamed 399');
  });
});
