// `miniapp profile`: the phases it prints, the trace it writes (Chrome's trace-event format, one
// process per cold start) agreeing with what it printed, the memory of an idle instance (per part
// and the marginal total), `--json`, and the exit code the budget gives.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProfileJson } from '../../cli/profile.js';
import { STARTUP_PHASES } from '../../runtime/host/index.js';
import { fixture, template } from '../helpers/app.js';
import { miniapp } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'miniapp-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** The printed table: phase → [median, p95] in ms. */
function table(stdout: string): Map<string, [number, number]> {
  const rows = new Map<string, [number, number]>();
  for (const line of stdout.split('\n')) {
    const m = /^(\w+)\s+([\d.]+) ms\s+([\d.]+) ms$/.exec(line);
    if (m !== null) rows.set(m[1], [Number(m[2]), Number(m[3])]);
  }
  return rows;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('miniapp profile', () => {
  const trace = join(dir, 'demo.json');
  const runs = 3;
  const result = miniapp('profile', template('demo'), '--runs', String(runs), '--trace', trace);

  it('prints the median and p95 of every startup phase, in the order they happen', () => {
    expect(result.stderr).not.toMatch(/run \d+:/);
    expect(result.status).toBe(0);
    const rows = table(result.stdout);
    expect([...rows.keys()]).toEqual(STARTUP_PHASES);
    for (const [phase, [med, p95]] of rows) {
      expect(med, phase).toBeGreaterThan(0);
      expect(p95, phase).toBeGreaterThanOrEqual(med);
    }
    // The whole launch holds its parts.
    expect(rows.get('appLaunch')![0]).toBeGreaterThan(rows.get('firstRender')![0]);
    expect(result.stdout).toContain(`${runs} cold start(s) of pages/index/index`);
  });

  it('writes a trace Perfetto opens: one process per cold start, host and logic threads, the printed medians', () => {
    const parsed = JSON.parse(readFileSync(trace, 'utf8')) as { traceEvents: TraceEvent[]; displayTimeUnit: string };
    expect(parsed.displayTimeUnit).toBe('ms');
    const events = parsed.traceEvents;
    const processes = events.filter((e) => e.ph === 'M' && e.name === 'process_name');
    expect(processes.map((e) => e.args?.name)).toEqual(['cold start 1', 'cold start 2', 'cold start 3']);
    for (const e of events.filter((e) => e.ph === 'X')) {
      expect(Number.isInteger(e.ts) && e.ts! >= 0, e.name).toBe(true);
      expect(Number.isInteger(e.dur) && e.dur! > 0, e.name).toBe(true);
      expect([1, 2, 3]).toContain(e.pid);
      expect([1, 2]).toContain(e.tid);
    }
    const rows = table(result.stdout);
    for (const phase of ['firstRender', 'onLaunch', 'appLaunch']) {
      const durations = [1, 2, 3].map((pid) => events.find((e) => e.ph === 'X' && e.pid === pid && e.name === phase)!.dur! / 1000);
      expect(median(durations), phase).toBeCloseTo(rows.get(phase)![0], 1);
    }
    // The logic thread's work sits inside the launch of its own run.
    for (const pid of [1, 2, 3]) {
      const launch = events.find((e) => e.pid === pid && e.name === 'appLaunch')!;
      const onLaunch = events.find((e) => e.pid === pid && e.name === 'onLaunch')!;
      expect(onLaunch.tid).toBe(2);
      expect(onLaunch.ts!).toBeGreaterThanOrEqual(launch.ts!);
      expect(onLaunch.ts! + onLaunch.dur!).toBeLessThanOrEqual(launch.ts! + launch.dur! + 1);
    }
  });

  it('prints the memory of an idle instance: each part, and the growth of the process per instance against the target', () => {
    const section = result.stdout.slice(result.stdout.indexOf('memory of an idle instance'));
    expect(section).toMatch(/^memory of an idle instance \(5 launched side by side, a worker each, after GC/);
    for (const part of ['QuickJS heap', 'QuickJS wasm memory', 'worker JS heap', 'view \\(host JS heap\\)', 'total \\(marginal RSS\\)']) {
      expect(section).toMatch(new RegExp(`^${part}\\s+\\d+\\.\\d\\d MB`, 'm'));
    }
    expect(section).toMatch(/(within|over) the target of 10\.00 MB/);
  });

  it('prints the phases and the memory as JSON with --json; --memory 0 leaves the memory out', () => {
    const json = miniapp('profile', template('shop'), '--runs', '1', '--memory', '3', '--json');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as ProfileJson;
    expect(Object.keys(report.phases)).toEqual(STARTUP_PHASES);
    expect(report.entryPagePath).toBe('pages/home/home');
    const memory = report.memory!;
    expect(memory.instances).toBe(3);
    const { parts } = memory;
    // QuickJS's heap lives inside its wasm memory, which is at least the build's 16 MB.
    expect(parts.quickjsBytes).toBeGreaterThan(0);
    expect(parts.quickjsBytes).toBeLessThan(parts.wasmBytes);
    expect(parts.wasmBytes).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    expect(parts.quickjsObjects).toBeGreaterThan(0);
    expect(parts.workerHeapUsedBytes).toBeGreaterThan(0);
    expect(parts.workerHeapUsedBytes).toBeLessThanOrEqual(parts.workerHeapTotalBytes);
    expect(parts.viewElements).toBeGreaterThan(0);
    // Each instance has a worker thread of its own: the process grows by more than its worker's JS heap in use.
    expect(memory.rssBytes).toBeGreaterThan(parts.workerHeapUsedBytes);
    expect(memory.targetBytes).toBe(10 * 1024 * 1024);

    const without = miniapp('profile', template('demo'), '--runs', '1', '--memory', '0', '--json');
    expect(without.status).toBe(0);
    expect((JSON.parse(without.stdout) as ProfileJson).memory).toBeNull();
    expect(miniapp('profile', template('demo'), '--memory', '-1').stderr).toContain('--memory must be a whole number');

    // Apps sharing a pool's workers pay a worker thread once among them: far less per instance.
    const pooled = miniapp('profile', template('shop'), '--runs', '1', '--memory', '4', '--apps-per-worker', '4', '--json');
    expect(pooled.status).toBe(0);
    const shared = (JSON.parse(pooled.stdout) as ProfileJson).memory!;
    expect(shared.appsPerWorker).toBe(4);
    expect(memory.appsPerWorker).toBe(1);
    expect(shared.rssBytes).toBeLessThan(memory.rssBytes * 0.75);
    expect(miniapp('profile', template('demo'), '--apps-per-worker', '0').stderr).toContain('--apps-per-worker must be a whole number of at least 1');
    // Five CLI runs, two of them launching several shop instances: slow on a busy machine.
  }, 180_000);

  it('exits 1 when the median firstRender is over the budget, 0 when within it', () => {
    const over = miniapp('profile', template('demo'), '--runs', '1', '--memory', '0', '--budget', '0');
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/the median firstRender, [\d.]+ ms, is over the budget of 0 ms/);
    const within = miniapp('profile', template('demo'), '--runs', '1', '--memory', '0', '--budget', '60000');
    expect(within.status).toBe(0);
    expect(within.stderr).not.toContain('over the budget');
  });

  it('refuses a bad --runs or --budget, and a project that does not compile, with exit code 1', () => {
    expect(miniapp('profile', template('demo'), '--runs', '0').stderr).toContain('--runs must be a whole number of at least 1');
    const budget = miniapp('profile', template('demo'), '--budget', 'soon');
    expect(budget.status).toBe(1);
    expect(budget.stderr).toContain('--budget must be a number of milliseconds');
    const broken = miniapp('profile', fixture('broken-wxml'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/pages\/index\/index\.wxml:\d+:\d+: error MA\d{4}: /);
  });
});
