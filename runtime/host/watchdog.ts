// The host's watch over the logic thread: the worker updates two shared words around every task
// (a task counter and a busy flag). A task that stays busy past its deadline and a grace period
// means QuickJS's own interrupt did not stop it (a stuck host call, a hung worker): `stuck` is
// told, and the host terminates the thread.
import { Heartbeat } from './logic_thread.js';

/** Beyond a task's deadline, how long the watchdog waits for the worker's own interrupt. */
export const WATCHDOG_GRACE_MS = 1000;

/** Starts watching; returns what stops it. */
export function startWatchdog(heartbeat: Int32Array, taskTimeoutMs: number, stuck: (ms: number) => void): () => void {
  let lastTask = -1;
  let since = 0;
  const timer = setInterval(() => {
    const task = Atomics.load(heartbeat, Heartbeat.Task);
    const busy = Atomics.load(heartbeat, Heartbeat.Busy) === 1;
    if (!busy || task !== lastTask) {
      lastTask = task;
      since = Date.now();
      return;
    }
    if (Date.now() - since > taskTimeoutMs + WATCHDOG_GRACE_MS) stuck(Date.now() - since);
  }, 250);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
