// peer: the same list component in miniprogram-simulate (j-component, WeChat's own test renderer)
// in the same run: its first render of 1,000 items against our firstRender mark, and its patch of
// one path of a 10,000-item list against ours (render.patch's figure).
import { Worker } from 'node:worker_threads';
import { ListComponentApp, listComponent } from './list_component.js';
import { median, type BenchResult } from './stats.js';

const FIRST_N = 1000;
const PATCH_N = 10000;

function simulate(): Promise<{ first: number[]; patch: number[] }> {
  const worker = new Worker(new URL('./peer_simulate.js', import.meta.url), {
    workerData: { path: listComponent, firstN: FIRST_N, firstRuns: 7, patchN: PATCH_N, patchRenders: 2, patchesPerRender: 10 },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function ours(): Promise<{ first: number[]; patch: number[] }> {
  const first: number[] = [];
  for (let i = 0; i < 10; i++) {
    const list = await ListComponentApp.start(FIRST_N);
    if (i >= 3) first.push(list.firstRender());
    await list.close();
  }
  const list = await ListComponentApp.start(PATCH_N);
  const patch: number[] = [];
  for (let round = 1; round <= 60; round++) {
    const { duration } = await list.tap('one');
    if (round > 20) patch.push(duration);
  }
  await list.close();
  return { first, patch };
}

export async function peer(): Promise<BenchResult[]> {
  const them = await simulate();
  const us = await ours();
  return [
    { name: `peer: first render (${FIRST_N})`, what: `first render of a ${FIRST_N}-item list vs miniprogram-simulate`, ours: median(us.first), baseline: median(them.first), unit: 'ms', target: { faster: 3 } },
    { name: `peer: 1-path patch (${PATCH_N})`, what: `one path of a ${PATCH_N}-item list vs miniprogram-simulate`, ours: median(us.patch), baseline: median(them.patch), unit: 'ms', target: { faster: 20 } },
  ];
}
