// Builds the package: TypeScript → dist/ (incremental), then the logic framework
// (runtime/logic) bundled by rollup into the one script QuickJS evaluates (and a Worker's,
// runtime/app_worker), the compiler into the one module everything outside it loads
// (dist/compiler.js), then the browser build
// in dist/browser/: the embedding API (miniapp.js), the logic thread's Web Worker (worker.js),
// QuickJS's wasm and the framework beside them; and the devtools page in dist/devtools/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from '@rollup/wasm-node';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = spawnSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.build.json`], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

async function bundle(input, output, options = {}) {
  const build = await rollup({
    input: `${root}/dist/${input}`,
    // The worker needs the browser builds of its packages (QuickJS's); the embedding API only ES modules.
    plugins: options.resolve === 'browser' ? [nodeResolve({ browser: true, exportConditions: ['browser'] })] : options.resolve === 'module' ? [nodeResolve()] : [],
    // For Node: its modules and the npm packages stay imports, loaded from node_modules at run time.
    external: options.resolve === 'node' ? (id) => !id.startsWith('.') && !id.startsWith('/') : undefined,
    onwarn(warning, warn) {
      // The one cycle left on purpose: a template is a tree, so mountNodes (template/mount.js)
      // makes every kind of fragment (element, component, wx:for, wx:if, template call; a
      // component's shadow root) and each of them mounts its children with mountNodes. Every such
      // cycle passes through mount.js and stays inside template/; any other cycle is reported.
      if (
        warning.code === 'CIRCULAR_DEPENDENCY' &&
        warning.ids?.every((id) => id.includes('/runtime/logic/template/')) &&
        warning.ids.some((id) => id.endsWith('/runtime/logic/template/mount.js'))
      ) {
        return;
      }
      warn(warning);
    },
  });
  await build.write({ file: `${root}/dist/${output}`, format: options.format ?? 'es', strict: true, sourcemap: false, inlineDynamicImports: true });
  await build.close();
}

await bundle('runtime/logic/index.js', 'logic-framework.js', { format: 'iife' });
// The framework of a mini-program's Worker (wx.createWorker), evaluated in the Worker's own context.
await bundle('runtime/app_worker/index.js', 'app-worker-framework.js', { format: 'iife' });
// The compiler in one file: Node's loader takes longer over its 50 modules than V8 does over the
// code, so a command or a worker that compiles starts sooner (compiler.d.ts; its packages are
// loaded by first use, compiler/lazy_packages.ts).
await bundle('compiler/index.js', 'compiler.js', { resolve: 'node' });
mkdirSync(`${root}/dist/browser`, { recursive: true });
await bundle('runtime/host/browser/index.js', 'browser/miniapp.js', { resolve: 'module' });
await bundle('runtime/host/browser/worker.js', 'browser/worker.js', { resolve: 'browser' });
copyFileSync(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm'), `${root}/dist/browser/quickjs.wasm`);
copyFileSync(`${root}/dist/logic-framework.js`, `${root}/dist/browser/logic-framework.js`);
copyFileSync(`${root}/dist/app-worker-framework.js`, `${root}/dist/browser/app-worker-framework.js`);
// The browser benchmarks' bare QuickJS worker (startup.e2e's baseline, render.first's floor) (`npm run bench -- --browser`), bundled as the logic thread's worker is.
await bundle('bench/browser/pages/quickjs_worker.js', 'bench/browser/pages/quickjs_worker.bundle.js', { resolve: 'browser' });
// The devtools page: its script (the browser runtime included) and its HTML and CSS.
await bundle('devtools/client/main.js', 'devtools/devtools.js', { resolve: 'module' });
for (const file of ['index.html', 'devtools.css']) copyFileSync(`${root}/devtools/page/${file}`, `${root}/dist/devtools/${file}`);
