// setTimeout / setInterval / clearTimeout / clearInterval in the logic thread. The worker keeps the
// clock: each timer is scheduled there and, when due, runs as a task of its own (under the task
// deadline). A mini-program may have at most MAX_TIMERS pending.
import { callUser } from './report.js';
import { cancelTimer, scheduleTimer } from './host.js';

interface Timer {
  fn: (...args: unknown[]) => unknown;
  args: unknown[];
  /** The period of an interval; null for a timeout. */
  interval: number | null;
}

const MAX_TIMERS = 10000;
const timers = new Map<number, Timer>();
let lastId = 0;

function delayOf(value: unknown): number {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

function add(fn: unknown, delay: unknown, args: unknown[], repeat: boolean): number {
  if (typeof fn !== 'function') throw new TypeError('the callback of a timer must be a function');
  if (timers.size >= MAX_TIMERS) throw new RangeError(`too many pending timers (at most ${MAX_TIMERS})`);
  const id = ++lastId;
  const ms = delayOf(delay);
  timers.set(id, { fn: fn as Timer['fn'], args, interval: repeat ? ms : null });
  scheduleTimer(id, ms);
  return id;
}

export function setTimeout(fn: unknown, delay?: unknown, ...args: unknown[]): number {
  return add(fn, delay, args, false);
}

export function setInterval(fn: unknown, delay?: unknown, ...args: unknown[]): number {
  return add(fn, delay, args, true);
}

export function clearTimer(id: unknown): void {
  if (typeof id !== 'number' || !timers.delete(id)) return;
  cancelTimer(id);
}

/** The timer globals, as a context (the app's, a Worker's) has them. */
export const TIMER_GLOBALS = { setTimeout, setInterval, clearTimeout: clearTimer, clearInterval: clearTimer };

/** Timer `id` is due: run it (an interval is scheduled again first). */
export function fireTimer(id: number): void {
  const timer = timers.get(id);
  if (timer === undefined) return;
  if (timer.interval === null) timers.delete(id);
  else scheduleTimer(id, timer.interval);
  callUser(timer.fn, undefined, timer.args, undefined, timer.interval === null ? 'setTimeout' : 'setInterval');
}
