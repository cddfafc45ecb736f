// The interface between the bridge and the code that serves an API: a host's own handlers, the
// default ones in bridge/handlers, the render layer's. A real provider and a mock implement the
// same `ApiHandler`.
import type { JsonObject } from './protocol.js';

/** What a handler knows of the call it serves. */
export interface ApiCallContext {
  /** The API called (`getStorageSync` when a sync form shares `getStorage`'s handler). */
  api: string;
  appId: string;
  user: string;
  /** The logic thread's id of the call (0 for a call the host makes itself). */
  call: number;
  /**
   * Marks the call as waiting for the user (a modal on screen) until `answer` settles: an app
   * waiting only for its user is settled.
   */
  waitForUser<T>(answer: Promise<T>): Promise<T>;
  /** Asks for privacy consent (the mini-program's listener or the host's prompt); true when agreed. */
  requestPrivacy(): Promise<boolean>;
}

/**
 * Serves one API with validated arguments. It returns the result's fields (the bridge adds
 * `errMsg: "<api>:ok"`), or throws {@link ApiFail} for `errMsg: "<api>:fail <reason>"`.
 */
export type ApiHandler = (args: JsonObject, context: ApiCallContext) => JsonObject | void | Promise<JsonObject | void>;

/** Thrown by a handler to fail the call with WeChat's `<api>:fail <reason>`. */
export class ApiFail extends Error {
  override name = 'ApiFail';

  constructor(readonly reason: string, readonly extra: JsonObject = {}) {
    super(reason);
  }
}
