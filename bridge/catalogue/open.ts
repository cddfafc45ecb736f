// Open APIs: login, session, payment, the account.
import { api, type ApiEntry } from './entry.js';

const text = { type: 'string' } as const;

export const openApis: ApiEntry[] = [
  api({ name: 'login', sync: false, params: { timeout: { schema: { type: 'number', min: 0 } } }, doc: 'a one-time `code` from the host\'s login provider' }),
  api({ name: 'checkSession', sync: false, params: {}, doc: 'whether the session of the last login is still valid' }),
  api({
    name: 'requestPayment',
    sync: false,
    params: {
      timeStamp: { schema: text, required: true },
      nonceStr: { schema: { type: 'string', maxLength: 32 }, required: true },
      package: { schema: text, required: true },
      signType: { schema: { type: 'string', enum: ['MD5', 'HMAC-SHA256', 'RSA'] }, default: 'MD5' },
      paySign: { schema: text, required: true },
    },
    doc: 'the host\'s payment provider checks the order and the user confirms it; one payment at a time',
  }),
  api({ name: 'getAccountInfoSync', sync: true, positional: [], params: {}, doc: '`miniProgram.appId`, `envVersion`, `version`' }),
];
