// The logic framework's file (dist/logic-framework.js) is a short script and the parts it
// evaluates one at a time (scripts/framework_parts.mjs says why): the script first, then each
// part after this separator. The script takes the parts from `__miniappFramework.part(i)`, which
// it deletes before anything else runs.
import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';

export const FRAMEWORK_PART_SEPARATOR = '\n/*miniapp:framework-part*/\n';

/** The script to evaluate (strict), and the parts it asks for by index. */
export function splitFramework(text: string): { script: string; parts: string[] } {
  const [script, ...parts] = text.split(FRAMEWORK_PART_SEPARATOR);
  return { script, parts };
}

/**
 * Lends the parts to the script as `__miniappFramework.part(i)`. Call the returned function once
 * the script is evaluated: the function stays with the context, the parts' text does not.
 */
export function lendFrameworkParts(context: QuickJSContext, lent: string[]): () => void {
  let parts: string[] | null = lent;
  const host = context.newObject();
  const part = context.newFunction('part', (index) => context.newString(parts?.[context.getNumber(index)] ?? ''));
  context.setProp(host, 'part', part);
  context.setProp(context.global, '__miniappFramework', host);
  part.dispose();
  host.dispose();
  return () => {
    parts = null;
  };
}

/**
 * Evaluates the framework in a context as the logic thread does (the benchmarks' bare workers),
 * throwing what it throws.
 */
export function evaluateFramework(context: QuickJSContext, text: string, filename: string): QuickJSHandle {
  const { script, parts } = splitFramework(text);
  const drop = lendFrameworkParts(context, parts);
  const result = context.evalCode(script, filename, { type: 'global', strict: true });
  drop();
  return context.unwrapResult(result);
}
