// render.first: the first render of a wx:for list of n items through the whole pipeline (logic in
// QuickJS in the worker, operations to the view, applied to happy-dom), as the firstRender mark
// measures it, against building the same tree with raw createElement/appendChild in the same DOM.
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { compileProject } from '../compiler.js';
import { createMiniApp } from '../runtime/host/index.js';
import { buildList } from './browser/pages/raw_dom.js';
import { median, type BenchResult } from './stats.js';

const project = fileURLToPath(new URL('../../bench/fixtures/list', import.meta.url));

async function ours(n: number): Promise<number> {
  const { bundle } = compileProject(project);
  const window = new Window();
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, launch: { query: { n: String(n) } } });
  await app.ready;
  const entry = app.performanceEntries().find((e) => e.name === 'firstRender')!;
  if (window.document.querySelectorAll('.item').length !== n) throw new Error('the list did not render');
  await app.close();
  await window.happyDOM.close();
  return entry.duration;
}

async function baseline(n: number): Promise<number> {
  const window = new Window();
  // happy-dom's document, typed as the DOM's (the builder is shared with the Chromium bench).
  const document = window.document as unknown as Document;
  const start = performance.now();
  document.body.appendChild(buildList(document, n));
  const time = performance.now() - start;
  await window.happyDOM.close();
  return time;
}

/**
 * The row and, with `fixed`, what of it a route costs whatever the page holds: the same page with
 * an empty list (its route on both threads, the messages, the page's own nodes), against the same
 * raw build.
 */
export async function renderFirst(n: number, runs: number, fixed = false): Promise<BenchResult[]> {
  await ours(n);
  if (fixed) await ours(0);
  await baseline(n);
  const o: number[] = [];
  const empty: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await ours(n));
    if (fixed) empty.push(await ours(0));
    b.push(await baseline(n));
  }
  const row: BenchResult = { name: `render.first (${n} items)`, what: `firstRender of a ${n}-item wx:for vs raw DOM building`, ours: median(o), baseline: median(b), unit: 'ms', target: { ratio: 1.5 } };
  if (!fixed) return [row];
  return [
    row,
    { name: `  of which an empty page`, what: `firstRender of the same page with no items vs the ${n}-item raw build`, ours: median(empty), baseline: median(b), unit: 'ms', target: { none: true } },
  ];
}
