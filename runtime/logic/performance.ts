// wx.getPerformance(): the startup entries the worker measured (appLaunch, evaluateScript, firstRender).
import type { PerformanceEntry } from '../../bridge/protocol.js';
import { callUser } from './report.js';

const entries: PerformanceEntry[] = [];
const observers: { types: string[]; callback: (list: EntryList) => void }[] = [];

interface EntryList {
  getEntries(): PerformanceEntry[];
  getEntriesByName(name: string, entryType?: string): PerformanceEntry[];
  getEntriesByType(entryType: string): PerformanceEntry[];
}

function listOf(items: PerformanceEntry[]): EntryList {
  return {
    getEntries: () => items.slice(),
    getEntriesByName: (name, entryType) => items.filter((e) => e.name === name && (entryType === undefined || e.entryType === entryType)),
    getEntriesByType: (entryType) => items.filter((e) => e.entryType === entryType),
  };
}

/** Adds entries measured by the worker and tells the observers that watch their types. */
export function addPerformanceEntries(added: PerformanceEntry[]): void {
  entries.push(...added);
  for (const observer of observers) {
    const seen = added.filter((e) => observer.types.includes(e.entryType));
    if (seen.length > 0) callUser(observer.callback, undefined, [listOf(seen)], undefined, 'PerformanceObserver');
  }
}

/** `wx.getPerformance()`. */
export function getPerformance() {
  return {
    ...listOf(entries),
    createObserver(callback: (list: EntryList) => void) {
      const observer = { types: [] as string[], callback };
      return {
        observe(options: { entryTypes?: string[]; type?: string }) {
          observer.types = options.entryTypes ?? (options.type ? [options.type] : []);
          if (!observers.includes(observer)) observers.push(observer);
        },
        disconnect() {
          const i = observers.indexOf(observer);
          if (i >= 0) observers.splice(i, 1);
        },
      };
    },
  };
}
