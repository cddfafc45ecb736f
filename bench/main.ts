// `npm run bench`: each benchmark beside its baseline measured in the same run, and the ratio.
import { bridgeEvent } from './bridge_event.js';
import { renderFirst } from './render_first.js';
import type { BenchResult } from './stats.js';

function row(r: BenchResult): string {
  const ratio = r.ours / r.baseline;
  const digits = r.unit === 'ms' ? 2 : 1;
  return [
    r.name.padEnd(26),
    `${r.ours.toFixed(digits)} ${r.unit}`.padStart(12),
    `${r.baseline.toFixed(digits)} ${r.unit}`.padStart(12),
    `${ratio.toFixed(2)}×`.padStart(9),
    `≤ ${r.target}×`.padStart(8),
    ratio <= r.target ? '  met' : '  not met',
  ].join(' ');
}

const results: BenchResult[] = [];
console.log(`${'bench'.padEnd(26)} ${'ours'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(9)} ${'target'.padStart(8)}`);
for (const run of [() => renderFirst(100, 15), () => renderFirst(1000, 11), () => renderFirst(10000, 5), () => bridgeEvent(1000, 500)]) {
  const result = await run();
  results.push(result);
  console.log(row(result));
}
console.log('\nmedians; ours and baseline measured in this run (Node ' + process.version + ', ' + (await import('node:os')).cpus().length + ' cores)');
