// `*Sync` APIs: the call blocks the logic thread until the host answers, then returns the result
// (or the field the API returns) or throws an Error whose message is the `errMsg`, as WeChat's do.
import type { ApiDescriptor } from '../../../bridge/protocol.js';
import { callSync } from '../host.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Calls a sync API with the arguments the mini-program passed. */
export function invokeSync(api: ApiDescriptor, args: unknown[]): unknown {
  const positional = api.positional ?? [];
  let object: Record<string, unknown> = {};
  // A sync API without positional parameters takes its options as one object, if any.
  if (positional.length === 0 && isPlainObject(args[0])) object = args[0];
  else {
    // A loop, not forEach: this runs on every sync call, and QuickJS pays for each closure call.
    for (let i = 0; i < positional.length; i++) if (args[i] !== undefined) object[positional[i]] = args[i];
  }
  let json: string;
  try {
    json = JSON.stringify(object);
  } catch (error) {
    throw new Error(`${api.name}:fail parameter error: ${error instanceof Error ? error.message : String(error)}`);
  }
  const answer = callSync(api.name, json);
  if (!answer.ok) throw new Error(answer.res.errMsg);
  const res: Record<string, unknown> = answer.res;
  if (api.returns !== undefined) return res[api.returns];
  delete res.errMsg;
  return res;
}
