// Asynchronous API calls from the mini-program: the arguments go to the host, the answer comes
// back as a later task and goes to `success`/`fail` then `complete`, or settles the Promise the
// call returned when it was given no callback (as WeChat's APIs do).
import type { ApiAnswer } from '../../../bridge/protocol.js';
import { post } from '../host.js';
import { callUser, runningPage } from '../report.js';

type Callback = (res: unknown) => void;

/** What a wrapper of an API (wx.navigateTo's EventChannel) adds to a call. */
export interface CallHooks {
  /** The call got its id (before it goes to the host). */
  sent?(id: number): void;
  /** Turns the answer's result into what the callbacks see; `ok` says whether it succeeded. */
  settled?(res: Record<string, unknown>, ok: boolean, id: number): Record<string, unknown>;
}

interface PendingCall {
  api: string;
  id: number;
  hooks?: CallHooks;
  /** The page whose code made the call: its callbacks run as that page's code. */
  page: string | undefined;
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
  resolve?: (res: unknown) => void;
  reject?: (res: unknown) => void;
}

const pending = new Map<number, PendingCall>();
let lastId = 0;

function callbackOf(options: Record<string, unknown> | null, name: string): Callback | undefined {
  const fn = options?.[name];
  return typeof fn === 'function' ? (fn as Callback) : undefined;
}

/** Calls an asynchronous API. Returns a Promise when `options` has no success, fail or complete. */
export function invokeAsync(api: string, options: unknown, hooks?: CallHooks): Promise<unknown> | undefined {
  const args = options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : null;
  const id = ++lastId;
  const call: PendingCall = { api, id, hooks, page: runningPage(), success: callbackOf(args, 'success'), fail: callbackOf(args, 'fail'), complete: callbackOf(args, 'complete') };
  let promise: Promise<unknown> | undefined;
  if (call.success === undefined && call.fail === undefined && call.complete === undefined) {
    promise = new Promise((resolve, reject) => {
      call.resolve = resolve;
      call.reject = reject;
    });
  }
  try {
    hooks?.sent?.(id);
    // JSON leaves the callbacks out; what JSON cannot hold (a cycle, a BigInt) fails the call.
    post({ t: 'invoke', id, api, args: options === undefined ? {} : options });
    pending.set(id, call);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Callbacks always run in a later task than the call, as WeChat's do.
    void Promise.resolve().then(() => settle(call, { ok: false, res: { errMsg: `${api}:fail parameter error: ${reason}` } }));
  }
  return promise;
}

/** The host answered call `id`. An id that is not waiting is ignored. */
export function answerCall(id: number, answer: ApiAnswer): void {
  const call = pending.get(id);
  if (call === undefined) return;
  pending.delete(id);
  settle(call, answer);
}

function settle(call: PendingCall, answer: ApiAnswer): void {
  const res = call.hooks?.settled === undefined ? answer.res : call.hooks.settled(answer.res as Record<string, unknown>, answer.ok, call.id);
  if (call.resolve !== undefined) {
    if (answer.ok) call.resolve(res);
    else call.reject!(res);
    return;
  }
  const outcome = answer.ok ? call.success : call.fail;
  if (outcome !== undefined) callUser(outcome, undefined, [res], call.page, `${call.api} ${answer.ok ? 'success' : 'fail'} callback`);
  if (call.complete !== undefined) callUser(call.complete, undefined, [res], call.page, `${call.api} complete callback`);
}
