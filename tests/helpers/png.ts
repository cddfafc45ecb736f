// Comparing a screenshot with a reference PNG within a tolerance (pngjs decodes, pixelmatch
// counts the pixels that differ beyond its colour threshold).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface Comparison {
  /** Pixels that differ beyond the colour threshold. */
  different: number;
  total: number;
  /** Why the images cannot be compared pixel by pixel (a size mismatch, no reference), else null. */
  problem: string | null;
}

/**
 * Compares `actual` (PNG bytes) with the reference file. With `update` the reference is written
 * from `actual` instead (to make it, after looking at it). On a difference the actual image and the
 * diff are written beside `artifacts` for a person to look at.
 */
export function compareWithReference(actual: Buffer, reference: string, artifacts: string, update: boolean): Comparison {
  if (update) {
    mkdirSync(dirname(reference), { recursive: true });
    writeFileSync(reference, actual);
  }
  const got = PNG.sync.read(actual);
  if (!existsSync(reference)) return { different: 0, total: 0, problem: `no reference image at ${reference}` };
  const want = PNG.sync.read(readFileSync(reference));
  const total = want.width * want.height;
  if (got.width !== want.width || got.height !== want.height) {
    writeArtifacts(artifacts, actual, null);
    return { different: total, total, problem: `the screenshot is ${got.width}×${got.height}, the reference ${want.width}×${want.height}` };
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const different = pixelmatch(got.data, want.data, diff.data, want.width, want.height, { threshold: 0.1 });
  if (different > 0) writeArtifacts(artifacts, actual, PNG.sync.write(diff));
  return { different, total, problem: null };
}

function writeArtifacts(base: string, actual: Buffer, diff: Buffer | null): void {
  mkdirSync(dirname(base), { recursive: true });
  writeFileSync(`${base}.actual.png`, actual);
  if (diff !== null) writeFileSync(`${base}.diff.png`, diff);
}
