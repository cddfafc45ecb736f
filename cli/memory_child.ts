// `miniapp profile`'s memory measure, in a process of its own (see cli/memory.ts): compiles the
// project, measures N idle instances and prints the report as JSON.
// node --expose-gc memory_child.js <project> <instances> <timeout ms> [apps per worker]
import { compileProject } from '../compiler.js';
import { measureMemory } from './memory.js';

const [project, instances, timeout, appsPerWorker] = process.argv.slice(2);
try {
  const { bundle } = compileProject(project);
  const report = await measureMemory(bundle, { instances: Number(instances), timeout: Number(timeout), appsPerWorker: Number(appsPerWorker ?? 1) });
  process.stdout.write(JSON.stringify(report));
} catch (error) {
  // The parent prints the message (an app that did not start, a project that does not compile).
  process.stderr.write((error as Error).message);
  process.exit(1);
}
// The happy-dom windows and workers are closed; nothing else should keep the process, but a
// stray timer of an app must not hold the report back.
process.exit(0);
