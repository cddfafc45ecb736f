// `npm run fuzz`: the build fuzzer (tests/fuzz/build.test.ts) for longer than CI runs it, with a
// fresh seed. Options as environment variables: FUZZ_SEED (default: from the clock), FUZZ_CASES
// (default 100000), FUZZ_FROM (first case), FUZZ_SECONDS (time budget, default 600). It prints the
// seed; each distinct crash's input is written to .artifacts/fuzz/seed-<seed>-case-<index>/ with
// crash.txt, and FUZZ_SEED=<seed> FUZZ_FROM=<index> FUZZ_CASES=1 npm run fuzz reproduces it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  FUZZ_SEED: process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31),
  FUZZ_CASES: process.env.FUZZ_CASES ?? '100000',
  FUZZ_SECONDS: process.env.FUZZ_SECONDS ?? '600',
};
console.log(`fuzz: seed ${env.FUZZ_SEED}, up to ${env.FUZZ_CASES} cases from ${env.FUZZ_FROM ?? 0} or ${env.FUZZ_SECONDS} s`);
const run = spawnSync(process.execPath, [`${root}/node_modules/vitest/vitest.mjs`, 'run', 'tests/fuzz/build.test.ts', '--testTimeout', String((Number(env.FUZZ_SECONDS) + 120) * 1000)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
