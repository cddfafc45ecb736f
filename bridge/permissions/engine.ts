// The permission engine, as WeChat defines it: location APIs must be declared in app.json
// (`requiredPrivateInfos`, and `permission` with the purpose of scope.userLocation); APIs touching
// personal information wait for the user's privacy consent; a scope's first use asks the host's
// consent prompt, and the answer is kept per app and user, so a denial fails later calls without
// asking (`auth deny`) until the settings page changes it.
import type { ApiEntry } from '../catalogue/entry.js';
import { emptyRecord, type PermissionRecord, type PermissionStore } from './store.js';

/** What the host's consent prompt is asked. */
export interface ConsentRequest {
  appId: string;
  scope: string;
  /** The purpose the mini-program gave in app.json's `permission` (shown to the user). */
  desc?: string;
  /** The API that needs it (`authorize` when asked ahead of use). */
  api: string;
}

/** Asks the user whether the app may use a scope; true grants it. */
export type ConsentPrompt = (request: ConsentRequest) => boolean | Promise<boolean>;

/** Asks the user to agree to the mini-program's privacy terms; true agrees. */
export type PrivacyPrompt = (request: { appId: string; api: string; contractName: string }) => boolean | Promise<boolean>;

/**
 * The host's settings page: shows the scopes asked so far and returns them as the user left them.
 * Scopes it adds that were never asked are ignored, as WeChat's page only lists asked ones.
 */
export type SettingsPage = (request: { appId: string; authSetting: Record<string, boolean> }) => Record<string, boolean> | Promise<Record<string, boolean>>;

/** app.json's declarations that the engine checks. */
export interface Declarations {
  permission: Record<string, { desc?: string }>;
  requiredPrivateInfos: string[];
}

export interface PermissionOptions {
  appId: string;
  user: string;
  store: PermissionStore;
  declarations: Declarations;
  prompt?: ConsentPrompt;
  privacyPrompt?: PrivacyPrompt;
  settings?: SettingsPage;
  /** The name of the mini-program's privacy terms (`getPrivacySetting`'s `privacyContractName`). */
  contractName?: string;
}

/** Scopes whose use needs its purpose declared in app.json's `permission`. */
const PURPOSE_REQUIRED = new Set(['scope.userLocation', 'scope.userFuzzyLocation', 'scope.userLocationBackground']);

export class PermissionEngine {
  private record: Promise<PermissionRecord> | null = null;
  /** One prompt per scope at a time: concurrent calls share its answer. */
  private readonly asking = new Map<string, Promise<boolean>>();

  constructor(private readonly options: PermissionOptions) {}

  get appId(): string {
    return this.options.appId;
  }

  get contractName(): string {
    return this.options.contractName ?? `${this.options.appId} privacy terms`;
  }

  /** WeChat's reason an API may not run because app.json lacks a declaration, or null. */
  declarationProblem(entry: ApiEntry): string | null {
    const { declarations } = this.options;
    if (entry.requiredPrivateInfo && !declarations.requiredPrivateInfos.includes(entry.name)) {
      return 'the api need to be declared in the requiredPrivateInfos field in app.json/ext.json';
    }
    if (entry.scope !== undefined && PURPOSE_REQUIRED.has(entry.scope) && typeof declarations.permission[entry.scope]?.desc !== 'string') {
      return '需要在app.json中声明permission字段';
    }
    return null;
  }

  /** Whether the user granted `scope`, asking them on first use. */
  async ensureScope(scope: string, api: string): Promise<boolean> {
    const record = await this.load();
    const known = record.authSetting[scope];
    if (known !== undefined) return known;
    let pending = this.asking.get(scope);
    if (pending === undefined) {
      pending = this.ask(scope, api).finally(() => this.asking.delete(scope));
      this.asking.set(scope, pending);
    }
    return pending;
  }

  /** Each scope asked so far and its answer (`getSetting`'s `authSetting`). */
  async authSetting(): Promise<Record<string, boolean>> {
    return { ...(await this.load()).authSetting };
  }

  /**
   * The settings page: the user may change earlier answers. Returns the new `authSetting`.
   * `whileShown` wraps the time the page is on screen (the app waits for its user then).
   */
  async openSetting(whileShown: <T>(page: Promise<T>) => Promise<T>): Promise<Record<string, boolean>> {
    const record = await this.load();
    const settings = this.options.settings;
    if (settings !== undefined) {
      const changed = await whileShown(Promise.resolve(settings({ appId: this.appId, authSetting: { ...record.authSetting } })));
      for (const scope of Object.keys(record.authSetting)) {
        if (typeof changed[scope] === 'boolean') record.authSetting[scope] = changed[scope];
      }
      await this.save();
    }
    return { ...record.authSetting };
  }

  async privacyAgreed(): Promise<boolean> {
    return (await this.load()).privacyAgreed;
  }

  /** Records that the user agreed to the privacy terms. */
  async agreePrivacy(): Promise<void> {
    (await this.load()).privacyAgreed = true;
    await this.save();
  }

  /** The host's own privacy prompt (when the mini-program registered no listener). */
  async promptPrivacy(api: string): Promise<boolean> {
    const prompt = this.options.privacyPrompt;
    const agreed = prompt === undefined ? false : (await prompt({ appId: this.appId, api, contractName: this.contractName })) === true;
    if (agreed) await this.agreePrivacy();
    return agreed;
  }

  private async ask(scope: string, api: string): Promise<boolean> {
    const prompt = this.options.prompt;
    // A host without a prompt cannot ask anyone: nothing is granted.
    const granted = prompt === undefined ? false : (await prompt({ appId: this.appId, scope, desc: this.options.declarations.permission[scope]?.desc, api })) === true;
    (await this.load()).authSetting[scope] = granted;
    await this.save();
    return granted;
  }

  private load(): Promise<PermissionRecord> {
    this.record ??= Promise.resolve(this.options.store.load(this.options.appId, this.options.user)).then((r) => r ?? emptyRecord());
    return this.record;
  }

  private async save(): Promise<void> {
    await this.options.store.save(this.options.appId, this.options.user, await this.load());
  }
}
