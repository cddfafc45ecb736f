// bridge.event in Chromium: a click on the counter fixture's view (dispatched inside the page with
// element.click(), so no DevTools-protocol latency is measured) until a MutationObserver sees the
// count's text change, and until the next animation frame after it; against a bare Worker echo
// round trip in the same page.
import { browserHost, expose, freshContainer, nextFrame } from './common.js';

const { createMiniApp, fetchBundle } = await browserHost();
const bundle = await fetchBundle('/counter/');

/** The times of some taps (ms): click → text changed, and click → the frame after the change. */
interface Taps {
  dom: number[];
  frame: number[];
}

/**
 * `warmup` taps back to back (V8 optimizes the worker's code and QuickJS's wasm after some hundreds),
 * then `taps` measured back to back (click → DOM), then `framed` taps each started at the beginning
 * of a frame (a task queued from a requestAnimationFrame callback), measured until the change and
 * until the next frame's callback.
 */
async function ours(warmup: number, taps: number, framed: number): Promise<Taps> {
  const container = freshContainer();
  const app = createMiniApp({ bundle, container });
  await app.ready;
  await app.settled();
  const counter = container.querySelector<HTMLElement>('#counter')!;
  const text = counter.firstChild!;
  let count = 0;
  const tap = async (): Promise<[start: number, changed: number]> => {
    const changed = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const at = performance.now();
        observer.disconnect();
        resolve(at);
      });
      observer.observe(text, { characterData: true });
    });
    const start = performance.now();
    counter.click();
    const at = await changed;
    count++;
    if (text.textContent !== String(count)) throw new Error(`tap ${count} showed ${text.textContent}`);
    return [start, at];
  };
  const result: Taps = { dom: [], frame: [] };
  for (let i = 0; i < warmup + taps; i++) {
    const [start, changed] = await tap();
    if (i >= warmup) result.dom.push(changed - start);
    await app.settled();
  }
  for (let i = 0; i < framed; i++) {
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [start] = await tap();
    result.frame.push((await nextFrame()) - start);
    await app.settled();
  }
  await app.close();
  container.remove();
  return result;
}

/**
 * The baseline: a bare Worker that posts back what it gets, and a raw `Text.data` write on its
 * answer; measured as ours (back to back, then from the start of a frame to the next frame).
 */
async function echo(warmup: number, trips: number, framed: number): Promise<Taps> {
  const worker = new Worker('/bench/echo_worker.js', { type: 'module' });
  const text = document.createTextNode('0');
  freshContainer().appendChild(text);
  const message = JSON.stringify({ t: 'event', event: { node: 12, type: 'tap', timeStamp: 1234, detail: { x: 10, y: 20 } }, pad: 'xxx' });
  let count = 0;
  const trip = () => new Promise<[start: number, changed: number]>((resolve) => {
    const start = performance.now();
    worker.onmessage = () => {
      text.data = String(++count);
      resolve([start, performance.now()]);
    };
    worker.postMessage(message);
  });
  const result: Taps = { dom: [], frame: [] };
  for (let i = 0; i < warmup + trips; i++) {
    const [start, changed] = await trip();
    if (i >= warmup) result.dom.push(changed - start);
  }
  for (let i = 0; i < framed; i++) {
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [start] = await trip();
    result.frame.push((await nextFrame()) - start);
  }
  worker.terminate();
  (text.parentNode as Element).remove();
  return result;
}

expose({ ours, echo });
