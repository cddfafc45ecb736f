// Network: HTTP requests through the host, to the domains it allows, at most 10 at a time.
import { api, type ApiEntry } from './entry.js';

export const networkApis: ApiEntry[] = [
  api({
    name: 'request',
    sync: false,
    params: {
      url: { schema: { type: 'string' }, required: true },
      data: { schema: { type: 'any' } },
      header: { schema: { type: 'record', values: { type: 'string' } }, default: {} },
      timeout: { schema: { type: 'number', min: 0 }, default: 60000 },
      method: { schema: { type: 'string', enum: ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT'] }, default: 'GET' },
      dataType: { schema: { type: 'string' }, default: 'json' },
      responseType: { schema: { type: 'string', enum: ['text'] }, default: 'text' },
    },
    doc: '`data`, `statusCode`, `header` of an HTTP response; only to the host\'s allowed domains',
    partial: "responseType 'text' only; no RequestTask (abort, progress)",
  }),
  api({ name: 'getNetworkType', sync: false, params: {}, doc: '`networkType` as the host reports it' }),
];
