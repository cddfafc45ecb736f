// WeChat's size rule for setData: the data of one call is refused over 1024 KB (as JSON text) and
// warned about over 256 KB. Data of a few values is measured by walking it, which is cheaper than
// writing it out when they hold large strings; data of many values by JSON.stringify, whose native
// loop is about five times faster than a walk in QuickJS (1,000 short strings: 0.6 ms against 3.2).
import { logicConsole } from '../console.js';

/** WeChat refuses a setData whose data is longer than this, as JSON text… */
const MAX_SET_DATA = 1024 * 1024;
/** …and warns about one longer than this. */
const WARN_SET_DATA = 256 * 1024;

/** Values the size walk visits before it hands the data to JSON.stringify. */
const WALK_LIMIT = 64;

/**
 * The length of `value` as JSON, counting strings without their escapes, or -1 when the walk
 * visited more than WALK_LIMIT values. A few large strings (the costly case) take a few steps
 * here, where JSON.stringify would copy them.
 */
function walkSize(value: unknown, budget: { left: number }): number {
  if (--budget.left < 0) return -1;
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (value === null) return 4;
      // Brackets, and a comma between members.
      let size = 1;
      if (Array.isArray(value)) {
        // More entries than the walk has left: JSON.stringify measures it at once.
        if (value.length > budget.left) return -1;
        for (let i = 0; i < value.length; i++) {
          const item = walkSize(value[i], budget);
          if (item < 0) return -1;
          // JSON writes what it cannot hold in an array as null.
          size += (item === 0 ? 4 : item) + 1;
        }
        return Math.max(size, 2);
      }
      // Object.keys: QuickJS runs `for…in` with a hasOwnProperty call per member several times slower.
      const keys = Object.keys(value);
      if (keys.length > budget.left) return -1;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const item = walkSize((value as Record<string, unknown>)[key], budget);
        if (item < 0) return -1;
        // `"key":value,`; JSON leaves out members it cannot hold.
        if (item > 0) size += key.length + 3 + item + 1;
      }
      return Math.max(size, 2);
    }
    default:
      // undefined, functions, symbols: nothing in JSON.
      return 0;
  }
}

/**
 * Applies WeChat's size rule to a setData's data (with `keys` own keys): refused over 1024 KB, a
 * warning over 256 KB. Returns the size (-1 for data JSON cannot write).
 */
export function checkSetDataSize(patch: object, keys: number): number {
  let size = keys < WALK_LIMIT ? walkSize(patch, { left: WALK_LIMIT }) : -1;
  if (size < 0) {
    try {
      size = JSON.stringify(patch).length;
    } catch {
      // Data JSON cannot write (a cycle) is refused by the copy, with its own message.
      return -1;
    }
  }
  if (size > MAX_SET_DATA) throw new Error(`数据传输长度为 ${size} 已经超过最大长度 ${MAX_SET_DATA}`);
  if (size > WARN_SET_DATA) logicConsole.warn(`setData 数据传输长度为 ${Math.round(size / 1024)} KB，存在有性能问题！`);
  return size;
}
