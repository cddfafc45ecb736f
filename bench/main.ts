// `npm run bench`: each benchmark beside its baseline measured in the same run, and the ratio.
import { bridgeEvent } from './bridge_event.js';
import { bridgeSetData } from './bridge_set_data.js';
import { renderFirst } from './render_first.js';
import type { BenchResult } from './stats.js';
import { syncCall } from './sync_call.js';

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
const benches: [name: string, run: () => Promise<BenchResult>][] = [
  ['render.first', () => renderFirst(100, 15)],
  ['render.first', () => renderFirst(1000, 11)],
  ['render.first', () => renderFirst(10000, 5)],
  ['bridge.event', () => bridgeEvent(1000, 500)],
  // 256 KB exactly is WeChat's warning threshold (not over it); 1000 KB stays under the 1024 KB limit.
  ['bridge.setData', () => bridgeSetData('10 KB', 10 * 1024, 200, 200)],
  ['bridge.setData', () => bridgeSetData('256 KB', 256 * 1024, 20, 30)],
  ['bridge.setData', () => bridgeSetData('1 MB', 1000 * 1024, 10, 20)],
  ['sync.call', () => syncCall(9)],
];
// `npm run bench -- bridge` runs only the benchmarks whose name contains "bridge".
const only = process.argv[2];
for (const [name, run] of benches) {
  if (only !== undefined && !name.includes(only)) continue;
  const result = await run();
  results.push(result);
  console.log(row(result));
}
console.log('\nmedians; ours and baseline measured in this run (Node ' + process.version + ', ' + (await import('node:os')).cpus().length + ' cores)');
