// The host side of every API call: the catalogue entry, argument validation, app.json's
// declarations, privacy consent and scopes, then the handler. Nothing the logic thread sends is
// trusted: an unknown API, bad arguments or a missing permission fail before any handler runs.
import { CATALOGUE, catalogueEntry, describeApi, handlerName, type ApiEntry, type Fields, type PrivacyClass } from './catalogue/index.js';
import { validateArgs } from './catalogue/schema.js';
import { ApiFail, type ApiCallContext, type ApiHandler } from './handler.js';
import type { PermissionEngine } from './permissions/engine.js';
import type { ApiAnswer, ApiDescriptor, JsonObject } from './protocol.js';

/** An API a host adds to `wx` (as TCMPP/FinClip extension APIs do). */
export interface ExtensionApi {
  name: string;
  /** The fields of its object argument. */
  params?: Fields;
  /** Served synchronously (`wx.<name>(…)` returns the result); its arguments are then positional. */
  sync?: boolean;
  /** A sync API's positional parameters, in order. */
  positional?: string[];
  /** The scope the user must grant first: WeChat's or the host's own (`scope.<name>`). */
  scope?: string;
  privacy?: PrivacyClass;
  handler: ApiHandler;
}

/** What one call may ask of the app it belongs to. */
export interface CallHooks {
  /** The logic thread's id of the call. */
  call: number;
  /** The mini-program's `onNeedPrivacyAuthorization` listener decides, or `none` when there is none. */
  needPrivacy?(api: string): Promise<'agree' | 'disagree' | 'none'>;
  waitForUser<T>(answer: Promise<T>): Promise<T>;
}

export interface BridgeOptions {
  appId: string;
  user: string;
  permissions: PermissionEngine;
  /** Handlers by API name (a sync form uses its async form's). */
  handlers: Record<string, ApiHandler>;
  extensions?: ExtensionApi[];
}

/** How the permission checks of one call went (what a devtools' Bridge panel shows). */
export interface PermissionDecision {
  /** app.json lacks a declaration the API needs: WeChat's reason. */
  declaration?: string;
  /** The privacy terms the API needs: agreed before, or asked now and the answer. */
  privacy?: 'agreed' | 'asked: agreed' | 'asked: refused';
  /** The scope the API needs: whether it is granted, and whether the user was asked now. */
  scope?: { name: string; granted: boolean; asked: boolean };
}

/** One call the bridge served, for a host that watches them. */
export interface ApiCallRecord {
  /** The logic thread's id of the call. */
  call: number;
  api: string;
  /** The arguments as the mini-program passed them (untrusted). */
  args: unknown;
  sync: boolean;
  /** When it was made (epoch ms, fractional) and how long until its answer, waiting for the user included. */
  startTime: number;
  duration: number;
  answer: ApiAnswer;
  permission: PermissionDecision;
}

/** Longest API name the bridge looks up. */
const MAX_NAME = 128;

/** Epoch milliseconds, fractional. */
const clock = (): number => performance.timeOrigin + performance.now();

export class Bridge {
  private readonly entries = new Map<string, ApiEntry>();
  private readonly handlers = new Map<string, ApiHandler>();
  private observer: ((record: ApiCallRecord) => void) | null = null;

  constructor(private readonly options: BridgeOptions) {
    for (const [name, handler] of Object.entries(options.handlers)) this.handlers.set(name, handler);
    for (const extension of options.extensions ?? []) {
      if (catalogueEntry(extension.name) !== undefined) throw new Error(`extension API "${extension.name}" has the name of a built-in API`);
      if (!/^[A-Za-z_$][\w$]*$/.test(extension.name)) throw new Error(`extension API name "${extension.name}" is not an identifier`);
      this.entries.set(extension.name, {
        name: extension.name,
        sync: extension.sync === true,
        params: extension.params ?? {},
        positional: extension.sync ? (extension.positional ?? []) : undefined,
        scope: extension.scope,
        privacy: extension.privacy,
        doc: 'host extension',
      });
      this.handlers.set(extension.name, extension.handler);
    }
  }

  /** The entry of an API the host serves (built-in or extension), if any. */
  entry(name: string): ApiEntry | undefined {
    const entry = this.entries.get(name) ?? catalogueEntry(name);
    return entry !== undefined && this.handlers.has(handlerName(entry)) ? entry : undefined;
  }

  /** Every API of the catalogue and the host's extensions, for the logic framework's `wx`. */
  descriptors(): ApiDescriptor[] {
    return [...CATALOGUE, ...this.entries.values()].map((entry) => describeApi(entry, this.handlers.has(handlerName(entry))));
  }

  /** Calls `listener` with every call once it is answered (one listener; null stops). */
  observe(listener: ((record: ApiCallRecord) => void) | null): void {
    this.observer = listener;
  }

  /** Serves one call. `sync` tells how it was made; `args` is untrusted. Never throws. */
  async invoke(api: unknown, args: unknown, sync: boolean, hooks: CallHooks): Promise<ApiAnswer> {
    const startTime = clock();
    const decision: PermissionDecision = {};
    let answer: ApiAnswer;
    try {
      answer = await this.serve(api, args, sync, hooks, decision);
    } catch (error) {
      // The host's own failure (a store that cannot be written): the call fails, the host goes on.
      answer = fail(typeof api === 'string' ? api : 'invoke', error instanceof Error ? error.message : String(error));
    }
    this.report(hooks.call, typeof api === 'string' ? api : String(api), args, sync, startTime, answer, decision);
    return answer;
  }

  private report(call: number, api: string, args: unknown, sync: boolean, startTime: number, answer: ApiAnswer, permission: PermissionDecision): void {
    if (this.observer === null) return;
    try {
      this.observer({ call, api: api.slice(0, MAX_NAME), args, sync, startTime, duration: clock() - startTime, answer, permission });
    } catch {
      // A watcher's failure is not the call's.
    }
  }

  private async serve(api: unknown, args: unknown, sync: boolean, hooks: CallHooks, decision: PermissionDecision): Promise<ApiAnswer> {
    if (typeof api !== 'string' || api.length === 0 || api.length > MAX_NAME) return fail(String(api).slice(0, MAX_NAME), 'not supported');
    const entry = this.entry(api);
    if (entry === undefined) return fail(api, 'not supported');
    if (entry.sync !== sync) return fail(api, sync ? 'is not a synchronous API' : 'is a synchronous API');
    const valid = validateArgs(entry.params, args);
    if (!valid.ok) return fail(api, valid.reason);

    const permissions = this.options.permissions;
    const problem = permissions.declarationProblem(entry);
    if (problem !== null) {
      decision.declaration = problem;
      return fail(api, problem);
    }
    if (entry.privacy !== undefined) {
      if (await permissions.privacyAgreed()) decision.privacy = 'agreed';
      else {
        const agreed = await this.askPrivacy(api, sync, hooks);
        decision.privacy = agreed ? 'asked: agreed' : 'asked: refused';
        if (!agreed) return fail(api, 'privacy permission is not authorized', { errno: 104 });
      }
    }
    if (entry.scope !== undefined) {
      const asked = this.observer !== null && (await permissions.authSetting())[entry.scope] === undefined;
      const granted = await permissions.ensureScope(entry.scope, api);
      decision.scope = { name: entry.scope, granted, asked };
      if (!granted) return fail(api, 'auth deny');
    }

    const handler = this.handlers.get(handlerName(entry))!;
    const context: ApiCallContext = {
      api,
      appId: this.options.appId,
      user: this.options.user,
      call: hooks.call,
      waitForUser: (answer) => hooks.waitForUser(answer),
      requestPrivacy: () => this.askPrivacy(api, sync, hooks),
    };
    try {
      const result = await handler(valid.value, context);
      return { ok: true, res: { ...(result ?? {}), errMsg: `${api}:ok` } };
    } catch (error) {
      if (error instanceof ApiFail) return fail(api, error.reason, error.extra);
      return fail(api, error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Serves an open capability of a built-in component (`<button open-type="getPhoneNumber">`): the
   * user's tap asked for it, not the mini-program's code, so it has no catalogue entry and no `wx`
   * API. Its privacy class needs consent first; the host's handler of that name serves it.
   */
  async capability(name: string, args: JsonObject, privacy: PrivacyClass | undefined, hooks: CallHooks): Promise<ApiAnswer> {
    const startTime = clock();
    const decision: PermissionDecision = {};
    const answer = await this.serveCapability(name, args, privacy, hooks, decision);
    this.report(hooks.call, name, args, false, startTime, answer, decision);
    return answer;
  }

  private async serveCapability(name: string, args: JsonObject, privacy: PrivacyClass | undefined, hooks: CallHooks, decision: PermissionDecision): Promise<ApiAnswer> {
    try {
      if (privacy !== undefined) {
        if (await this.options.permissions.privacyAgreed()) decision.privacy = 'agreed';
        else {
          const agreed = await this.askPrivacy(name, false, hooks);
          decision.privacy = agreed ? 'asked: agreed' : 'asked: refused';
          if (!agreed) return fail(name, 'privacy permission is not authorized', { errno: 104 });
        }
      }
      const handler = this.handlers.get(name);
      if (handler === undefined) return fail(name, 'not supported');
      const context: ApiCallContext = {
        api: name,
        appId: this.options.appId,
        user: this.options.user,
        call: hooks.call,
        waitForUser: (answer) => hooks.waitForUser(answer),
        requestPrivacy: () => this.askPrivacy(name, false, hooks),
      };
      const result = await handler(args, context);
      return { ok: true, res: { ...(result ?? {}), errMsg: `${name}:ok` } };
    } catch (error) {
      if (error instanceof ApiFail) return fail(name, error.reason, error.extra);
      return fail(name, error instanceof Error ? error.message : String(error));
    }
  }

  /** The user tapped a button that agrees to the privacy terms (`open-type="agreePrivacyAuthorization"`). */
  async agreePrivacy(): Promise<void> {
    await this.options.permissions.agreePrivacy();
  }

  /** Privacy consent: the mini-program's listener when it has one, else the host's prompt. */
  private async askPrivacy(api: string, sync: boolean, hooks: CallHooks): Promise<boolean> {
    const permissions = this.options.permissions;
    if (await permissions.privacyAgreed()) return true;
    // A blocked sync call cannot wait for the mini-program's own popup.
    const event = sync || hooks.needPrivacy === undefined ? 'none' : await hooks.needPrivacy(api);
    if (event === 'agree') {
      await permissions.agreePrivacy();
      return true;
    }
    if (event === 'disagree') return false;
    return permissions.promptPrivacy(api);
  }
}

/** A failed call's answer: `errMsg` is `<api>:fail <reason>`. */
export function fail(api: string, reason: string, extra: JsonObject = {}): ApiAnswer {
  return { ok: false, res: { ...extra, errMsg: `${api}:fail ${reason}` } };
}
