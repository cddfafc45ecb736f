// The progress of a long build on the terminal: nothing for a build that ends quickly; then, on a
// terminal, one line kept up to date ("compiling scripts 120/340"), and elsewhere (a CI log) a line
// per stage. The line is cleared when the build ends, so what follows prints on a clean line.
import type { CompileStage } from '../compiler.js';

/** A build quicker than this shows no progress. */
export const PROGRESS_DELAY_MS = 400;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface BuildProgress {
  report(stage: CompileStage, done: number, total: number): void;
  /** The build ended (either way): clears the line. */
  end(): void;
}

export function buildProgress(stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): BuildProgress {
  const start = now();
  const live = stream.isTTY === true;
  let shown = false;
  let lastStage: CompileStage | null = null;
  let lastDraw = 0;
  return {
    report(stage, done, total) {
      const at = now();
      if (at - start < PROGRESS_DELAY_MS) return;
      if (live) {
        // At most 20 redraws a second, and always a stage's first and last.
        if (stage === lastStage && done < total && at - lastDraw < 50) return;
        stream.write(`\r\x1b[Kminiapp: compiling ${stage} ${done}/${total}`);
        shown = true;
      } else if (stage !== lastStage) {
        stream.write(`miniapp: compiling ${stage}…\n`);
      }
      lastStage = stage;
      lastDraw = at;
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
