// A mini-program that tries to reach host objects or to abuse the bridge: it finds only QuickJS's
// own globals, its crafted messages are refused inside its own sandbox, and the host validates
// whatever still gets through. The host keeps running throughout.
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/app.js';
import { appsOf, runCase } from '../helpers/cases.js';

const start = appsOf(fixture('hostile-bridge'), afterEach);

describe('reaching host objects', () => {
  it('globalThis, Function and prototypes lead only to QuickJS\'s own world', async () => {
    const t = await start();
    expect(await runCase(t, 'globals')).toEqual({
      names: [],
      viaFunction: ['undefined', 'undefined', 'undefined', 'undefined'],
      viaConstructor: 'undefined',
      ownGlobal: true,
      hostProto: true,
      hostKeys: ['call', 'clearTimer', 'inject', 'memoryExhausted', 'now', 'ops', 'post', 'timer', 'worker'],
      evalProcess: ['returned', 'undefined'],
    });
  });

  it("the framework's own functions and state are not globals the mini-program can reach", async () => {
    const t = await start();
    expect(await runCase(t, 'frameworkNames')).toEqual([]);
  });

  it('polluting prototypes inside QuickJS touches nothing in the host', async () => {
    const t = await start();
    expect(await runCase(t, 'pollute')).toBe('polluted here');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await runCase(t, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });

  it('__proto__ keys in crafted arguments stay plain data', async () => {
    const t = await start();
    await runCase(t, 'protoArgs');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
    expect(await runCase(t, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });
});

describe('crafted bridge messages', () => {
  it('malformed messages throw TypeErrors inside the sandbox', async () => {
    const t = await start();
    expect(await runCase(t, 'notJson')).toEqual(['threw', 'TypeError', '__host.post: the message is not JSON']);
    expect(await runCase(t, 'unknownType')).toEqual(['threw', 'TypeError', '__host.post: unknown message type "evalOnHost"']);
    expect(await runCase(t, 'wrongTypes')).toEqual([
      ['threw', 'TypeError', '__host.post: an invoke needs an id and an API name'],
      ['threw', 'TypeError', '__host.post: a log needs a level and a text'],
      ['threw', 'TypeError', '__host.post: the message must be a string'],
      ['threw', 'TypeError', '__host.call: the message must be a string'],
      ['threw', 'TypeError', '__host.post: an error needs a kind, a message and fatal'],
      ['threw', 'TypeError', '__host.post: a query request names its nodes by id'],
      ['threw', 'TypeError', '__host.post: a query asks for a list of names'],
      ['threw', 'TypeError', '__host.timer: a timer id must be a positive integer'],
      ['threw', 'TypeError', '__host.ops: the message must be a string'],
      ['threw', 'TypeError', '__host.post: an inspected node has an id, a kind, a tag and an owner'],
      ['threw', 'TypeError', '__host.post: a setData record has a component, its paths and a size'],
    ]);
    expect(await runCase(t, 'syncBadJson')).toEqual(['threw', 'TypeError', '__host.call: the arguments are not JSON']);
    expect(t.app.state).toBe('running');
  });

  it('arguments nested too deep to copy are refused inside the sandbox', async () => {
    const t = await start();
    expect(await runCase(t, 'deep')).toEqual([
      ['threw', 'RangeError', 'Maximum call stack size exceeded'],
      ['threw', 'RangeError', 'Maximum call stack size exceeded'],
    ]);
    expect(await runCase(t, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });

  it('a crafted message the mini-program does not catch reaches the host as an error event naming it', async () => {
    const t = await start();
    await t.tap('#uncaught');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'exception', page: 'pages/index/index', fatal: false, message: 'TypeError: __host.post: the message is not JSON (in uncaught)' })]);
    expect(await runCase(t, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });

  it('a huge message is refused before the host sees it', async () => {
    const t = await start();
    expect(await runCase(t, 'huge')).toEqual(['threw', 'TypeError', '__host.post: the message is larger than 4194304 characters']);
  });

  it('unknown APIs and sync calls of async APIs are answered with failures', async () => {
    const t = await start();
    expect(await runCase(t, 'unknownApi')).toEqual([
      { ok: false, res: { errMsg: 'evalOnHost:fail not supported' } },
      { ok: false, res: { errMsg: '__proto__:fail not supported' } },
      { ok: false, res: { errMsg: 'setStorage:fail is not a synchronous API' } },
    ]);
    expect(await runCase(t, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });

  it('a flood of calls is cut off at the pending limit; the app recovers once they are answered', async () => {
    const t = await start();
    expect(await runCase(t, 'flood')).toEqual([1024, '__host.post: more than 1024 API calls are waiting for answers']);
    expect(await runCase(t, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });

  it('a privacy answer nobody asked for grants nothing', async () => {
    const t = await start();
    expect(await runCase(t, 'forgedAnswer')).toBe('setClipboardData:fail privacy permission is not authorized');
  });

  it('operations past the view\'s node limit (a stamp builds many nodes from one) end only this app', async () => {
    const t = await start({ limits: { viewNodes: 50_000 } });
    await t.tap('#stampFlood');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'crash', fatal: true, message: expect.stringContaining('more than 50000 nodes in the view') })]);
    expect(t.app.state).toBe('crashed');
    const next = await start();
    expect(await runCase(next, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });

  it('a forged fatal error ends only this app; the host launches another', async () => {
    const t = await start();
    await t.tap('#fakeFatal');
    expect(t.errors).toEqual([expect.objectContaining({ kind: 'crash', message: 'I give up', fatal: true })]);
    expect(t.app.state).toBe('crashed');
    const next = await start();
    expect(await runCase(next, 'ping')).toEqual(['alive', 'getStorageInfo:ok']);
  });
});
