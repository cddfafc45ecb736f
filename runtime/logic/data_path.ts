// setData keys are data paths: `a.b.c`, `list[3].done`, `matrix[1][2]`. A path is parsed into
// its segments (indices as strings) and written into the data, creating what is missing.

const DOT = 46;
const OPEN = 91;
const CLOSE = 93;
const ZERO = 48;
const NINE = 57;

/** Parsed paths by key: apps set the same keys again and again, and the interpreter is slow at scanning. */
const parsed = new Map<string, string[]>();
const PARSED_MAX = 4096;

/**
 * Parses a setData key into segments: `list[3].done` → `["list", "3", "done"]`. The result is
 * shared and frozen: copy it to change it.
 */
export function parseDataPath(key: string): string[] {
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const segments = scanDataPath(key);
  Object.freeze(segments);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(key, segments);
  return segments;
}

/** Parses a path character by character, with the place of what is wrong in it. */
function scanDataPath(key: string): string[] {
  const segments: string[] = [];
  const n = key.length;
  let i = 0;
  for (;;) {
    // A name, up to `.`, `[` or `]`.
    let j = i;
    while (j < n) {
      const c = key.charCodeAt(j);
      if (c === DOT || c === OPEN || c === CLOSE) break;
      j++;
    }
    if (j === i) {
      if (i === n) invalidPath(key, i, i === 0 ? 'empty path' : 'empty name');
      const c = key.charCodeAt(i);
      invalidPath(key, i, c === OPEN ? 'index without a name' : c === CLOSE ? 'unexpected "]"' : 'empty name');
    }
    const name = j === n && i === 0 ? key : key.slice(i, j);
    if (name === '__proto__') throw new Error(`setData: invalid data path "${key}": "__proto__" is not a data field`);
    segments.push(name);
    i = j;
    // Indices after it.
    while (i < n && key.charCodeAt(i) === OPEN) {
      const close = key.indexOf(']', i);
      if (close < 0) invalidPath(key, i, 'unclosed "["');
      let digits = close > i + 1;
      for (let k = i + 1; k < close && digits; k++) {
        const c = key.charCodeAt(k);
        digits = c >= ZERO && c <= NINE;
      }
      const index = key.slice(i + 1, close);
      if (!digits) invalidPath(key, i, `index "${index}" is not a non-negative integer`);
      segments.push(index.length > 1 && index.charCodeAt(0) === ZERO ? String(Number(index)) : index);
      i = close + 1;
    }
    if (i === n) return segments;
    const c = key.charCodeAt(i);
    if (c === CLOSE) invalidPath(key, i, 'unexpected "]"');
    if (c !== DOT) invalidPath(key, i, 'a name must follow "." after "]"');
    i++;
  }
}

function invalidPath(key: string, at: number, why: string): never {
  throw new Error(`setData: invalid data path "${key}": ${why} at character ${at + 1}`);
}

const MAX_DEPTH = 512;

/**
 * Copies a value as setData stores it: arrays and plain objects are copied deeply (so later
 * changes by the caller do not reach the page's data); other values are kept as they are.
 * Members are read through Object.keys and primitives copied without a call: QuickJS runs a
 * `for…in` with a hasOwnProperty call per member about three times slower.
 */
export function copyData(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new Error('setData: data is nested too deeply (or contains a cycle)');
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = v === null || typeof v !== 'object' ? v : copyData(v, depth + 1);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = (value as Record<string, unknown>)[key];
    out[key] = v === null || typeof v !== 'object' ? v : copyData(v, depth + 1);
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
