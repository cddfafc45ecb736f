// startup.e2e in Chromium: the shop template's cold start (createMiniApp to its first page on
// screen: the appLaunch mark), a new app and a new container in the same page each run; against
// what any two-thread start must do, measured in the same page: a worker that instantiates QuickJS
// from the page's compiled module, evaluates the framework's and the app's bytes and posts a
// message back (./quickjs_worker.ts, a new one each run), plus building the first page's DOM raw.
import { browserHost, compiledQuickJS, expose, freshContainer, quickjsWorker } from './common.js';
import { planOf, type Plan } from './raw_dom.js';

const { createMiniApp, fetchBundle } = await browserHost();
const bundle = await fetchBundle('/shop/');
const framework = await (await fetch('/miniapp/logic-framework.js')).text();
const wasmModule = await compiledQuickJS();
// What the scripts find at load: host functions that do nothing. After the framework, the app's
// registrations go to inert ones: a bare evaluation (as bench/startup_worker.ts).
const STUBS = 'globalThis.__host = new Proxy({}, { get: () => () => "{}" }); globalThis.__miniapp = { define() {}, template() {}, wxs() {} };';
const INERT = 'globalThis.__miniapp = { define() {}, template() {}, wxs() {} };';


let page: Plan | undefined;

/** One cold start: the appLaunch mark (ms). The first run also keeps the first page's tree for the DOM baseline. */
async function ours(): Promise<number> {
  const container = freshContainer();
  const app = createMiniApp({ bundle, container });
  await app.ready;
  await app.settled({ timers: 0 });
  const launch = app.performanceEntries().find((e) => e.name === 'appLaunch')?.duration;
  // On the page's timeline too, where a trace shows them (../profile.ts).
  for (const entry of app.performanceEntries()) {
    if (entry.name === 'appLaunch' || entry.name === 'startRuntime') performance.measure(`miniapp ${entry.name}`, { start: entry.startTime - performance.timeOrigin, duration: entry.duration });
  }
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
  const worker = quickjsWorker();
  await worker.ask({
    wasmModule,
    evaluate: [['stubs.js', STUBS], ['logic-framework.js', framework, true], ['inert.js', INERT], ['logic.js', bundle.logic]],
    // A 100-byte message back.
    reply: `JSON.stringify({ t: "ops", ops: [${'1,'.repeat(40)}1] })`,
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

/**
 * The baseline's steps, each asked of one bare worker in turn, then the raw DOM build (ms), for
 * ./profile.ts; `limits`: QuickJS set up with the logic thread's limits (./quickjs_worker.ts).
 */
async function logicSteps(limits = false): Promise<number[]> {
  const worker = quickjsWorker();
  const t0 = performance.now();
  await worker.ask({ wasmModule, limits, evaluate: [['stubs.js', STUBS]], reply: '""' });
  const t1 = performance.now();
  await worker.ask({ evaluate: [['logic-framework.js', framework, true]], reply: '""' });
  const t2 = performance.now();
  await worker.ask({ evaluate: [['inert.js', INERT], ['logic.js', bundle.logic]], reply: '""' });
  const t3 = performance.now();
  worker.terminate();
  return [t1 - t0, t2 - t1, t3 - t2, dom()];
}

expose({ ours, logic, dom, logicSteps });
