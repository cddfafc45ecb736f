// Errors raised by mini-program code: classified, reported to the host and to App.onError.
import type { AppError, AppErrorKind } from '../../bridge/protocol.js';
import { memoryExhausted, post } from './host.js';

type ErrorListener = (message: string) => void;
let appErrorListener: ErrorListener | null = null;
let reporting = false;
/** Route of the page whose code runs now. An interrupt skips `finally`, so after one it still names that page. */
let running: string | undefined;

/** The page whose code was running last (for errors the worker sees, such as timeouts). */
export function runningPage(): string | undefined {
  return running;
}

/** Starts a new task: nothing of a page runs yet. */
export function resetRunningPage(): void {
  running = undefined;
}

/** App.onError, once App() is registered. */
export function setAppErrorListener(listener: ErrorListener | null): void {
  appErrorListener = listener;
}

/** What kind of failure an exception caught from mini-program code is. */
export function classify(error: unknown): AppErrorKind {
  if (error instanceof Error && error.name === 'InternalError') {
    if (error.message === 'stack overflow') return 'stack';
    if (error.message === 'out of memory') return 'memory';
  }
  if (error === null && memoryExhausted()) return 'memory';
  return 'exception';
}

const MAX_STACK_LINES = 12;

function describe(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) {
    const lines = (error.stack ?? '').split('\n').filter((l) => l.trim() !== '');
    const stack = lines.length > MAX_STACK_LINES
      ? [...lines.slice(0, MAX_STACK_LINES), `    … ${lines.length - MAX_STACK_LINES} more frames`].join('\n')
      : lines.join('\n');
    return { message: `${error.name}: ${error.message}`, stack: stack || undefined };
  }
  return { message: `Uncaught ${String(error)}` };
}

/**
 * Reports an exception thrown by mini-program code while `where` ran (e.g. `onLoad`) on page `page`.
 * A memory failure is fatal: the worker terminates the app after the task.
 */
export function reportError(error: unknown, page: string | undefined, where: string): void {
  const kind = classify(error);
  const { message, stack } = kind === 'memory' ? { message: 'InternalError: out of memory', stack: undefined } : describe(error);
  const text = `${message}${where ? ` (in ${where})` : ''}`;
  const report: AppError = { kind, page, message: text, stack, fatal: kind === 'memory' };
  post({ t: 'error', error: report });
  // App.onError must not be re-entered by an error it throws itself.
  if (appErrorListener && !reporting && kind !== 'memory') {
    reporting = true;
    try {
      appErrorListener(stack ? `${text}\n${stack}` : text);
    } catch (nested) {
      const inner = describe(nested);
      post({ t: 'error', error: { kind: classify(nested), page, message: `${inner.message} (in App.onError)`, stack: inner.stack, fatal: false } });
    } finally {
      reporting = false;
    }
  }
}

/** Something that wants to hear of the exceptions its own code throws (a component's `error` lifetime). */
interface ErrorObserver {
  __onError(error: unknown): void;
}

function observesErrors(self: unknown): self is ErrorObserver {
  return self !== null && typeof self === 'object' && typeof (self as Partial<ErrorObserver>).__onError === 'function';
}

/** Calls mini-program code, reporting (not rethrowing) what it throws. */
export function callUser<T>(fn: (...args: any[]) => T, self: unknown, args: unknown[], page: string | undefined, where: string): T | undefined {
  const outer = running;
  running = page;
  try {
    return fn.apply(self, args);
  } catch (error) {
    reportError(error, page, where);
    if (observesErrors(self)) self.__onError(error);
    return undefined;
  } finally {
    running = outer;
  }
}
