// What the worker lends the logic framework: posting a message to the host, calling a `*Sync` API,
// sending DOM operations early, asking whether the heap is exhausted, and the clock for timers.
import type { ApiAnswer, FrameworkMessage } from '../../bridge/protocol.js';

declare const __host: {
  post(json: string): void;
  call(api: string, json: string): string;
  ops(json: string): void;
  memoryExhausted(): boolean;
  timer(id: number, delay: number): void;
  clearTimer(id: number): void;
  inject(name: string): boolean;
  now(): number;
};

/** Sends a message to the host (through the worker). */
export function post(message: FrameworkMessage): void {
  __host.post(JSON.stringify(message));
}

/** Calls a `*Sync` API: the worker blocks until the host answers (or the call times out). */
export function callSync(api: string, argsJson: string): ApiAnswer {
  return JSON.parse(__host.call(api, argsJson)) as ApiAnswer;
}

/** Sends the first part of a page's first render ahead of the rest (see ops.ts). */
export function sendEarly(json: string): void {
  __host.ops(json);
}

/**
 * True when the heap has grown to the memory limit. QuickJS throws `null` when it cannot even
 * allocate the error for an allocation that failed; this tells that apart from a `throw null`.
 */
export function memoryExhausted(): boolean {
  return __host.memoryExhausted();
}

/** Asks the worker to dispatch timer `id` after `delay` ms. */
export function scheduleTimer(id: number, delay: number): void {
  __host.timer(id, delay);
}

export function cancelTimer(id: number): void {
  __host.clearTimer(id);
}

/** Evaluates a chunk of the bundle (or logic.js itself, for an app launched into an independent subpackage). */
export function injectChunk(name: string): void {
  if (!__host.inject(name)) throw new Error(`the code of ${name} could not be evaluated`);
}

/** The clock of the worker (epoch ms, fractional), for the phases the framework measures. */
export function hostNow(): number {
  return __host.now();
}
