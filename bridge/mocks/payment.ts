// A mock of WeChat Pay: a merchant server creates an order (a prepay id) and signs the parameters
// of wx.requestPayment with its key (HMAC-SHA256); the mock checks the order exists, is unpaid and
// is signed right. It stands in for the payment service, which is not on this machine.
import { ApiFail } from '../handler.js';
import type { PaymentOrder, PaymentProvider } from '../handlers/payment.js';

const encoder = new TextEncoder();

async function hmacSha256(key: string, text: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
  return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** WeChat Pay's string to sign: the parameters sorted by name, then the merchant key. */
function stringToSign(appId: string, order: Omit<PaymentOrder, 'paySign'>, key: string): string {
  const fields: Record<string, string> = { appId, nonceStr: order.nonceStr, package: order.package, signType: order.signType, timeStamp: order.timeStamp };
  return `${Object.keys(fields).sort().map((k) => `${k}=${fields[k]}`).join('&')}&key=${key}`;
}

export class MockPaymentProvider implements PaymentProvider {
  private readonly orders = new Map<string, { appId: string; amount: number; description: string; paid: boolean }>();
  private next = 1;

  constructor(private readonly merchantKey = 'mock-merchant-key') {}

  /** The merchant server's part: an order, and the signed arguments for wx.requestPayment. */
  async createOrder(appId: string, amount: number, description: string): Promise<PaymentOrder> {
    const prepayId = `mock_prepay_${this.next++}`;
    this.orders.set(prepayId, { appId, amount, description, paid: false });
    const order = { timeStamp: String(Math.floor(Date.now() / 1000)), nonceStr: `n${prepayId}`, package: `prepay_id=${prepayId}`, signType: 'HMAC-SHA256' as const };
    return { ...order, paySign: await hmacSha256(this.merchantKey, stringToSign(appId, order, this.merchantKey)) };
  }

  /** Whether an order was paid. */
  paid(prepayId: string): boolean {
    return this.orders.get(prepayId)?.paid === true;
  }

  async verify(order: PaymentOrder, context: { appId: string }): Promise<{ amount: number; description: string }> {
    const found = this.orders.get(order.package.slice('prepay_id='.length));
    if (found === undefined || found.appId !== context.appId) throw new ApiFail('invalid prepay_id');
    if (found.paid) throw new ApiFail('order paid');
    if (order.signType !== 'HMAC-SHA256') throw new ApiFail('the mock payment provider checks HMAC-SHA256 signatures only');
    if ((await hmacSha256(this.merchantKey, stringToSign(context.appId, order, this.merchantKey))) !== order.paySign) throw new ApiFail('invalid paySign');
    return { amount: found.amount, description: found.description };
  }

  async pay(order: PaymentOrder): Promise<void> {
    this.orders.get(order.package.slice('prepay_id='.length))!.paid = true;
  }
}
