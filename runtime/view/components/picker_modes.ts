// The columns each `<picker>` mode shows, and the value a choice of indices stands for:
// selector (one column of `range`, with `range-key` for objects), multiSelector (a column per
// array of `range`), time (`HH:mm` between `start` and `end`), date (`YYYY-MM-DD`, or fewer parts by
// `fields`, between `start` and `end`), region (province, city, district from @vant/area-data,
// with `custom-item` first in each column, as deep as `level`).
import { areaList } from '@vant/area-data';
import type { JsonObject, JsonValue } from '../../../bridge/protocol.js';
import { str } from './builtin.js';

/** What a mode needs of the picker's properties. */
export type Props = (name: string) => JsonValue | undefined;

export interface Columns {
  columns: string[][];
  value: number[];
}

export interface PickerMode {
  /** The columns for the current value, or for the choices being made. */
  columns(props: Props, chosen?: number[]): Columns;
  /** The `value` of the `change` event for the chosen indices (with `code` for a region). */
  detail(props: Props, chosen: number[]): JsonObject;
}

function label(item: JsonValue, key: string): string {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) return str(key === '' ? undefined : item[key]);
  return str(item);
}

const selector: PickerMode = {
  columns(props, chosen) {
    const range = props('range');
    const items = Array.isArray(range) ? range.map((r) => label(r, str(props('range-key')))) : [];
    const value = chosen ?? [Number(props('value') ?? 0) || 0];
    return { columns: [items], value };
  },
  detail: (_props, chosen) => ({ value: chosen[0] }),
};

const multiSelector: PickerMode = {
  columns(props, chosen) {
    const range = props('range');
    const key = str(props('range-key'));
    const columns = Array.isArray(range) ? range.map((column) => (Array.isArray(column) ? column.map((r) => label(r, key)) : [])) : [];
    const given = props('value');
    const value = chosen ?? columns.map((_, i) => (Array.isArray(given) ? Number(given[i] ?? 0) || 0 : 0));
    return { columns, value };
  },
  detail: (_props, chosen) => ({ value: chosen }),
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:mm` as minutes of the day, or the fallback. */
function minutes(text: JsonValue | undefined, fallback: number): number {
  const m = /^(\d{1,2}):(\d{1,2})$/.exec(str(text));
  return m === null ? fallback : Math.min(23, Number(m[1])) * 60 + Math.min(59, Number(m[2]));
}

const time: PickerMode = {
  columns(props, chosen) {
    const start = minutes(props('start'), 0);
    const end = Math.max(start, minutes(props('end'), 23 * 60 + 59));
    const hours: number[] = [];
    for (let h = Math.floor(start / 60); h <= Math.floor(end / 60); h++) hours.push(h);
    const now = chosen === undefined ? Math.min(end, Math.max(start, minutes(props('value'), start))) : null;
    const hourIndex = chosen?.[0] ?? hours.indexOf(Math.floor(now! / 60));
    const hour = hours[Math.max(0, hourIndex)];
    const minuteList: number[] = [];
    for (let m = 0; m < 60; m++) if (hour * 60 + m >= start && hour * 60 + m <= end) minuteList.push(m);
    const minuteIndex = chosen !== undefined ? Math.min(chosen[1] ?? 0, minuteList.length - 1) : minuteList.indexOf(now! % 60);
    return { columns: [hours.map(pad), minuteList.map(pad)], value: [Math.max(0, hourIndex), Math.max(0, minuteIndex)] };
  },
  detail(props, chosen) {
    const { columns } = time.columns(props, chosen);
    return { value: `${columns[0][chosen[0]]}:${columns[1][chosen[1]]}` };
  },
};

interface Day {
  y: number;
  m: number;
  d: number;
}

function parseDate(text: JsonValue | undefined, fallback: Day): Day {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(str(text));
  return m === null ? fallback : { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) };
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const key = (d: Day) => d.y * 10000 + d.m * 100 + d.d;

const date: PickerMode = {
  columns(props, chosen) {
    const start = parseDate(props('start'), { y: 1900, m: 1, d: 1 });
    const end = parseDate(props('end'), { y: 2100, m: 12, d: 31 });
    const fields = str(props('fields'), 'day');
    const depth = fields === 'year' ? 1 : fields === 'month' ? 2 : 3;
    let current: Day;
    if (chosen === undefined) {
      const given = parseDate(props('value'), start);
      current = key(given) < key(start) ? start : key(given) > key(end) ? end : given;
    } else {
      const y = start.y + (chosen[0] ?? 0);
      const months = range(y === start.y ? start.m : 1, y === end.y ? end.m : 12);
      const m = months[Math.min(chosen[1] ?? 0, months.length - 1)];
      const days = range(y === start.y && m === start.m ? start.d : 1, y === end.y && m === end.m ? end.d : daysIn(y, m));
      current = { y, m, d: days[Math.min(chosen[2] ?? 0, days.length - 1)] };
    }
    const years = range(start.y, end.y);
    const months = range(current.y === start.y ? start.m : 1, current.y === end.y ? end.m : 12);
    const days = range(current.y === start.y && current.m === start.m ? start.d : 1, current.y === end.y && current.m === end.m ? end.d : daysIn(current.y, current.m));
    const columns = [years.map(String), months.map(pad), days.map(pad)].slice(0, depth);
    const value = [years.indexOf(current.y), months.indexOf(current.m), days.indexOf(current.d)].slice(0, depth).map((i) => Math.max(0, i));
    return { columns, value };
  },
  detail(props, chosen) {
    const { columns, value } = date.columns(props, chosen);
    return { value: columns.map((column, i) => column[value[i]]).join('-') };
  },
};

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** The areas under a code (provinces for ''), in code order: [code, name]. */
function areasUnder(parent: string, depth: number): [string, string][] {
  const list = depth === 0 ? areaList.province_list : depth === 1 ? areaList.city_list : areaList.county_list;
  const prefix = depth === 0 ? '' : parent.slice(0, depth * 2);
  return Object.entries(list)
    .filter(([code]) => code.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b));
}

const LEVELS: Record<string, number> = { province: 1, city: 2, region: 3, 'sub-district': 3 };

const region: PickerMode = {
  columns(props, chosen) {
    const depth = LEVELS[str(props('level'), 'region')] ?? 3;
    const custom = str(props('custom-item'));
    const given = props('value');
    const names = Array.isArray(given) ? given.map((v) => str(v)) : [];
    const columns: string[][] = [];
    const value: number[] = [];
    let parent = '';
    for (let level = 0; level < depth; level++) {
      const areas = parent === null ? [] : areasUnder(parent, level);
      const labels = [...(custom !== '' ? [custom] : []), ...areas.map(([, name]) => name)];
      let index = chosen !== undefined ? (chosen[level] ?? 0) : Math.max(0, labels.indexOf(names[level] ?? ''));
      index = Math.min(index, Math.max(0, labels.length - 1));
      columns.push(labels);
      value.push(index);
      const area = areas[index - (custom !== '' ? 1 : 0)];
      // Below the custom item, every column offers only the custom item.
      if (area === undefined) {
        for (let rest = level + 1; rest < depth; rest++) {
          columns.push(custom !== '' ? [custom] : []);
          value.push(0);
        }
        break;
      }
      parent = area[0];
    }
    return { columns, value };
  },
  detail(props, chosen) {
    const { columns, value } = region.columns(props, chosen);
    const custom = str(props('custom-item'));
    const names = columns.map((column, i) => column[value[i]] ?? '');
    const codes: string[] = [];
    let parent = '';
    names.forEach((name, level) => {
      const found = name === custom && custom !== '' ? undefined : areasUnder(parent, level).find(([, n]) => n === name);
      codes.push(found?.[0] ?? '');
      parent = found?.[0] ?? parent;
    });
    return { value: names, code: codes };
  },
};

export const PICKER_MODES: Record<string, PickerMode> = { selector, multiSelector, time, date, region };
