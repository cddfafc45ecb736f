// startup.e2e's baseline worker in Chromium (bundled by scripts/build.mjs into
// startup_worker.bundle.js, as the logic thread's worker is): instantiates QuickJS from the page's
// compiled module, makes a context, evaluates the framework's and the app's bytes and posts one
// 100-byte message back. Nothing of the framework runs. The browser twin of bench/startup_worker.ts.
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSSyncVariant } from 'quickjs-emscripten-core';

interface Start {
  wasmModule: WebAssembly.Module;
  framework: string;
  logic: string;
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Start>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async ({ data: { wasmModule, framework, logic } }) => {
  const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC as unknown as QuickJSSyncVariant, { wasmModule }));
  const context = quickjs.newContext();
  // What the scripts find at load: host functions that do nothing.
  context
    .unwrapResult(context.evalCode('globalThis.__host = new Proxy({}, { get: () => () => "{}" }); globalThis.__miniapp = { define() {}, template() {}, wxs() {} };'))
    .dispose();
  context.unwrapResult(context.evalCode(framework, 'logic-framework.js')).dispose();
  // The framework defines __miniapp; the app's registrations go to inert ones, as a bare evaluation.
  context.unwrapResult(context.evalCode('globalThis.__miniapp = { define() {}, template() {}, wxs() {} };')).dispose();
  context.unwrapResult(context.evalCode(logic, 'logic.js')).dispose();
  const message = context.getString(context.unwrapResult(context.evalCode(`JSON.stringify({ t: "ops", ops: [${'1,'.repeat(40)}1] })`)));
  scope.postMessage(message);
  context.dispose();
};
