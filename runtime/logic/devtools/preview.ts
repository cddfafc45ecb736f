// Data as the devtools show it: a JSON copy of a page's or component's data within a size budget
// shared by one whole inspection. Long strings and lists are cut, and the cut says so with `…`, so
// that a page holding megabytes of data cannot make an inspection too large to send.

/** Characters of one string kept. */
const MAX_STRING = 2000;
/** Items of one list, and members of one object, kept. */
const MAX_ITEMS = 200;
/** Levels of nesting shown. */
const MAX_DEPTH = 32;

/** What an inspection may still spend, in characters of JSON (roughly). */
export interface Budget {
  left: number;
  /** Set once something was cut for the budget. */
  spent: boolean;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON copy of `value` within the budget (functions and undefined are left out, as JSON does). */
export function preview(value: unknown, budget: Budget, depth = 0): Json | undefined {
  if (budget.left <= 0) {
    budget.spent = true;
    return '…';
  }
  switch (typeof value) {
    case 'string': {
      const cut = value.length > MAX_STRING;
      budget.left -= Math.min(value.length, MAX_STRING) + 2;
      return cut ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value;
    }
    case 'number':
      budget.left -= 8;
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      budget.left -= 5;
      return value;
    case 'bigint':
      budget.left -= 8;
      return String(value);
    case 'object': {
      if (value === null) {
        budget.left -= 4;
        return null;
      }
      if (depth >= MAX_DEPTH) return '…';
      budget.left -= 2;
      if (Array.isArray(value)) {
        const out: Json[] = [];
        const n = Math.min(value.length, MAX_ITEMS);
        for (let i = 0; i < n; i++) out.push(preview(value[i], budget, depth + 1) ?? null);
        if (value.length > n) out.push(`… ${value.length - n} more items`);
        return out;
      }
      const out: { [key: string]: Json } = {};
      const keys = Object.keys(value);
      const n = Math.min(keys.length, MAX_ITEMS);
      for (let i = 0; i < n; i++) {
        const item = preview((value as Record<string, unknown>)[keys[i]], budget, depth + 1);
        budget.left -= keys[i].length + 3;
        if (item !== undefined) out[keys[i]] = item;
      }
      if (keys.length > n) out['…'] = `${keys.length - n} more fields`;
      return out;
    }
    default:
      return undefined;
  }
}
