// wx.setStorage and the rest, sync forms included, over one app's StorageArea, with WeChat's
// limits: 1 MB a key and 10 MB in all.
import { ApiFail, type ApiHandler } from '../handler.js';
import type { JsonObject } from '../protocol.js';
import { byteLength, type StorageArea } from '../storage/area.js';

/** Largest JSON text of one value. */
export const MAX_ITEM_BYTES = 1024 * 1024;
/** Largest total of keys and values. */
export const MAX_TOTAL_BYTES = 10 * 1024 * 1024;

/** The storage APIs' handlers over the area `open` gives (opened once, on first use). */
export function storageHandlers(open: () => Promise<StorageArea>): Record<string, ApiHandler> {
  let area: Promise<StorageArea> | null = null;
  const storage = () => (area ??= open());
  return {
    async setStorage(args) {
      const key = args.key as string;
      const json = JSON.stringify(args.data);
      const store = await storage();
      const size = byteLength(json);
      if (size > MAX_ITEM_BYTES) throw new ApiFail('exceed storage item max length');
      const old = store.get(key);
      const total = store.size() - (old === undefined ? 0 : byteLength(key) + byteLength(old)) + byteLength(key) + size;
      if (total > MAX_TOTAL_BYTES) throw new ApiFail('exceed storage max size 10Mb');
      await store.set(key, json);
    },
    async getStorage(args, context) {
      const text = (await storage()).get(args.key as string);
      if (text === undefined) {
        // getStorageSync answers an empty string for a missing key; getStorage fails.
        if (context.api === 'getStorageSync') return { data: '' };
        throw new ApiFail('data not found');
      }
      return { data: JSON.parse(text) as JsonObject };
    },
    async removeStorage(args) {
      await (await storage()).remove(args.key as string);
    },
    async clearStorage() {
      await (await storage()).clear();
    },
    async getStorageInfo() {
      const store = await storage();
      return { keys: store.keys(), currentSize: Math.ceil(store.size() / 1024), limitSize: MAX_TOTAL_BYTES / 1024 };
    },
  };
}
