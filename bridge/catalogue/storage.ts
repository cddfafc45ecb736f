// Storage: one key-value store per app and user; 1 MB a key, 10 MB in all.
import { api, syncForm, type ApiEntry } from './entry.js';

const key = { schema: { type: 'string' }, required: true } as const;

const setStorage = api({ name: 'setStorage', sync: false, params: { key, data: { schema: { type: 'any' }, required: true } }, doc: 'stores `data` (any JSON value) under `key`' });
const getStorage = api({ name: 'getStorage', sync: false, params: { key }, doc: '`data` stored under `key`; fails with `data not found`' });
const removeStorage = api({ name: 'removeStorage', sync: false, params: { key }, doc: 'removes `key`' });
const clearStorage = api({ name: 'clearStorage', sync: false, params: {}, doc: 'removes every key' });
const getStorageInfo = api({ name: 'getStorageInfo', sync: false, params: {}, doc: '`keys`, `currentSize` and `limitSize` (KB)' });

export const storageApis: ApiEntry[] = [
  setStorage,
  getStorage,
  removeStorage,
  clearStorage,
  getStorageInfo,
  syncForm(setStorage, ['key', 'data']),
  syncForm(getStorage, ['key'], 'data'),
  syncForm(removeStorage, ['key']),
  syncForm(clearStorage, []),
  syncForm(getStorageInfo, []),
];
