// setData keys are data paths: `a.b.c`, `list[3].done`, `matrix[1][2]`. A path is parsed into
// its segments (indices as strings) and written into the data, creating what is missing.

/** Parses a setData key into segments: `list[3].done` → `["list", "3", "done"]`. */
export function parseDataPath(key: string): string[] {
  const segments: string[] = [];
  let name = '';
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`setData: invalid data path "${key}": ${why} at character ${i + 1}`);
  };
  // After `]` only `.` or `[` may follow; a name must not be empty.
  let afterIndex = false;
  while (i < key.length) {
    const c = key[i];
    if (c === '.') {
      if (!afterIndex) {
        if (name === '') fail('empty name');
        segments.push(name);
        name = '';
      }
      afterIndex = false;
      i++;
      if (i === key.length) fail('empty name');
    } else if (c === '[') {
      if (!afterIndex) {
        if (name === '') fail('index without a name');
        segments.push(name);
        name = '';
      }
      const close = key.indexOf(']', i);
      if (close < 0) fail('unclosed "["');
      const index = key.slice(i + 1, close);
      if (!/^\d+$/.test(index)) fail(`index "${index}" is not a non-negative integer`);
      segments.push(String(Number(index)));
      i = close + 1;
      afterIndex = true;
    } else if (c === ']') {
      fail('unexpected "]"');
    } else {
      if (afterIndex) fail('a name must follow "." after "]"');
      name += c;
      i++;
    }
  }
  if (!afterIndex) {
    if (name === '') fail('empty path');
    segments.push(name);
  }
  if (segments.includes('__proto__')) throw new Error(`setData: invalid data path "${key}": "__proto__" is not a data field`);
  return segments;
}

const MAX_DEPTH = 512;

/**
 * Copies a value as setData stores it: arrays and plain objects are copied deeply (so later
 * changes by the caller do not reach the page's data); other values are kept as they are.
 */
export function copyData(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new Error('setData: data is nested too deeply (or contains a cycle)');
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyData(value[i], depth + 1);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const k in value as Record<string, unknown>) {
    if (Object.prototype.hasOwnProperty.call(value, k)) out[k] = copyData((value as Record<string, unknown>)[k], depth + 1);
  }
  return out;
}

const INDEX = /^\d+$/;

/** Writes `value` at `path` inside `data`, creating objects (or arrays, before an index) on the way. */
export function writeDataPath(data: Record<string, unknown>, path: string[], value: unknown): void {
  let target: Record<string, unknown> = data;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i];
    let next = target[key];
    if (next === null || typeof next !== 'object') {
      next = INDEX.test(path[i + 1]) ? [] : {};
      target[key] = next;
    }
    target = next as Record<string, unknown>;
  }
  target[path[last]] = value;
}

/** Reads the value at `path`, or undefined when any step is missing. */
export function readDataPath(data: unknown, path: string[]): unknown {
  let value = data;
  for (let i = 0; i < path.length; i++) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[path[i]];
  }
  return value;
}
