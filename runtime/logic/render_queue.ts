// Work that waits for the view: setData callbacks and onReady run once the batch holding their
// changes has been applied by the render layer. Batches are applied in the order they are sent.
import { hasOps, takeBatch } from './ops.js';

let waiting: (() => void)[] = [];
const inFlight: (() => void)[][] = [];

/** Runs `fn` after the render layer has applied the operations emitted so far. */
export function afterApplied(fn: () => void): void {
  waiting.push(fn);
}

/** The batch to send at the end of a task, as JSON text ('' when there is nothing to send or wait for). */
export function flush(): string {
  if (!hasOps() && waiting.length === 0) return '';
  inFlight.push(waiting);
  waiting = [];
  return takeBatch();
}

/** The render layer applied the oldest batch in flight: run what waited for it. */
export function batchApplied(): void {
  const callbacks = inFlight.shift();
  if (callbacks !== undefined) for (const fn of callbacks) fn();
}
