// The setData calls of the running task, for the devtools' setData log: which page or component
// called it, the paths it wrote and its size. Kept only when the host inspects the app.
import type { SetDataRecord } from '../../../bridge/protocol.js';
import { post } from '../host.js';

let enabled = false;
let records: SetDataRecord[] = [];

/** The most calls one task reports (a loop of setData calls is reported by its first ones). */
const MAX_RECORDS = 1000;

/** Turns the log on (the host inspects the app). */
export function logSetData(on: boolean): void {
  enabled = on;
}

/** Notes one setData call. */
export function recordSetData(component: string, paths: string[], size: number): void {
  if (enabled && records.length < MAX_RECORDS) records.push({ component, paths, size });
}

/** Sends the task's calls to the host, before its DOM operations. */
export function sendSetDataLog(): void {
  if (records.length === 0) return;
  const taken = records;
  records = [];
  post({ t: 'setData', records: taken });
}
