// Builds the package: TypeScript → dist/ (incremental), then the logic framework
// (runtime/logic) bundled by rollup into the one script QuickJS evaluates, a block evaluated in
// strict mode that compiles its parts one at a time (scripts/framework_parts.mjs), and a Worker's
// framework (runtime/app_worker), both without comments or layout,
// the logic thread's Node worker into one file (dist/logic-worker.js), the compiler into the one
// module everything outside it loads (dist/compiler.js), then the browser build in dist/browser/:
// the embedding API (miniapp.js), the logic thread's Web Worker (worker.js), QuickJS's wasm and
// the framework beside them; and the devtools page in dist/devtools/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from '@rollup/wasm-node';
import { minify } from 'terser';

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
    plugins:
      options.resolve === 'browser'
        ? [nodeResolve({ browser: true, exportConditions: ['browser'] })]
        : options.resolve === 'module' || options.resolve === 'worker'
          ? [nodeResolve()]
          : [],
    // For Node: its modules and the npm packages stay imports, loaded from node_modules at run time;
    // a Node worker takes in its packages too, and only Node's own modules stay imports.
    external: options.resolve === 'node' ? (id) => !id.startsWith('.') && !id.startsWith('/') : options.resolve === 'worker' ? (id) => id.startsWith('node:') : undefined,
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
  const format = options.format ?? 'es';
  await build.write({ file: `${root}/dist/${output}`, format, strict: true, sourcemap: false, inlineDynamicImports: true });
  await build.close();
  if (options.block) await frameworkBlock(output);
  // A module's bundle is compacted as one; the framework's block is a script.
  if (options.compact) await compact(output, format === 'es' && !options.block);
  if (options.parts) {
    // After tsc: the separator comes from the runtime's side of the format.
    const { frameworkParts } = await import('./framework_parts.mjs');
    const path = `${root}/dist/${output}`;
    writeFileSync(path, frameworkParts(readFileSync(path, 'utf8')));
  }
}

/**
 * A script evaluated at every start, without its comments and layout: the logic framework has
 * half the bytes to parse and evaluates about a fifth faster (27 → 21 ms in a bare QuickJS
 * context, BENCHMARKS.md); a worker's bundle loads sooner. Written in ASCII (other characters
 * escaped), so that V8 keeps a worker's source, and the framework's text on its way to QuickJS, at
 * one byte a character rather than two. Names stay as written, so a stack still reads.
 */
async function compact(file, module) {
  const path = `${root}/dist/${file}`;
  const { code } = await minify(readFileSync(path, 'utf8'), { module, compress: false, mangle: false, format: { comments: false, ascii_only: true } });
  writeFileSync(path, code);
}

/**
 * The logic framework's top level as one block, not a function called at once: the logic thread
 * evaluates it as a strict script, so its declarations stay inside the block as a function's
 * would. QuickJS keeps a copy of a function's text while it compiles it, so the wrapping function
 * cost a second copy of the whole framework in every app's wasm memory (1.68 → 1.54 MB resident,
 * BENCHMARKS.md).
 */
async function frameworkBlock(file) {
  const path = `${root}/dist/${file}`;
  const code = readFileSync(path, 'utf8');
  // Rollup writes an entry without imports and exports as its statements, the top level's at the
  // start of a line; a `var` there would leak out of the block into the global scope.
  if (/^(import|export|var)\b/m.test(code)) throw new Error(`${file}: the framework's top level has an import, an export or a var`);
  writeFileSync(path, `{\n${code}\n}\n`);
}

await bundle('runtime/logic/index.js', 'logic-framework.js', { block: true, compact: true, parts: true });
// The framework of a mini-program's Worker (wx.createWorker), evaluated in the Worker's own context.
await bundle('runtime/app_worker/index.js', 'app-worker-framework.js', { format: 'iife', compact: true });
// The logic thread's Node worker in one file, QuickJS's package with it: a new worker loads it in
// about 10 ms rather than 23 ms over its 19 modules, at every app's start.
await bundle('runtime/host/node/worker.js', 'logic-worker.js', { resolve: 'worker', compact: true });
// The compiler in one file: Node's loader takes longer over its 50 modules than V8 does over the
// code, so a command or a worker that compiles starts sooner (compiler.d.ts; its packages are
// loaded by first use, compiler/lazy_packages.ts).
await bundle('compiler/index.js', 'compiler.js', { resolve: 'node' });
mkdirSync(`${root}/dist/browser`, { recursive: true });
await bundle('runtime/host/browser/index.js', 'browser/miniapp.js', { resolve: 'module' });
await bundle('runtime/host/browser/worker.js', 'browser/worker.js', { resolve: 'browser', compact: true });
copyFileSync(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm'), `${root}/dist/browser/quickjs.wasm`);
copyFileSync(`${root}/dist/logic-framework.js`, `${root}/dist/browser/logic-framework.js`);
copyFileSync(`${root}/dist/app-worker-framework.js`, `${root}/dist/browser/app-worker-framework.js`);
// startup.e2e's and memory.instance's bare workers in Node, bundled as the logic thread's worker
// is, so that they load and hold their code alike.
await bundle('bench/startup_worker.js', 'bench/startup_worker.bundle.js', { resolve: 'worker', compact: true });
await bundle('bench/memory_worker.js', 'bench/memory_worker.bundle.js', { resolve: 'worker', compact: true });
// The browser benchmarks' bare QuickJS worker (startup.e2e's baseline, render.first's floor) (`npm run bench -- --browser`), bundled as the logic thread's worker is.
await bundle('bench/browser/pages/quickjs_worker.js', 'bench/browser/pages/quickjs_worker.bundle.js', { resolve: 'browser', compact: true });
// The devtools page: its script (the browser runtime included) and its HTML and CSS.
await bundle('devtools/client/main.js', 'devtools/devtools.js', { resolve: 'module' });
for (const file of ['index.html', 'devtools.css']) copyFileSync(`${root}/devtools/page/${file}`, `${root}/dist/devtools/${file}`);
