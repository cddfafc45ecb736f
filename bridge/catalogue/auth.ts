// Authorization and privacy: scopes the user grants, the settings page, privacy consent.
import { api, type ApiEntry } from './entry.js';

export const authApis: ApiEntry[] = [
  api({ name: 'authorize', sync: false, params: { scope: { schema: { type: 'string' }, required: true } }, doc: 'asks the user for a scope ahead of use' }),
  api({ name: 'getSetting', sync: false, params: { withSubscriptions: { schema: { type: 'boolean' } } }, doc: '`authSetting`: each scope asked so far and its answer' }),
  api({ name: 'openSetting', sync: false, params: { withSubscriptions: { schema: { type: 'boolean' } } }, doc: 'the host\'s settings page, where the user changes earlier answers; `authSetting` after it' }),
  api({ name: 'getPrivacySetting', sync: false, params: {}, doc: '`needAuthorization` (the user has not agreed yet) and `privacyContractName`' }),
  api({ name: 'requirePrivacyAuthorize', sync: false, params: {}, doc: 'asks for privacy consent now (through `onNeedPrivacyAuthorization` or the host)' }),
];
