// Startup marks as Chrome trace events (the JSON object format that Perfetto and chrome://tracing
// open): each cold start is a process of its own, with the host's phases on one thread and the
// logic thread's on another, timed from the start of the first run.
import type { PerformanceEntry } from '../runtime/host/index.js';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: 'X' | 'M';
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Where a phase runs: the host (tid 1) or the logic thread (tid 2). */
const HOST_PHASES = new Set(['appLaunch', 'startRuntime', 'firstRender', 'route']);

export function traceEvents(runs: PerformanceEntry[][]): { traceEvents: TraceEvent[]; displayTimeUnit: 'ms' } {
  const origin = Math.min(...runs.flat().map((e) => e.startTime));
  const events: TraceEvent[] = [];
  runs.forEach((entries, i) => {
    const pid = i + 1;
    events.push({ name: 'process_name', ph: 'M', pid, tid: 0, args: { name: `cold start ${pid}` } });
    events.push({ name: 'thread_name', ph: 'M', pid, tid: 1, args: { name: 'host' } });
    events.push({ name: 'thread_name', ph: 'M', pid, tid: 2, args: { name: 'logic thread (QuickJS)' } });
    for (const entry of entries) {
      const args: Record<string, unknown> = {};
      if (entry.path !== undefined) args.path = entry.path;
      if (entry.moduleName !== undefined) args.moduleName = entry.moduleName;
      events.push({
        name: entry.name === 'evaluateScript' && entry.moduleName !== undefined && entry.moduleName !== 'APP' ? `evaluateScript ${entry.moduleName}` : entry.name,
        cat: entry.entryType,
        ph: 'X',
        ts: Math.round((entry.startTime - origin) * 1000),
        dur: Math.max(1, Math.round(entry.duration * 1000)),
        pid,
        tid: HOST_PHASES.has(entry.name) ? 1 : 2,
        args,
      });
    }
  });
  return { traceEvents: events, displayTimeUnit: 'ms' };
}
