// Builds the package: TypeScript → dist/ (incremental), then the logic framework
// (runtime/logic) bundled by rollup into the one script QuickJS evaluates.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rollup } from '@rollup/wasm-node';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = spawnSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.build.json`], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const bundle = await rollup({
  input: `${root}/dist/runtime/logic/index.js`,
  onwarn(warning, warn) {
    // Template fragments mount their children and are mounted by mountNodes: a tree is recursive.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/runtime/logic/template/'))) return;
    warn(warning);
  },
});
await bundle.write({
  file: `${root}/dist/logic-framework.js`,
  format: 'iife',
  strict: true,
  sourcemap: false,
});
await bundle.close();
