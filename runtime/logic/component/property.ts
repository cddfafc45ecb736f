// Component properties: their declared types, defaults and observers, and how a value given to a
// property is converted to its type (WeChat's rules: a wrong type falls back to the default).
import { copyData } from '../data_path.js';
import { logicConsole } from '../console.js';

export const enum PropType {
  Any,
  String,
  Number,
  Boolean,
  Object,
  Array,
  Function,
}

export interface PropertyDefinition {
  type: PropType;
  optionalTypes: PropType[] | null;
  /** The default value (copied for each instance). */
  value: unknown;
  /** Called with (newValue, oldValue) when the value changes; a method name or a function. */
  observer: ((this: unknown, next: unknown, previous: unknown) => void) | string | null;
}

function typeOf(t: unknown): PropType | null {
  if (t === String) return PropType.String;
  if (t === Number) return PropType.Number;
  if (t === Boolean) return PropType.Boolean;
  if (t === Object) return PropType.Object;
  if (t === Array) return PropType.Array;
  if (t === Function) return PropType.Function;
  if (t === null || t === undefined) return PropType.Any;
  return null;
}

const DEFAULTS: Record<PropType, () => unknown> = {
  [PropType.Any]: () => null,
  [PropType.String]: () => '',
  [PropType.Number]: () => 0,
  [PropType.Boolean]: () => false,
  [PropType.Object]: () => null,
  [PropType.Array]: () => [],
  [PropType.Function]: () => function () {},
};

/** Normalizes one entry of `properties`: a constructor (`String`), null, or `{ type, value, optionalTypes, observer }`. */
export function normalizeProperty(name: string, spec: unknown, owner: string): PropertyDefinition {
  const shorthand = typeOf(spec);
  if (shorthand !== null) return { type: shorthand, optionalTypes: null, value: DEFAULTS[shorthand](), observer: null };
  if (spec === null || typeof spec !== 'object') {
    logicConsole.warn(`property "${name}" of ${owner} has an invalid definition; it accepts any value.`);
    return { type: PropType.Any, optionalTypes: null, value: null, observer: null };
  }
  const def = spec as { type?: unknown; optionalTypes?: unknown; value?: unknown; observer?: unknown };
  let type = typeOf(def.type);
  if (type === null) {
    logicConsole.warn(`property "${name}" of ${owner} has an invalid type; it accepts any value.`);
    type = PropType.Any;
  }
  const optionalTypes = Array.isArray(def.optionalTypes) ? def.optionalTypes.map(typeOf).filter((t): t is PropType => t !== null) : null;
  const observer = typeof def.observer === 'function' || typeof def.observer === 'string' ? (def.observer as PropertyDefinition['observer']) : null;
  return { type, optionalTypes, value: 'value' in def && def.value !== undefined ? def.value : DEFAULTS[type](), observer };
}

/** A fresh copy of a property's default value. */
export function defaultValue(prop: PropertyDefinition): unknown {
  return copyData(prop.value);
}

function matches(type: PropType, value: unknown): boolean {
  switch (type) {
    case PropType.String:
      return typeof value === 'string';
    case PropType.Number:
      return typeof value === 'number' && Number.isFinite(value);
    case PropType.Boolean:
      return typeof value === 'boolean';
    case PropType.Object:
      return typeof value === 'object' && !Array.isArray(value);
    case PropType.Array:
      return Array.isArray(value);
    case PropType.Function:
      return typeof value === 'function';
    default:
      return value !== undefined;
  }
}

/** Converts a value given to a property to the property's type. */
export function coerceProperty(value: unknown, name: string, prop: PropertyDefinition): unknown {
  if (prop.optionalTypes !== null) for (const t of prop.optionalTypes) if (matches(t, value)) return value;
  switch (prop.type) {
    case PropType.String:
      return value === null || value === undefined ? defaultValue(prop) : String(value);
    case PropType.Number:
      // The global isFinite converts first, as WeChat's check does: '12' and null pass.
      if (isFinite(value as number)) return Number(value);
      logicConsole.warn(`property "${name}" received type-incompatible value: expected <Number> but got ${JSON.stringify(value) ?? String(value)}. Used default value instead.`);
      return defaultValue(prop);
    case PropType.Boolean:
      return !!value;
    case PropType.Array:
      return Array.isArray(value) ? value : defaultValue(prop);
    case PropType.Object:
      return typeof value === 'object' ? value : defaultValue(prop);
    case PropType.Function:
      return typeof value === 'function' ? value : defaultValue(prop);
    default:
      return value === undefined ? defaultValue(prop) : value;
  }
}
