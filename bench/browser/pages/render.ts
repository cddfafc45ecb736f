// render.first in Chromium: the list fixture's firstRender (bench/fixtures/list, n items) through
// the browser host, and the same tree built with raw DOM calls in the same page.
import { browserHost, expose, freshContainer } from './common.js';

const { createMiniApp, fetchBundle } = await browserHost();
const bundle = await fetchBundle('/list/');

/** One app from createMiniApp to its first page: the firstRender mark (ms). */
async function ours(n: number): Promise<number> {
  const container = freshContainer();
  const app = createMiniApp({ bundle, container, launch: { query: { n: String(n) } } });
  await app.ready;
  const entry = app.performanceEntries().find((e) => e.name === 'firstRender');
  const items = container.querySelectorAll('.item').length;
  await app.close();
  container.remove();
  if (entry === undefined || items !== n) throw new Error(`the list showed ${items} items, not ${n}`);
  return entry.duration;
}

/** The same tree (page > list > n × item > text > "Item i") with createElement/setAttribute/createTextNode/appendChild (ms). */
function raw(n: number): number {
  const container = freshContainer();
  const start = performance.now();
  const page = document.createElement('page');
  const list = document.createElement('wx-view');
  list.setAttribute('class', 'list');
  for (let i = 0; i < n; i++) {
    const item = document.createElement('wx-view');
    item.setAttribute('class', 'item');
    const text = document.createElement('wx-text');
    text.setAttribute('class', 'title');
    text.appendChild(document.createTextNode(`Item ${i}`));
    item.appendChild(text);
    list.appendChild(item);
  }
  page.appendChild(list);
  container.appendChild(page);
  const time = performance.now() - start;
  container.remove();
  return time;
}

expose({ ours, raw });
