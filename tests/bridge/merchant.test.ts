// The mock merchant server (the shop template's back end), reached as wx.request reaches it: a
// login code signs in once, orders need a session, and the order it creates is one wx.requestPayment accepts.
import { describe, expect, it } from 'vitest';
import { ApiFail, MockLoginProvider, MockMerchantServer, MockPaymentProvider } from '../../runtime/host/index.js';
import type { ApiCallContext } from '../../bridge/handler.js';

const context = (appId: string, user = 'default') => ({ appId, user }) as ApiCallContext;

async function call(server: MockMerchantServer, method: string, path: string, body?: unknown, token?: string) {
  const response = await server.fetch(`${server.origin}${path}`, {
    method,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the mock merchant server', () => {
  it('signs in with a login code once, and creates an order the payment service accepts for that app', async () => {
    const login = new MockLoginProvider();
    const payment = new MockPaymentProvider();
    const server = new MockMerchantServer(login, payment);
    const { code } = login.handlers().login({}, context('wxshop')) as { code: string };

    const signedIn = await call(server, 'POST', '/login', { code });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.openid).toBe('mock-openid-default');
    expect((await call(server, 'POST', '/login', { code })).status).toBe(401);

    const token = signedIn.body.token as string;
    const order = await call(server, 'POST', '/orders', { amount: 1280, description: 'Tea' }, token);
    expect(order.status).toBe(200);
    const params = order.body.payment as Parameters<MockPaymentProvider['verify']>[0];
    expect(await payment.verify(params, context('wxshop'))).toEqual({ amount: 1280, description: 'Tea' });
    await expect(payment.verify(params, context('wxother'))).rejects.toThrow(ApiFail);
    await payment.pay(params);
    expect((await call(server, 'GET', `/orders/${order.body.orderId as string}`, undefined, token)).body).toEqual({ orderId: order.body.orderId, amount: 1280, paid: true });
  });

  it('refuses orders without a session, with a bad amount, and shows an order to its own user only', async () => {
    const login = new MockLoginProvider();
    const server = new MockMerchantServer(login, new MockPaymentProvider());
    const signIn = async (user: string) => {
      const { code } = login.handlers().login({}, context('wxshop', user)) as { code: string };
      return (await call(server, 'POST', '/login', { code })).body.token as string;
    };
    expect((await call(server, 'POST', '/orders', { amount: 1, description: 'x' })).status).toBe(401);
    const ann = await signIn('ann');
    expect((await call(server, 'POST', '/orders', { amount: 0.5, description: 'x' }, ann)).body.error).toBe('amount is a whole number of fen, at least 1');
    expect((await call(server, 'POST', '/orders', { amount: 5, description: '' }, ann)).status).toBe(400);
    const order = await call(server, 'POST', '/orders', { amount: 5, description: 'x' }, ann);
    const bo = await signIn('bo');
    expect((await call(server, 'GET', `/orders/${order.body.orderId as string}`, undefined, bo)).status).toBe(404);
    expect((await call(server, 'DELETE', '/orders', undefined, ann)).status).toBe(404);
  });
});
