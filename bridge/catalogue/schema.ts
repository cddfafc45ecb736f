// Argument schemas of the API catalogue, and their validation. Validation runs on the host before
// any handler, on arguments that came from untrusted code: it builds fresh objects holding only the
// declared fields, and words its failures as WeChat does:
// `parameter error: parameter.key should be String instead of Number;`.
import type { JsonObject, JsonValue } from '../protocol.js';

/** The type of one value. */
export type Schema =
  /** `tooLong`: WeChat's own wording when the text is longer than `maxLength`. */
  | { type: 'string'; enum?: readonly string[]; maxLength?: number; tooLong?: string }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'boolean' }
  /** Any JSON value (storage data, request bodies). */
  | { type: 'any' }
  | { type: 'array'; items: Schema; maxItems?: number }
  /** An object with declared fields; undeclared ones are dropped. */
  | { type: 'object'; fields: Fields }
  /** An object whose every value has one type (request headers). */
  | { type: 'record'; values: Schema };

/** One field of an object argument. */
export interface Field {
  schema: Schema;
  required?: boolean;
  /** Used when the field is missing. */
  default?: JsonValue;
}

export type Fields = Record<string, Field>;

/** The outcome of validating arguments: the clean value, or WeChat's `parameter error` reason. */
export type Validation = { ok: true; value: JsonObject } | { ok: false; reason: string };

/** WeChat's name of a value's type, as its parameter errors print it. */
export function typeName(value: unknown): string {
  if (value === undefined) return 'Undefined';
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  const t = typeof value;
  return t === 'object' ? 'Object' : t.charAt(0).toUpperCase() + t.slice(1);
}

const EXPECTED: Record<Schema['type'], string> = {
  string: 'String',
  number: 'Number',
  boolean: 'Boolean',
  any: 'any',
  array: 'Array',
  object: 'Object',
  record: 'Object',
};

class ParameterError extends Error {}

function mismatch(path: string, schema: Schema, value: unknown): never {
  throw new ParameterError(`parameter error: parameter.${path} should be ${EXPECTED[schema.type]} instead of ${typeName(value)};`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Copies a JSON value into fresh objects, so that nothing the caller built is kept by reference. */
function copyJson(value: unknown, path: string): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value as JsonValue;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ParameterError(`parameter error: parameter.${path} should be a finite Number;`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => copyJson(v, `${path}[${i}]`));
  if (isPlainObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: copyJson(value[key], `${path}.${key}`), enumerable: true, writable: true, configurable: true });
    return out;
  }
  throw new ParameterError(`parameter error: parameter.${path} should be a JSON value instead of ${typeName(value)};`);
}

function check(schema: Schema, value: unknown, path: string): JsonValue {
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') mismatch(path, schema, value);
      if (schema.enum && !schema.enum.includes(value)) {
        throw new ParameterError(`parameter error: parameter.${path} should be one of ${schema.enum.map((e) => `"${e}"`).join(', ')} instead of ${JSON.stringify(value)};`);
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        throw new ParameterError(schema.tooLong ?? `parameter error: parameter.${path} should be at most ${schema.maxLength} characters long;`);
      }
      return value;
    case 'number':
      if (typeof value !== 'number' || Number.isNaN(value)) mismatch(path, schema, value);
      if ((schema.min !== undefined && value < schema.min) || (schema.max !== undefined && value > schema.max)) {
        throw new ParameterError(`parameter error: parameter.${path} should be between ${schema.min ?? '-Infinity'} and ${schema.max ?? 'Infinity'};`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') mismatch(path, schema, value);
      return value;
    case 'any':
      if (value === undefined) mismatch(path, schema, value);
      return copyJson(value, path);
    case 'array': {
      if (!Array.isArray(value)) mismatch(path, schema, value);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        throw new ParameterError(`parameter error: ${path} should not be large than ${schema.maxItems}`);
      }
      return value.map((item, i) => check(schema.items, item, `${path}[${i}]`));
    }
    case 'record': {
      if (!isPlainObject(value)) mismatch(path, schema, value);
      const out: JsonObject = {};
      for (const key of Object.keys(value)) {
        Object.defineProperty(out, key, { value: check(schema.values, value[key], `${path}.${key}`), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'object':
      if (!isPlainObject(value)) mismatch(path, schema, value);
      return checkFields(schema.fields, value, `${path}.`);
    default: {
      const unknown: never = schema;
      throw new Error(`unknown schema ${JSON.stringify(unknown)}`);
    }
  }
}

function checkFields(fields: Fields, value: Record<string, unknown>, prefix: string): JsonObject {
  const out: JsonObject = {};
  for (const name of Object.keys(fields)) {
    const field = fields[name];
    const given = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
    if (given === undefined || (given === null && field.schema.type !== 'any')) {
      if (field.required) mismatch(`${prefix}${name}`, field.schema, given);
      if (field.default !== undefined) out[name] = field.default;
      continue;
    }
    out[name] = check(field.schema, given, `${prefix}${name}`);
  }
  return out;
}

/** Validates an API's object argument against its fields. `args` may be anything (it is untrusted). */
export function validateArgs(fields: Fields, args: unknown): Validation {
  const value = args === undefined || args === null ? {} : args;
  if (!isPlainObject(value)) return { ok: false, reason: `parameter error: parameter should be Object instead of ${typeName(args)};` };
  try {
    return { ok: true, value: checkFields(fields, value, '') };
  } catch (error) {
    if (error instanceof ParameterError) return { ok: false, reason: error.message };
    throw error;
  }
}
