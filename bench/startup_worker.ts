// The logic thread's unavoidable startup, for startup.e2e's baseline: a worker that instantiates
// QuickJS from the host's compiled module, makes a runtime and context, evaluates the framework's
// and the app's bytes, and posts one 100-byte message back. Nothing of the framework runs.
import { parentPort } from 'node:worker_threads';
import { newQuickJSWASMModule, newVariant, RELEASE_SYNC } from 'quickjs-emscripten';
import { evaluateFramework } from '../runtime/host/framework_parts.js';

interface Start {
  wasmModule: WebAssembly.Module;
  framework: string;
  logic: string;
}

parentPort!.once('message', async ({ wasmModule, framework, logic }: Start) => {
  const quickjs = await newQuickJSWASMModule(newVariant(RELEASE_SYNC, { wasmModule }));
  const context = quickjs.newContext();
  // What the scripts find at load: host functions that do nothing.
  context
    .unwrapResult(context.evalCode('globalThis.__host = new Proxy({}, { get: () => () => "{}" }); globalThis.__miniapp = { define() {}, template() {}, wxs() {} };'))
    .dispose();
  evaluateFramework(context, framework, 'logic-framework.js').dispose();
  // The framework defines __miniapp; the app's registrations go to inert ones, as a bare evaluation.
  context.unwrapResult(context.evalCode('globalThis.__miniapp = { define() {}, template() {}, wxs() {} };')).dispose();
  context.unwrapResult(context.evalCode(logic, 'logic.js')).dispose();
  const message = context.getString(context.unwrapResult(context.evalCode(`JSON.stringify({ t: "ops", ops: [${'1,'.repeat(40)}1] })`)));
  parentPort!.postMessage(message);
  context.dispose();
});
