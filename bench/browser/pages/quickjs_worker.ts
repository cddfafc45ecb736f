// The browser benchmarks' bare QuickJS worker (bundled by scripts/build.mjs into
// quickjs_worker.bundle.js, as the logic thread's worker is): none of the framework's host side,
// only QuickJS and the scripts it is given. The first message instantiates QuickJS from the page's
// compiled module and makes a context; every message evaluates its scripts in that context, then
// its `reply` expression, and posts the resulting string back.
// startup.e2e's baseline (the browser twin of bench/startup_worker.ts) evaluates the framework and
// the app in a new worker; render.first's floor asks one worker for op batches, run after run.
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSContext, type QuickJSSyncVariant } from 'quickjs-emscripten-core';
import { evaluateFramework } from '../../../runtime/host/framework_parts.js';

export interface QuickJSRequest {
  /** The page's compiled QuickJS module (the first message only). */
  wasmModule?: WebAssembly.Module;
  /**
   * (The first message only.) QuickJS set up as the logic thread sets it up with the default limits
   * (runtime/host/logic_thread.ts): its own wasm memory of 256 pages growing to 256 MB, a 256 KB
   * stack, a 128 MB memory limit, an interrupt handler reading the clock; without it, the library's
   * defaults.
   */
  limits?: boolean;
  /** Scripts to evaluate, in order: [file name, code, whether it is the framework's file (evaluated as the logic thread does)]. */
  evaluate: [name: string, code: string, framework?: boolean][];
  /** An expression whose value (a string) is posted back. */
  reply: string;
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<QuickJSRequest>) => void) | null; postMessage(message: unknown): void };
let context: Promise<QuickJSContext> | undefined;

scope.onmessage = async ({ data: { wasmModule, limits, evaluate, reply } }) => {
  context ??= (async () => {
    const wasmMemory = limits === true ? new WebAssembly.Memory({ initial: 256, maximum: (256 * 1024 * 1024) / (64 * 1024) }) : undefined;
    const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC as unknown as QuickJSSyncVariant, { wasmModule, wasmMemory }));
    if (limits !== true) return quickjs.newContext();
    const runtime = quickjs.newRuntime();
    runtime.setMaxStackSize(256 * 1024);
    runtime.setMemoryLimit(128 * 1024 * 1024);
    const deadline = Date.now() + 5000;
    runtime.setInterruptHandler(() => Date.now() > deadline);
    return runtime.newContext();
  })();
  const vm = await context;
  for (const [name, code, framework] of evaluate) {
    if (framework === true) evaluateFramework(vm, code, name).dispose();
    else vm.unwrapResult(vm.evalCode(code, name, { type: 'global' })).dispose();
  }
  const result = vm.unwrapResult(vm.evalCode(reply));
  scope.postMessage(vm.getString(result));
  result.dispose();
};
