// "No crash, ever": small projects built from real files with one file mutated (tests/fuzz/mutate.ts)
// are compiled; each must give a result or a CompileError whose diagnostics all have a file, a
// line and a column, never any other exception. CI runs a fixed seed; `npm run fuzz` runs longer
// with a fresh one (FUZZ_SEED, FUZZ_CASES, FUZZ_FROM, FUZZ_SECONDS; see scripts/fuzz.mjs). Each
// distinct crash's project is written to .artifacts/fuzz/seed-<seed>-case-<index>/ with crash.txt;
// a long run keeps the case it is in in .artifacts/fuzz/current.txt (for a hang or an out-of-memory).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { CompileError, compileProject, DiagnosticCode, type Diagnostic } from '../../compiler/index.js';
import { corpus, fuzzCase, type ProjectText } from './mutate.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20240613);
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const FROM = Number(process.env.FUZZ_FROM ?? 0);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? Infinity);
const ARTIFACTS = join(fileURLToPath(new URL('../..', import.meta.url)), '.artifacts', 'fuzz');

const temp = mkdtempSync(join(tmpdir(), 'miniapp-fuzz-'));
// One level down, so that a `miniprogramRoot` of ".." lands in a folder without an app.
const dir = join(temp, 'project');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What is on disk in `dir`: only the files that differ from it are written (or removed). */
let written: ProjectText = {};

function write(project: ProjectText): void {
  for (const file of Object.keys(written)) if (!(file in project)) rmSync(join(dir, file), { force: true });
  for (const [file, text] of Object.entries(project)) {
    if (written[file] === text) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  written = project;
}

function badPlace(diagnostics: Diagnostic[]): string | null {
  for (const d of diagnostics) {
    // compileProject's last line of defence hides a crash from the CLI, not from this test.
    if (d.code === DiagnosticCode.InternalError) return `${d.file}: ${d.message}`;
    const ok = typeof d.file === 'string' && d.file !== '' && Number.isInteger(d.start.line) && d.start.line >= 1 && Number.isInteger(d.start.column) && d.start.column >= 1;
    if (!ok) return `a diagnostic without a place: ${JSON.stringify(d)}`;
  }
  return null;
}

/** What went wrong compiling the project in `dir`, or null when it ended in a result or diagnostics. */
function crashOf(target: string): string | null {
  try {
    const result = compileProject(join(dir, target));
    return badPlace(result.warnings);
  } catch (error) {
    if (!(error instanceof CompileError)) return error instanceof Error ? (error.stack ?? String(error)) : `thrown: ${String(error)}`;
    // The CLI prints them with code frames: that must not throw either.
    try {
      error.format();
    } catch (formatError) {
      return `printing the diagnostics threw: ${formatError instanceof Error ? (formatError.stack ?? String(formatError)) : String(formatError)}`;
    }
    return badPlace(error.diagnostics);
  }
}

/** The crash without what differs between inputs: its first line (paths and numbers out) and where it was thrown. */
function signature(crash: string): string {
  const [head, ...stack] = crash.split('\n');
  const frame = stack.find((l) => /compiler\//.test(l)) ?? stack[0] ?? '';
  return `${head.replace(/(["'`]).*?\1/g, '…').replace(/\d+/g, 'N').slice(0, 120)} @ ${frame.trim().replace(/:\d+:\d+\)?$/, '')}`;
}

it(`compiles ${CASES} mutated projects (seed ${SEED}) without a crash`, () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  expect(corpus().projects.length).toBeGreaterThan(0);
  const deadline = Date.now() + SECONDS * 1000;
  const crashes = new Map<string, string>();
  let ran = 0;
  for (let index = FROM; index < FROM + CASES && Date.now() < deadline; index++) {
    const { project, target, file, ops } = fuzzCase(SEED, index);
    write(project);
    // A long run names the case it is in, for a hang or a run out of memory.
    if (process.env.FUZZ_SECONDS !== undefined) writeFileSync(join(ARTIFACTS, 'current.txt'), `FUZZ_SEED=${SEED} FUZZ_FROM=${index} FUZZ_CASES=1\n`);
    ran++;
    const crash = crashOf(target);
    if (crash === null) continue;
    const key = signature(crash);
    if (crashes.has(key)) continue;
    const where = join(ARTIFACTS, `seed-${SEED}-case-${index}`);
    const reproduce = `FUZZ_SEED=${SEED} FUZZ_FROM=${index} FUZZ_CASES=1`;
    crashes.set(key, `seed ${SEED} case ${index} (${reproduce}): ${file} mutated by ${ops.join(', ')}; built: ${target || 'the app'}; input in ${where}\n${crash}`);
    rmSync(where, { recursive: true, force: true });
    for (const [name, text] of Object.entries(project)) {
      mkdirSync(dirname(join(where, name)), { recursive: true });
      writeFileSync(join(where, name), text);
    }
    writeFileSync(join(where, 'crash.txt'), `${crashes.get(key)}\n`);
  }
  if (process.env.FUZZ_SECONDS !== undefined) console.log(`fuzz: seed ${SEED}, ${ran} cases from ${FROM}, ${crashes.size} distinct crashes`);
  expect([...crashes.values()].join('\n\n')).toBe('');
  // CI's run takes well under a minute: much longer is a case that hangs (see current.txt in a long run).
}, Number.isFinite(SECONDS) ? (SECONDS + 120) * 1000 : 180_000);
