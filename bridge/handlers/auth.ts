// wx.authorize, getSetting, openSetting and the privacy APIs, over the permission engine.
import { SCOPES } from '../catalogue/entry.js';
import { ApiFail, type ApiHandler } from '../handler.js';
import type { PermissionEngine } from '../permissions/engine.js';

/** The authorization APIs' handlers. `scopes` adds the host's own scopes to WeChat's. */
export function authHandlers(engine: PermissionEngine, scopes: readonly string[] = []): Record<string, ApiHandler> {
  const known = new Set<string>([...SCOPES, ...scopes]);
  return {
    async authorize(args, context) {
      const scope = args.scope as string;
      if (!known.has(scope)) throw new ApiFail('invalid scope');
      if (!(await engine.ensureScope(scope, context.api))) throw new ApiFail('auth deny');
    },
    async getSetting() {
      return { authSetting: await engine.authSetting() };
    },
    async openSetting(_args, context) {
      return { authSetting: await engine.openSetting((page) => context.waitForUser(page)) };
    },
    async getPrivacySetting() {
      return { needAuthorization: !(await engine.privacyAgreed()), privacyContractName: engine.contractName };
    },
    async requirePrivacyAuthorize(_args, context) {
      if (!(await context.requestPrivacy())) throw new ApiFail('privacy permission is not authorized', { errno: 104 });
    },
  };
}
