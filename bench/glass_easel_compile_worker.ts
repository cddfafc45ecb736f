// The compile side of `peer.glass-easel` (bench/glass_easel.ts), in a fresh worker: WXML files to
// code, one file at a time, by our compiler (compileWxml: the template compilation of one file,
// without the project's JSON, WXSS, JS or WXS) and by glass-easel-template-compiler (a template
// group holding the one file, then its generated code). Both take the file's text; neither reads
// the file itself (ours reads the files a template includes, which it inlines, as it compiles).
//
// `cold`: this worker was just started; load one compiler (timed: ours is dist/compiler.js, the one
// file the CLI loads too, and what it imports; glass-easel's is its modules and the WebAssembly
// module's compilation and instantiation) and compile every file once.
// `warm`: load both, then alternate passes over all the files, one of theirs then one of ours.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

export interface Corpus {
  name: string;
  /** The folder the paths are relative to (a package's miniprogram folder, the demo's). */
  root: string;
  files: { path: string; source: string }[];
}

export type CompileJob =
  | { mode: 'cold'; side: 'ours' | 'theirs'; corpora: Corpus[] }
  | { mode: 'warm'; warmup: number; runs: number; corpora: Corpus[] };

export type CompileAnswer =
  | { mode: 'cold'; load: number; total: number; failed: number }
  /** Per corpus, the time of each measured pass (ms). */
  | { mode: 'warm'; ours: number[][]; theirs: number[][]; failed: { ours: number; theirs: number } };

type CompileOne = (path: string, source: string) => boolean;
type Compiler = (corpus: Corpus) => CompileOne;

async function ours(): Promise<Compiler> {
  const { compileWxml, ProjectFiles } = await import('../compiler.js');
  return (corpus) => {
    const files = new ProjectFiles(corpus.root);
    return (path, source) => compileWxml(path, source, { files }).code !== '';
  };
}

interface TmplGroup {
  addTmpl(path: string, source: string): { isError: boolean }[];
  getTmplGenObject(path: string): string;
  free(): void;
}

function theirs(): Compiler {
  const { TmplGroup } = createRequire(import.meta.url)('glass-easel-template-compiler') as { TmplGroup: new () => TmplGroup };
  return () => (path, source) => {
    const group = new TmplGroup();
    const name = path.replace(/\.wxml$/, '');
    const ok = !group.addTmpl(name, source).some((e) => e.isError);
    const code = group.getTmplGenObject(name);
    group.free();
    return ok && code.length > 0;
  };
}

/** One pass over a corpus: its time (ms) and how many files failed. */
function pass(compile: CompileOne, corpus: Corpus): { time: number; failed: number } {
  let failed = 0;
  const start = performance.now();
  for (const file of corpus.files) if (!compile(file.path, file.source)) failed++;
  return { time: performance.now() - start, failed };
}

const job = workerData as CompileJob;
let answer: CompileAnswer;
if (job.mode === 'cold') {
  const start = performance.now();
  const compiler = job.side === 'ours' ? await ours() : theirs();
  const load = performance.now() - start;
  let failed = 0;
  for (const corpus of job.corpora) failed += pass(compiler(corpus), corpus).failed;
  answer = { mode: 'cold', load, total: performance.now() - start, failed };
} else {
  const [o, t] = [await ours(), theirs()];
  const ourCompile = job.corpora.map((c) => o(c));
  const theirCompile = job.corpora.map((c) => t(c));
  const times = { ours: job.corpora.map((): number[] => []), theirs: job.corpora.map((): number[] => []) };
  const failed = { ours: 0, theirs: 0 };
  for (let round = 0; round < job.warmup + job.runs; round++) {
    job.corpora.forEach((corpus, i) => {
      const a = pass(theirCompile[i], corpus);
      const b = pass(ourCompile[i], corpus);
      if (round < job.warmup) return;
      times.theirs[i].push(a.time);
      times.ours[i].push(b.time);
      if (round === job.warmup) {
        failed.theirs += a.failed;
        failed.ours += b.failed;
      }
    });
  }
  answer = { mode: 'warm', ...times, failed };
}
parentPort!.postMessage(answer);
