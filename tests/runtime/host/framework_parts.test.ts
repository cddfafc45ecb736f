// The framework evaluated in parts (scripts/framework_parts.mjs, runtime/host/framework_parts.ts):
// what one block meant must still hold when its statements are compiled part by part, in a real
// QuickJS context.
import { readFileSync } from 'node:fs';
import { newQuickJSWASMModule, RELEASE_SYNC, type QuickJSContext } from 'quickjs-emscripten';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateFramework, splitFramework } from '../../../runtime/host/framework_parts.js';
import { frameworkParts, PART_SIZE } from '../../../scripts/framework_parts.mjs';

const contexts: QuickJSContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.dispose();
});

async function context(): Promise<QuickJSContext> {
  const c = (await newQuickJSWASMModule(RELEASE_SYNC)).newContext();
  contexts.push(c);
  return c;
}

function run(c: QuickJSContext, code: string): unknown {
  const result = c.unwrapResult(c.evalCode(code));
  const value = c.dump(result);
  result.dispose();
  return value;
}

// Each statement long enough to make a part of its own at a part size of 40.
const BLOCK = `{
let count = 0;
let label = "start";
function bump() { count += 1; return later(); }
class Base { name() { return "base:" + label; } }
const base = new Base();
function later() { return count; }
class Derived extends Base { name() { return "derived " + super.name(); } }
const derived = new Derived();
function rename(to) { label = to; return count; }
globalThis.__api = { bump, rename, read: () => [count, label, base.name(), derived.name(), typeof Base] };
}`;

describe('the framework in parts', () => {
  it('keeps one variable for every part, functions hoisted, classes across parts, and nothing of it global', async () => {
    const text = frameworkParts(BLOCK, 40);
    const { parts } = splitFramework(text);
    expect(parts.length).toBeGreaterThan(3);
    const c = await context();
    evaluateFramework(c, text, 'framework.js').dispose();
    // bump (an early part) writes `count`; rename (a later part) writes `label`: each part sees the other's writes.
    expect(run(c, '__api.bump(), __api.bump(), __api.rename("renamed")')).toBe(2);
    expect(run(c, '__api.read()')).toEqual([2, 'renamed', 'base:renamed', 'derived base:renamed', 'function']);
    expect(run(c, '[typeof count, typeof bump, typeof Base, typeof part, typeof __miniappFramework]')).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it("refuses a part whose top level may run a later part's code, directly or through what it calls", () => {
    const padding = 'function padding() { return "a long enough function to end the part"; }';
    const direct = `{\nconst first = second();\n${padding}\nfunction second() { return 2; }\n}`;
    expect(() => frameworkParts(direct, 40)).toThrow(/part 1 may run second before the part that declares it/);
    // In one part, the function is hoisted as in the block.
    expect(() => frameworkParts(direct, PART_SIZE)).not.toThrow();
    const throughCall = `{\nfunction helper() { return later(); }\nconst first = helper();\n${padding}\nfunction later() { return 2; }\n}`;
    expect(() => frameworkParts(throughCall, 40)).toThrow(/may run later before/);
    const throughConstructor = `{\nclass Made { constructor() { this.size = this.measure(); } measure() { return LIMIT; } }\nconst made = new Made();\n${padding}\nconst LIMIT = 3;\n}`;
    expect(() => frameworkParts(throughConstructor, 40)).toThrow(/may run LIMIT before/);
    // A class named but not constructed, or a function stored but not called, runs nothing then.
    const named = `{\nclass Kept { later() { return LIMIT; } }\nconst kinds = [Kept];\nfunction reader() { return LIMIT; }\nconst stored = { reader };\n${padding}\nconst LIMIT = 3;\n}`;
    expect(() => frameworkParts(named, 40)).not.toThrow();
  });

  it('refuses a top-level var, which would leak out of the block', () => {
    expect(() => frameworkParts('{\nvar leak = 1;\n}', 40)).toThrow(/has a var/);
  });

  it('builds the framework in parts of about 20 KB', () => {
    const { script, parts } = splitFramework(readFileSync(new URL('../../../dist/logic-framework.js', import.meta.url), 'utf8'));
    expect(script.startsWith('{const part=__miniappFramework.part;delete globalThis.__miniappFramework;')).toBe(true);
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) expect(part.length).toBeLessThan(3 * PART_SIZE);
  });
});
