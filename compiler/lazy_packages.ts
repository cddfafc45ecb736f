// The npm packages the compiler uses, each loaded by its first use. The compiler ships as one
// module file (dist/compiler.js), where a static import would load every package with it:
// TypeScript alone takes about 400 ms, which a build of CommonJS scripts never needs, and compiling
// templates alone needs none of @babel/parser, postcss or jsonc-parser. (@babel/code-frame, less
// and sass are loaded the same way where they are used: diagnostics.ts, wxss/preprocess.ts.)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package `name`, required by the first call and kept. */
function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

export const babelParser = lazy<typeof import('@babel/parser')>('@babel/parser');
export const typescript = lazy<typeof import('typescript')>('typescript');
export const jsoncParser = lazy<typeof import('jsonc-parser')>('jsonc-parser');
export const magicString = lazy<typeof import('magic-string')>('magic-string');
export const remapping = lazy<typeof import('@jridgewell/remapping').default>('@jridgewell/remapping');
export const traceMapping = lazy<typeof import('@jridgewell/trace-mapping')>('@jridgewell/trace-mapping');
export const postcss = lazy<typeof import('postcss').default>('postcss');
export const selectorParser = lazy<typeof import('postcss-selector-parser')>('postcss-selector-parser');
