// The browser benchmarks' bare QuickJS worker (bundled by scripts/build.mjs into
// quickjs_worker.bundle.js, as the logic thread's worker is): none of the framework's host side,
// only QuickJS and the scripts it is given. The first message instantiates QuickJS from the page's
// compiled module and makes a context; every message evaluates its scripts in that context, then
// its `reply` expression, and posts the resulting string back.
// startup.e2e's baseline (the browser twin of bench/startup_worker.ts) evaluates the framework and
// the app in a new worker; render.first's floor asks one worker for op batches, run after run.
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSContext, type QuickJSSyncVariant } from 'quickjs-emscripten-core';

export interface QuickJSRequest {
  /** The page's compiled QuickJS module (the first message only). */
  wasmModule?: WebAssembly.Module;
  /** Scripts to evaluate, in order: [file name, code]. */
  evaluate: [name: string, code: string][];
  /** An expression whose value (a string) is posted back. */
  reply: string;
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<QuickJSRequest>) => void) | null; postMessage(message: unknown): void };
let context: Promise<QuickJSContext> | undefined;

scope.onmessage = async ({ data: { wasmModule, evaluate, reply } }) => {
  context ??= newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC as unknown as QuickJSSyncVariant, { wasmModule })).then((quickjs) => quickjs.newContext());
  const vm = await context;
  for (const [name, code] of evaluate) vm.unwrapResult(vm.evalCode(code, name)).dispose();
  const result = vm.unwrapResult(vm.evalCode(reply));
  scope.postMessage(vm.getString(result));
  result.dispose();
};
