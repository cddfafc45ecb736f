// QuickJS's WebAssembly, compiled once per host process. Every app's worker instantiates the same
// module with its own memory; V8 shares the module's code between them, including the optimized
// code earlier apps caused, so later apps start faster.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

let compiled: Promise<WebAssembly.Module> | undefined;

export function quickjsModule(): Promise<WebAssembly.Module> {
  compiled ??= readFile(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm')).then((bytes) =>
    WebAssembly.compile(bytes),
  );
  return compiled;
}
