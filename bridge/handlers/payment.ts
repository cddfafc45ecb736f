// wx.requestPayment: the payment provider checks the order, the user confirms it in the host, then
// the provider pays. One payment at a time per app.
import { ApiFail, type ApiCallContext, type ApiHandler } from '../handler.js';

/** The arguments of wx.requestPayment, validated. */
export interface PaymentOrder {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'MD5' | 'HMAC-SHA256' | 'RSA';
  paySign: string;
}

/** A payment service (WeChat Pay's, or a mock). */
export interface PaymentProvider {
  /** Checks the order and its signature; throws ApiFail when it is not payable. Returns what the user is shown. */
  verify(order: PaymentOrder, context: ApiCallContext): Promise<{ amount: number; description: string }>;
  /** Pays a verified, confirmed order. */
  pay(order: PaymentOrder, context: ApiCallContext): Promise<void>;
}

/** Asks the user to confirm a payment; true pays. */
export type PaymentConfirm = (request: { appId: string; amount: number; description: string }) => boolean | Promise<boolean>;

/** The `requestPayment` handler. */
export function paymentHandler(provider: PaymentProvider, confirm: PaymentConfirm): ApiHandler {
  let busy = false;
  return async (args, context) => {
    if (busy) throw new ApiFail('a payment is already in progress');
    busy = true;
    try {
      const order = args as unknown as PaymentOrder;
      if (!/^\d{10}$/.test(order.timeStamp)) throw new ApiFail('parameter error: parameter.timeStamp should be the seconds since 1970 as a String;');
      if (!order.package.startsWith('prepay_id=')) throw new ApiFail('parameter error: parameter.package should be "prepay_id=***";');
      const shown = await provider.verify(order, context);
      if (!(await confirm({ appId: context.appId, ...shown }))) throw new ApiFail('cancel');
      await provider.pay(order, context);
    } finally {
      busy = false;
    }
  };
}
