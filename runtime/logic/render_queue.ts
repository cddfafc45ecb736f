// Work that waits for the view: setData callbacks and onReady run once the batch holding their
// changes has been applied by the render layer. Batches are applied in the order they are sent;
// only those something waits for are acknowledged (the worker reads the mark `flush` puts on them).
import { hasOps, takeBatch } from './ops.js';

let waiting: (() => void)[] = [];
const inFlight: (() => void)[][] = [];

/** Runs `fn` after the render layer has applied the operations emitted so far. */
export function afterApplied(fn: () => void): void {
  waiting.push(fn);
}

/**
 * The batch to send at the end of a task, as JSON text ('' when there is nothing to send or wait
 * for), after a '!' when something waits for the view to apply it.
 */
export function flush(): string {
  if (waiting.length === 0) return hasOps() ? takeBatch() : '';
  inFlight.push(waiting);
  waiting = [];
  return `!${takeBatch()}`;
}

/** The render layer applied the oldest batch something waits for: run what waited. */
export function batchApplied(): void {
  const callbacks = inFlight.shift();
  if (callbacks !== undefined) for (const fn of callbacks) fn();
}
