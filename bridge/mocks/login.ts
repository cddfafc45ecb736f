// A mock login server: wx.login gets a one-time code, which the mini-program's own server would
// exchange for a session (code2Session). It stands in for WeChat's login service, which is not on
// this machine; a real provider serves the same two handlers.
import { ApiFail, type ApiHandler } from '../handler.js';

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class MockLoginProvider {
  private readonly codes = new Map<string, { appId: string; user: string }>();
  private readonly sessions = new Map<string, number>();

  /** @param sessionMs how long a session lasts after a login (checkSession fails after it) */
  constructor(private readonly sessionMs = 30 * 24 * 3600 * 1000) {}

  /** Handlers for `login` and `checkSession`. */
  handlers(): Record<string, ApiHandler> {
    return {
      login: (_args, context) => {
        const code = `mock-${randomHex(16)}`;
        this.codes.set(code, { appId: context.appId, user: context.user });
        this.sessions.set(`${context.appId}\n${context.user}`, Date.now() + this.sessionMs);
        return { code };
      },
      checkSession: (_args, context) => {
        const until = this.sessions.get(`${context.appId}\n${context.user}`);
        if (until === undefined || until < Date.now()) throw new ApiFail('session time out');
      },
    };
  }

  /** The server side's code2Session: a code is good once, for the app it was issued to. */
  exchange(appId: string, code: string): { openid: string; session_key: string } {
    const issued = this.codes.get(code);
    if (issued === undefined || issued.appId !== appId) throw new Error('invalid code');
    return this.redeem(code);
  }

  /** code2Session for a server that serves any app: the code tells which (and is good once). */
  redeem(code: string): { appId: string; openid: string; session_key: string } {
    const issued = this.codes.get(code);
    if (issued === undefined) throw new Error('invalid code');
    this.codes.delete(code);
    return { appId: issued.appId, openid: `mock-openid-${issued.user}`, session_key: randomHex(16) };
  }
}
