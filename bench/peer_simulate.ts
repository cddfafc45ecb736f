// The peer's side of `peer`, in its own worker (it needs a global window and document, which the
// benchmark's main thread must not get): the list component loaded by miniprogram-simulate
// (j-component) in happy-dom; on request, one first render (render + attach) or a series of
// `one()` patches.
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

const { path } = workerData as { path: string };

/** What the benchmark asks for, one at a time, so that its runs alternate with ours. */
type Request = { kind: 'first'; n: number } | { kind: 'patch'; n: number; patches: number };

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

/** One first render of an n-item list (ms). */
function first(n: number): number {
  const [component, time] = render(n);
  component.detach();
  return time;
}

/** `patches` one-path patches of an n-item list (ms each). */
function patches(n: number, count: number): number[] {
  const [component] = render(n);
  const times: number[] = [];
  for (let round = 1; round <= count; round++) {
    const start = performance.now();
    component.instance.one();
    times.push(performance.now() - start);
    const text = component.querySelectorAll('.title')[n >> 1].dom.textContent;
    if (text !== `Changed ${round}`) throw new Error(`the peer's patch ${round} showed ${text}`);
  }
  component.detach();
  return times;
}

parentPort!.on('message', (request: Request) => {
  parentPort!.postMessage(request.kind === 'first' ? [first(request.n)] : patches(request.n, request.patches));
});
