// startup.e2e in Chromium: the shop template's cold start (createMiniApp to its first page on
// screen: the appLaunch mark), a new app and a new container in the same page each run; against
// what any two-thread start must do, measured in the same page: a worker that instantiates QuickJS
// from the page's compiled module, evaluates the framework's and the app's bytes and posts a
// message back (./startup_worker.ts), plus building the first page's DOM raw.
import { browserHost, expose, freshContainer } from './common.js';

const { createMiniApp, fetchBundle } = await browserHost();
const bundle = await fetchBundle('/shop/');
const framework = await (await fetch('/miniapp/logic-framework.js')).text();
// Compiled once, as the host compiles it once for every app of the page.
const wasmModule = await WebAssembly.compile(await (await fetch('/miniapp/quickjs.wasm')).arrayBuffer());

/** One node of the first page, as the baseline builds it. */
type Plan = { tag: string; attrs: [string, string][]; children: Plan[] } | { text: string };

function planOf(node: Node): Plan | null {
  if (node.nodeType === 3) return { text: node.textContent ?? '' };
  if (node.nodeType !== 1) return null;
  const element = node as Element;
  return {
    tag: element.tagName.toLowerCase(),
    attrs: Array.from(element.attributes, (a) => [a.name, a.value] as [string, string]),
    children: Array.from(element.childNodes, planOf).filter((p): p is Plan => p !== null),
  };
}

let page: Plan | undefined;

/** One cold start: the appLaunch mark (ms). The first run also keeps the first page's tree for the DOM baseline. */
async function ours(): Promise<number> {
  const container = freshContainer();
  const app = createMiniApp({ bundle, container });
  await app.ready;
  await app.settled({ timers: 0 });
  const launch = app.performanceEntries().find((e) => e.name === 'appLaunch')?.duration;
  const root = app.view.currentPage?.root;
  if (launch === undefined || root === undefined || app.state !== 'running') throw new Error('the shop did not start');
  page ??= planOf(root as unknown as Node)!;
  await app.close();
  container.remove();
  return launch;
}

/** From `new Worker` to its message back: QuickJS instantiated, the framework and the app evaluated (ms). */
async function logic(): Promise<number> {
  const start = performance.now();
  const worker = new Worker('/bench/startup_worker.bundle.js', { type: 'module' });
  await new Promise<void>((resolve, reject) => {
    worker.onmessage = () => resolve();
    worker.onerror = (event) => reject(new Error(event.message || 'the baseline worker failed to load'));
    worker.postMessage({ wasmModule, framework, logic: bundle.logic });
  });
  const time = performance.now() - start;
  worker.terminate();
  return time;
}

/** The first page's tree built node by node with createElement/setAttribute/appendChild in a fresh container (ms). */
function dom(): number {
  if (page === undefined) throw new Error('ours() runs first: it keeps the first page');
  const container = freshContainer();
  const build = (plan: Plan): Node => {
    if ('text' in plan) return document.createTextNode(plan.text);
    const element = document.createElement(plan.tag);
    for (const [name, value] of plan.attrs) element.setAttribute(name, value);
    for (const child of plan.children) element.appendChild(build(child));
    return element;
  };
  const start = performance.now();
  container.appendChild(build(page));
  const time = performance.now() - start;
  container.remove();
  return time;
}

expose({ ours, logic, dom });
