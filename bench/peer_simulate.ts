// The peer's side of `peer`, in its own worker (it needs a global window and document, which the
// benchmark's main thread must not get): the list component loaded by miniprogram-simulate
// (j-component) in happy-dom, its first render (render + attach) and `one()` patches.
import { Window } from 'happy-dom';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

interface Simulate {
  load(path: string, tagName: string, options: { compiler: 'simulate' }): string;
  render(id: string, properties: Record<string, unknown>): SimulatedComponent;
}
interface SimulatedComponent {
  instance: { one(): void };
  attach(parent: unknown): void;
  detach(): void;
  querySelectorAll(selector: string): { dom: { textContent: string } }[];
}

const { path, firstN, firstRuns, patchN, patchRenders, patchesPerRender } = workerData as {
  path: string;
  firstN: number;
  firstRuns: number;
  patchN: number;
  patchRenders: number;
  patchesPerRender: number;
};

const window = new Window();
Object.assign(globalThis, { window, document: window.document });
for (const name of ['Node', 'Element', 'HTMLElement', 'Text', 'Event', 'CustomEvent', 'MutationObserver']) {
  if (!(name in globalThis)) Object.assign(globalThis, { [name]: (window as unknown as Record<string, unknown>)[name] });
}
const simulate = createRequire(import.meta.url)('miniprogram-simulate') as Simulate;
const id = simulate.load(path, 'list-component', { compiler: 'simulate' });

function render(n: number): [SimulatedComponent, number] {
  const parent = window.document.createElement('div');
  window.document.body.appendChild(parent);
  const start = performance.now();
  const component = simulate.render(id, { n });
  component.attach(parent);
  const time = performance.now() - start;
  if (component.querySelectorAll('.title').length !== n) throw new Error(`the peer rendered ${component.querySelectorAll('.title').length} items, not ${n}`);
  return [component, time];
}

const first: number[] = [];
// Three warm-up renders, as on our side.
for (let i = 0; i < firstRuns + 3; i++) {
  const [component, time] = render(firstN);
  if (i >= 3) first.push(time);
  component.detach();
}

const patch: number[] = [];
for (let i = 0; i < patchRenders; i++) {
  const [component] = render(patchN);
  for (let round = 1; round <= patchesPerRender; round++) {
    const start = performance.now();
    component.instance.one();
    patch.push(performance.now() - start);
    const text = component.querySelectorAll('.title')[patchN >> 1].dom.textContent;
    if (text !== `Changed ${round}`) throw new Error(`the peer's patch ${round} showed ${text}`);
  }
  component.detach();
}

parentPort!.postMessage({ first, patch });
