// render.first in Chromium: the list fixture's firstRender (bench/fixtures/list, n items) through
// the browser host, and the same tree built with raw DOM calls in the same page; and a floor: bare
// QuickJS in a worker building the fixture's items and the very operations our first render sends.
import { browserHost, compiledQuickJS, expose, freshContainer, quickjsWorker } from './common.js';
import { buildList } from './raw_dom.js';

const { createMiniApp, fetchBundle } = await browserHost();
const bundle = await fetchBundle('/list/');
const wasmModule = await compiledQuickJS();

/**
 * One app from createMiniApp to its first page (ms): the firstRender mark, and the view's part of
 * it (reading and applying the operations: the first render's `update` event).
 */
async function ours(n: number): Promise<{ firstRender: number; view: number }> {
  const container = freshContainer();
  const app = createMiniApp({ bundle, container, launch: { query: { n: String(n) } } });
  let view = 0;
  app.on('update', (update) => {
    if (update.bytes > 0 && view === 0) view = update.viewDuration;
  });
  await app.ready;
  const entry = app.performanceEntries().find((e) => e.name === 'firstRender');
  // On the page's timeline too, where a trace shows it (./profile.ts).
  if (entry !== undefined) performance.measure('miniapp firstRender', { start: entry.startTime - performance.timeOrigin, duration: entry.duration });
  const items = container.querySelectorAll('.item').length;
  await app.close();
  container.remove();
  if (entry === undefined || items !== n) throw new Error(`the list showed ${items} items, not ${n}`);
  return { firstRender: entry.duration, view };
}

/** The same tree (page > list > n × item > text > "Item i") with createElement/setAttribute/createTextNode/appendChild (ms). */
function raw(n: number): number {
  const container = freshContainer();
  const start = performance.now();
  const page = buildList(document, n);
  container.appendChild(page);
  const time = performance.now() - start;
  container.remove();
  return time;
}

/**
 * What the logic thread cannot avoid, written by hand in plain ES5 for QuickJS: the fixture's
 * onLoad building its n items, then the op batch our first render sends for them (the same
 * operations and ids, in the same order: the list's stamp, then its items last to first, each
 * inserted before the one built before it), as JSON text.
 */
const FLOOR = `
globalThis.items = function (n) { var items = []; for (var i = 0; i < n; i++) items.push({ id: i, title: 'Item ' + i }); return items; };
globalThis.ops = function (items) {
  var ops = [1, 1, 'page', 1, 2, 'wx-view', 3, 2, 'class', 'list', 6, 1, 2, 0,
    12, 1, [1, 1, 'wx-view', 3, 1, 'class', 'item', 1, 2, 'wx-text', 3, 2, 'class', 'title', 2, 3, null, 6, 2, 3, 0, 6, 1, 2, 0]];
  var id = 6, next = 0;
  for (var k = items.length - 1; k >= 0; k--) {
    ops.push(13, 1, id, 2, next, items[k].title);
    next = id;
    id += 3;
  }
  return JSON.stringify(ops);
};`;

let floorWorker: ReturnType<typeof quickjsWorker> | undefined;

/** The floor: a request to a bare QuickJS worker until the op batch's text is back in the page (ms). */
async function floor(n: number): Promise<number> {
  if (floorWorker === undefined) {
    floorWorker = quickjsWorker();
    await floorWorker.ask({ wasmModule, evaluate: [['floor.js', FLOOR]], reply: '""' });
  }
  const start = performance.now();
  const text = await floorWorker.ask({ evaluate: [], reply: `ops(items(${n}))` });
  const time = performance.now() - start;
  const last = 3 * n + 3; // the first node of item 0, the last built
  if (!text.endsWith(`13,1,${last},2,${last - 3},"Item 0"]`)) throw new Error(`the floor's ops end ${text.slice(-60)}`);
  return time;
}

expose({ ours, raw, floor });
