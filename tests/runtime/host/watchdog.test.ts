// The host's watch over the logic thread: a task busy past its deadline and the grace period is
// reported stuck; a thread that moves on to new tasks, or sits idle, is not. And the questions the
// host asks by id get their answers, or the stopped answer when the app stops.
import { describe, expect, it } from 'vitest';
import { Answers } from '../../../runtime/host/answers.js';
import { WATCHDOG_GRACE_MS, startWatchdog } from '../../../runtime/host/watchdog.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the watchdog', () => {
  it('reports a task still busy past its deadline and the grace period', async () => {
    const heartbeat = new Int32Array(new SharedArrayBuffer(8));
    const stuck: number[] = [];
    const stop = startWatchdog(heartbeat, 50, (ms) => stuck.push(ms));
    Atomics.store(heartbeat, 0, 1);
    Atomics.store(heartbeat, 1, 1);
    await wait(50 + WATCHDOG_GRACE_MS + 600);
    stop();
    expect(stuck.length).toBeGreaterThan(0);
    expect(stuck[0]).toBeGreaterThan(50 + WATCHDOG_GRACE_MS);
  });

  it('leaves alone a thread that moves on to new tasks, and an idle one', async () => {
    const heartbeat = new Int32Array(new SharedArrayBuffer(8));
    const stuck: number[] = [];
    const stop = startWatchdog(heartbeat, 50, (ms) => stuck.push(ms));
    Atomics.store(heartbeat, 1, 1);
    const busy = setInterval(() => Atomics.add(heartbeat, 0, 1), 100);
    await wait(50 + WATCHDOG_GRACE_MS + 600);
    clearInterval(busy);
    Atomics.store(heartbeat, 1, 0);
    await wait(50 + WATCHDOG_GRACE_MS + 600);
    stop();
    expect(stuck).toEqual([]);
  });
});

describe('answers by id', () => {
  it('each question gets its own answer; an unknown id changes nothing; a stop answers the rest', async () => {
    const answers = new Answers<string>('stopped');
    const sent: number[] = [];
    const first = answers.ask((id) => sent.push(id));
    const second = answers.ask((id) => sent.push(id));
    const third = answers.askAs(77, (id) => sent.push(id));
    expect(sent).toEqual([1, 2, 77]);
    answers.answer(2, 'two');
    answers.answer(99, 'nobody asked');
    expect(await second).toBe('two');
    answers.stop();
    expect(await first).toBe('stopped');
    expect(await third).toBe('stopped');
  });
});
