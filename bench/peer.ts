// peer: the same list component in miniprogram-simulate (j-component, WeChat's own test renderer)
// in the same run: its first render of 1,000 items against our firstRender mark, and its patch of
// one path of a 10,000-item list against ours (render.patch's figure).
import { Worker } from 'node:worker_threads';
import { ListComponentApp, listComponent } from './list_component.js';
import { median, type BenchResult } from './stats.js';

const FIRST_N = 1000;
const PATCH_N = 10000;

/** The peer's worker: each request runs there while our side waits, so the two alternate. */
class Peer {
  private readonly worker = new Worker(new URL('./peer_simulate.js', import.meta.url), { workerData: { path: listComponent } });

  private ask(request: object): Promise<number[]> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (times: number[]) => {
        this.worker.off('error', onError);
        resolve(times);
      });
      this.worker.postMessage(request);
    });
  }

  async first(n: number): Promise<number> {
    return (await this.ask({ kind: 'first', n }))[0];
  }

  patches(n: number, patches: number): Promise<number[]> {
    return this.ask({ kind: 'patch', n, patches });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

async function ourFirst(): Promise<number> {
  const list = await ListComponentApp.start(FIRST_N);
  const time = list.firstRender();
  await list.close();
  return time;
}

/** `runs` one-path patches of a 10,000-item list after `warmup` ones (ms each). */
async function ourPatches(warmup: number, runs: number): Promise<number[]> {
  const list = await ListComponentApp.start(PATCH_N);
  const patch: number[] = [];
  for (let round = 1; round <= warmup + runs; round++) {
    const { duration } = await list.tap('one');
    if (round > warmup) patch.push(duration);
  }
  await list.close();
  return patch;
}

/**
 * First renders alternate between the peer and us (three warm-up renders each, then seven), so a
 * change in the machine's speed reaches both sides alike; then each side's one-path patches.
 */
export async function peer(): Promise<BenchResult[]> {
  const them = new Peer();
  const theirFirst: number[] = [];
  const ourFirsts: number[] = [];
  try {
    for (let i = 0; i < 10; i++) {
      const theirs = await them.first(FIRST_N);
      const ours = await ourFirst();
      if (i >= 3) {
        theirFirst.push(theirs);
        ourFirsts.push(ours);
      }
    }
    const theirPatch = [...(await them.patches(PATCH_N, 10)), ...(await them.patches(PATCH_N, 10))];
    const ourPatch = await ourPatches(20, 40);
    return [
      { name: `peer: first render (${FIRST_N})`, what: `first render of a ${FIRST_N}-item list vs miniprogram-simulate`, ours: median(ourFirsts), baseline: median(theirFirst), unit: 'ms', target: { faster: 3 } },
      { name: `peer: 1-path patch (${PATCH_N})`, what: `one path of a ${PATCH_N}-item list vs miniprogram-simulate`, ours: median(ourPatch), baseline: median(theirPatch), unit: 'ms', target: { faster: 20 } },
    ];
  } finally {
    await them.close();
  }
}
