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

export async function renderFirst(n: number, runs: number): Promise<BenchResult> {
  await ours(n);
  await baseline(n);
  const o: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    o.push(await ours(n));
    b.push(await baseline(n));
  }
  return { name: `render.first (${n} items)`, what: `firstRender of a ${n}-item wx:for vs raw DOM building`, ours: median(o), baseline: median(b), unit: 'ms', target: { ratio: 1.5 } };
}
