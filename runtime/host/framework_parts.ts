// The logic framework's file (dist/logic-framework.js) is a short script and the parts it
// evaluates one at a time (scripts/framework_parts.mjs says why): the script first, then each
// part after this separator. The script takes the parts from `__miniappFramework.part(i)`, which
// it deletes before anything else runs.
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';

export const FRAMEWORK_PART_SEPARATOR = '\n/*miniapp:framework-part*/\n';

/** The global the framework's script takes its parts from, and deletes. */
export const FRAMEWORK_PARTS_GLOBAL = '__miniappFramework';

/** The script to evaluate (strict), and the parts it asks for by index. */
export function splitFramework(text: string): { script: string; parts: string[] } {
  const [script, ...parts] = text.split(FRAMEWORK_PART_SEPARATOR);
  return { script, parts };
}

/**
 * Evaluates the framework in a context through quickjs-emscripten's own API (the benchmarks' bare
 * workers, which evaluate it as the logic thread does).
 */
export function evaluateFramework(context: QuickJSContext, text: string, filename: string): QuickJSHandle {
  const split = splitFramework(text);
  // Dropped once evaluated: the function stays with the context.
  let parts: string[] | null = split.parts;
  const host = context.newObject();
  const part = context.newFunction('part', (index) => context.newString(parts?.[context.getNumber(index)] ?? ''));
  context.setProp(host, 'part', part);
  context.setProp(context.global, FRAMEWORK_PARTS_GLOBAL, host);
  part.dispose();
  host.dispose();
  const result = context.evalCode(split.script, filename, { type: 'global', strict: true });
  parts = null;
  return context.unwrapResult(result);
}
