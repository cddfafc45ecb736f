// dist/compiler.js: the compiler (compiler/index.ts) bundled into one ES module by
// scripts/build.mjs. The CLI, launch, the devtools' live build and the benchmarks import it, so that
// a process loads one file rather than the compiler's modules one by one; tests import
// compiler/index.ts itself (vitest.config.ts points this file's imports there).
export * from './compiler/index.js';
