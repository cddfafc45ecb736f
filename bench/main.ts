// `npm run bench`: each benchmark beside its baseline measured in the same run, and the ratio.
import { cpus } from 'node:os';
import { bridgeEvent } from './bridge_event.js';
import { peer } from './peer.js';
import { renderFirst } from './render_first.js';
import { renderPatchAll, renderPatchOne } from './render_patch.js';
import { met, ratioText, targetText, type BenchResult } from './stats.js';

function row(r: BenchResult): string {
  const digits = r.unit === 'ms' ? 2 : 1;
  return [
    r.name.padEnd(30),
    `${r.ours.toFixed(digits)} ${r.unit}`.padStart(12),
    `${r.baseline.toFixed(digits)} ${r.unit}`.padStart(12),
    ratioText(r).padStart(14),
    targetText(r).padStart(14),
    met(r) ? '  met' : '  not met',
  ].join(' ');
}

const runs: (() => Promise<BenchResult | BenchResult[]>)[] = [
  () => renderFirst(100, 15),
  () => renderFirst(1000, 11),
  () => renderFirst(10000, 5),
  () => renderPatchOne(10000, 200),
  () => renderPatchAll(1000, 50),
  () => bridgeEvent(1000, 500),
  () => peer(),
];

console.log(`${'bench'.padEnd(30)} ${'ours'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(14)} ${'target'.padStart(14)}`);
for (const run of runs) {
  for (const result of [await run()].flat()) console.log(row(result));
}
console.log(`\nmedians; ours and baseline measured in this run (Node ${process.version}, ${cpus().length} cores)`);
