// `npm run bench`: each benchmark beside its baseline measured in the same run, and the ratio.
// `npm run bench -- bridge` runs only the benchmarks whose name contains "bridge".
// `npm run bench -- --browser [name]` runs the browser benchmarks instead, in Chromium (browser/).
import { cpus } from 'node:os';
import { bridgeEvent } from './bridge_event.js';
import { bridgeSetData } from './bridge_set_data.js';
import { glassEaselCompile, glassEaselRender } from './glass_easel.js';
import { injectLogic } from './inject_logic.js';
import { memoryInstance } from './memory.js';
import { peer } from './peer.js';
import { renderFirst } from './render_first.js';
import { renderPatchAll, renderPatchOne } from './render_patch.js';
import { startupE2e } from './startup_e2e.js';
import { met, ratioText, targetText, type BenchResult } from './stats.js';
import { syncCall } from './sync_call.js';

function row(r: BenchResult): string {
  const digits = r.unit === 'µs' ? 1 : 2;
  return [
    r.name.padEnd(30),
    `${r.ours.toFixed(digits)} ${r.unit}`.padStart(12),
    `${r.baseline.toFixed(digits)} ${r.unit}`.padStart(12),
    ratioText(r).padStart(14),
    targetText(r).padStart(14),
    'gain' in r.target || 'floor' in r.target || 'none' in r.target ? '' : met(r) ? '  met' : '  not met',
  ].join(' ');
}

const benches: [name: string, run: () => Promise<BenchResult | BenchResult[]>][] = [
  ['render.first', () => renderFirst(100, 15, true)],
  ['render.first', () => renderFirst(1000, 11)],
  ['render.first', () => renderFirst(10000, 5)],
  ['render.patch', () => renderPatchOne(10000, 200)],
  ['render.patch', () => renderPatchAll(1000, 50)],
  ['bridge.event', () => bridgeEvent(1000, 500)],
  // 256 KB exactly is WeChat's warning threshold (not over it); 1000 KB stays under the 1024 KB limit.
  ['bridge.setData', () => bridgeSetData('10 KB', 10 * 1024, 200, 200, true)],
  ['bridge.setData', () => bridgeSetData('256 KB', 256 * 1024, 20, 30)],
  ['bridge.setData', () => bridgeSetData('1 MB', 1000 * 1024, 10, 20)],
  ['sync.call', () => syncCall(9)],
  ['inject.logic', () => injectLogic(9)],
  ['startup.e2e', () => startupE2e(11)],
  ['peer', () => peer()],
  ['peer.glass-easel compile', () => glassEaselCompile()],
  ['peer.glass-easel render', () => glassEaselRender()],
  // Last: the other benchmarks' garbage is collected before it measures, and its workers are its own.
  ['memory.instance', () => memoryInstance('shop', 10)],
  ['memory.instance', () => memoryInstance('demo', 10)],
  ['memory.instance', () => memoryInstance('shop', 10, 8)],
];

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const only = args.find((a) => a !== '--browser');
const header = `${'bench'.padEnd(30)} ${'ours'.padStart(12)} ${'baseline'.padStart(12)} ${'ratio'.padStart(14)} ${'target'.padStart(14)}`;

if (browser) {
  // Asked for explicitly: without a Chromium this fails, saying why.
  const { browserBenches, findChromium, openSession } = await import('./browser/index.js');
  const found = await findChromium();
  if ('reason' in found) {
    console.error(`bench --browser: ${found.reason}`);
    process.exit(1);
  }
  const session = await openSession(found.path);
  try {
    console.log(`Chromium ${session.version} (${found.path}), headless`);
    console.log(header);
    for (const [name, run] of browserBenches) {
      if (only !== undefined && !name.includes(only)) continue;
      for (const result of [await run(session)].flat()) console.log(row(result));
    }
  } finally {
    await session.close();
  }
  console.log(`\nmedians; ours and baseline measured in this run, each pair in the same Chromium page (Node ${process.version}, ${cpus().length} cores)`);
} else {
  console.log(header);
  for (const [name, run] of benches) {
    if (only !== undefined && !name.includes(only)) continue;
    for (const result of [await run()].flat()) console.log(row(result));
  }
  console.log(`\nmedians; ours and baseline measured in this run (Node ${process.version}, ${cpus().length} cores)`);
}
