// The raw crossing into and out of QuickJS (runtime/host/quickjs_raw.ts), on the real QuickJS
// build the runtime uses: what it reads of a value agrees with QuickJS's own typeof, text crosses
// intact both ways (large text and a grown heap included), and errors cross as errors.
import { newQuickJSWASMModule, RELEASE_SYNC, type QuickJSContext, type QuickJSWASMModule } from 'quickjs-emscripten';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawQuickJS } from '../../../runtime/host/quickjs_raw.js';

let quickjs: QuickJSWASMModule;
let context: QuickJSContext;
let raw: RawQuickJS;

beforeEach(async () => {
  quickjs = await newQuickJSWASMModule(RELEASE_SYNC);
  context = quickjs.newContext();
  raw = new RawQuickJS(quickjs, context);
});
afterEach(() => context.dispose());

/** Evaluates `code` and expects it to finish; returns its value dumped. */
function run(code: string): unknown {
  return context.unwrapResult(context.evalCode(code)).consume((value) => context.dump(value));
}

/** Defines a global host function answered on pointers. */
function define(name: string, length: number, fn: Parameters<RawQuickJS['newFunction']>[2]): void {
  const handle = raw.newFunction(name, length, fn);
  context.setProp(context.global, name, handle);
  handle.dispose();
}

describe('the raw crossing', () => {
  it('reads a string or a number argument exactly when QuickJS calls it one', () => {
    const seen: [string | undefined, number][] = [];
    define('look', 1, (args) => {
      seen.push([args.string(0), args.number(0)]);
    });
    const values = ['"abc"', '"a".repeat(3) + "b".repeat(500)', '(() => { let s = "q"; for (let i = 0; i < 12; i++) s += s; return s; })()', '""', '0', '-7', '1.5', 'NaN', '2 ** 40', '({})', '[]', 'null', 'undefined', 'true', 'Symbol()', '10n', 'look'];
    for (const value of values) run(`look(${value})`);
    run('look()');
    const types = values.map((value) => run(`typeof (${value})`));
    values.forEach((value, i) => {
      const [text, number] = seen[i];
      expect(text === undefined, value).toBe(types[i] !== 'string');
      if (text !== undefined) expect(text).toBe(run(value));
      if (types[i] === 'number') expect(Object.is(number, run(value)) || (Number.isNaN(number) && value === 'NaN')).toBe(true);
      else expect(number, value).toBeNaN();
    });
    expect(seen.at(-1)).toEqual([undefined, NaN]);
  });

  it('carries text both ways intact: other scripts, astral characters, large text', () => {
    define('echo', 1, (args) => args.string(0));
    const fn = context.unwrapResult(context.evalCode('(function (text) { return echo(text + "|" + text.length); })'));
    for (const text of ['', 'plain', '中文 · 日本語 · 한국어', 'emoji 👍🏽 and 𝒳', 'x'.repeat(200_000), '界'.repeat(70_000)]) {
      const outcome = raw.call(fn, text);
      expect(outcome.error).toBeUndefined();
      expect(raw.takeString(outcome.value!)).toBe(`${text}|${text.length}`);
    }
    fn.dispose();
  });

  it('follows the wasm memory when it grows in between', () => {
    define('echo', 1, (args) => args.string(0));
    const fn = context.unwrapResult(context.evalCode('(function (text) { globalThis.keep = (globalThis.keep || []).concat([new ArrayBuffer(8 << 20)]); return echo(text); })'));
    const before = quickjs.getWasmMemory().buffer.byteLength;
    for (let i = 0; i < 3; i++) {
      const outcome = raw.call(fn, `round ${i} ✓`);
      expect(raw.takeString(outcome.value!)).toBe(`round ${i} ✓`);
    }
    expect(quickjs.getWasmMemory().buffer.byteLength).toBeGreaterThan(before);
    fn.dispose();
  });

  it('answers booleans, numbers and nothing as such', () => {
    const answers: unknown[] = [true, false, 42, 0.25, undefined];
    let next = 0;
    define('answer', 0, () => answers[next++] as boolean | number | undefined);
    expect(run('[answer(), answer(), answer(), answer(), typeof answer()]')).toEqual([true, false, 42, 0.25, 'undefined']);
  });

  it('turns what a host function throws into an error QuickJS code can catch', () => {
    define('refuse', 1, () => {
      throw new TypeError('bad call');
    });
    expect(run('(() => { try { refuse("x"); return "no"; } catch (e) { return [e instanceof Error, e.name, e.message]; } })()')).toEqual([true, 'TypeError', 'bad call']);
  });

  it('gives a call that throws back as an error, and frees nothing twice', () => {
    const fn = context.unwrapResult(context.evalCode('(function (text) { throw new RangeError("no " + text); })'));
    const outcome = raw.call(fn, 'way');
    expect(outcome.value).toBeUndefined();
    expect(context.dump(outcome.error!)).toMatchObject({ name: 'RangeError', message: 'no way' });
    outcome.error!.dispose();
    fn.dispose();
  });

  it('runs queued promise jobs, chained ones included', () => {
    run('globalThis.done = []; Promise.resolve(1).then((v) => done.push(v)).then(() => done.push(2)); Promise.reject(new Error("late")).catch((e) => done.push(e.message)); undefined');
    expect(run('done')).toEqual([]);
    expect(raw.executePendingJobs()).toBeUndefined();
    expect(run('done')).toEqual([1, 'late', 2]);
    expect(raw.executePendingJobs()).toBeUndefined();
  });

  it('leaves other host functions to quickjs-emscripten', () => {
    const plain = context.newFunction('plain', (a) => context.newString(`plain ${context.getString(a)}`));
    context.setProp(context.global, 'plain', plain);
    plain.dispose();
    define('fast', 1, (args) => `fast ${args.string(0)}`);
    expect(run('[plain("a"), fast("b"), plain(fast("c"))]')).toEqual(['plain a', 'fast b', 'plain fast c']);
  });
});
