// A mock merchant server: a mini-program's own back end, reached with wx.request. It signs the user
// in (the wx.login code exchanged as code2Session does) and creates orders with the payment service,
// answering the signed arguments of wx.requestPayment. It stands in for a server that is not on this
// machine, behind what a real one is reached through: fetch.
//   POST /login   { code }                  → { token, openid }
//   POST /orders  { amount, description }   → { orderId, payment }   (header Authorization: Bearer <token>)
//   GET  /orders/<orderId>                  → { orderId, amount, paid }
import type { RequestOptions } from '../handlers/request.js';
import type { MockLoginProvider } from './login.js';
import type { MockPaymentProvider } from './payment.js';

/** Where the templates' shop finds its server. */
export const MOCK_MERCHANT_ORIGIN = 'https://merchant.miniapp.test';

/** Longest description of an order, and the largest amount (fen) the mock accepts. */
const MAX_DESCRIPTION = 127;
const MAX_AMOUNT = 100_000_000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function readJson(init: RequestInit | undefined): Promise<Record<string, unknown> | null> {
  if (typeof init?.body !== 'string') return null;
  try {
    const value = JSON.parse(init.body) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function header(init: RequestInit | undefined, name: string): string | null {
  return new Headers(init?.headers).get(name);
}

export class MockMerchantServer {
  readonly origin = MOCK_MERCHANT_ORIGIN;
  /** Session tokens → the signed-in user of an app. */
  private readonly sessions = new Map<string, { appId: string; openid: string }>();
  private readonly orders = new Map<string, { appId: string; openid: string; amount: number }>();

  constructor(
    private readonly login: MockLoginProvider,
    private readonly payment: MockPaymentProvider,
  ) {}

  /** The server, as fetch reaches it. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== this.origin) return json(404, { error: 'not this server' });
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method === 'POST' && url.pathname === '/login') return this.signIn(await readJson(init));
    if (method === 'POST' && url.pathname === '/orders') return this.createOrder(header(init, 'authorization'), await readJson(init));
    const order = /^\/orders\/([\w-]+)$/.exec(url.pathname);
    if (method === 'GET' && order !== null) return this.showOrder(header(init, 'authorization'), order[1]);
    return json(404, { error: `no ${method} ${url.pathname}` });
  };

  /** wx.request's options with this server reachable (beside `domains`, reached with the platform's fetch). */
  requestOptions(domains: string[] = []): RequestOptions {
    return {
      domains: [...domains, this.origin],
      fetch: (input, init) => (new URL(input instanceof Request ? input.url : String(input)).origin === this.origin ? this.fetch(input, init) : fetch(input, init)),
    };
  }

  /** Whether the order was paid. */
  paid(orderId: string): boolean {
    return this.payment.paid(orderId);
  }

  private signIn(body: Record<string, unknown> | null): Response {
    if (typeof body?.code !== 'string') return json(400, { error: 'a code is needed' });
    let session: { appId: string; openid: string };
    try {
      session = this.login.redeem(body.code);
    } catch {
      return json(401, { error: 'invalid code' });
    }
    const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    this.sessions.set(token, { appId: session.appId, openid: session.openid });
    return json(200, { token, openid: session.openid });
  }

  private session(authorization: string | null): { appId: string; openid: string } | undefined {
    const token = /^Bearer (\w+)$/.exec(authorization ?? '')?.[1];
    return token === undefined ? undefined : this.sessions.get(token);
  }

  private async createOrder(authorization: string | null, body: Record<string, unknown> | null): Promise<Response> {
    const session = this.session(authorization);
    if (session === undefined) return json(401, { error: 'sign in first' });
    const amount = body?.amount;
    const description = body?.description;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > MAX_AMOUNT) return json(400, { error: 'amount is a whole number of fen, at least 1' });
    if (typeof description !== 'string' || description === '' || description.length > MAX_DESCRIPTION) return json(400, { error: `description is a text of 1 to ${MAX_DESCRIPTION} characters` });
    const payment = await this.payment.createOrder(session.appId, amount, description);
    const orderId = payment.package.slice('prepay_id='.length);
    this.orders.set(orderId, { ...session, amount });
    return json(200, { orderId, payment });
  }

  private showOrder(authorization: string | null, orderId: string): Response {
    const session = this.session(authorization);
    const order = this.orders.get(orderId);
    if (session === undefined) return json(401, { error: 'sign in first' });
    if (order === undefined || order.openid !== session.openid || order.appId !== session.appId) return json(404, { error: 'no such order' });
    return json(200, { orderId, amount: order.amount, paid: this.payment.paid(orderId) });
  }
}
