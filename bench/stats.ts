// Small statistics for benchmark samples, and the shape of a result row.

export function median(samples: number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * What a result must reach: ours at most `ratio` times the baseline, ours at most `atMost` (in the
 * row's unit) whatever the baseline, ours `faster` times faster than a peer (the baseline), or no
 * target: (`gain`) how much faster ours is than the baseline, (`floor`) the least any design
 * like ours could take, as a ratio to the baseline, beside the row above it, or (`none`) only the
 * ratio, where the design sets no target.
 */
export type BenchTarget = { ratio: number } | { atMost: number } | { faster: number } | { gain: true } | { floor: true } | { none: true };

/** A result row: our figure beside the baseline measured in the same run. */
export interface BenchResult {
  name: string;
  /** What was measured, in a few words. */
  what: string;
  ours: number;
  baseline: number;
  unit: 'ms' | 'µs' | 'MB';
  target: BenchTarget;
}

export function met(r: BenchResult): boolean {
  const t = r.target;
  if ('ratio' in t) return r.ours / r.baseline <= t.ratio;
  if ('atMost' in t) return r.ours <= t.atMost;
  if ('gain' in t || 'floor' in t || 'none' in t) return true;
  return r.baseline / r.ours >= t.faster;
}

/** The ratio as the target reads it: ours/baseline, or baseline/ours for a peer. */
export function ratioText(r: BenchResult): string {
  return 'faster' in r.target || 'gain' in r.target ? `${(r.baseline / r.ours).toFixed(1)}× faster` : `${(r.ours / r.baseline).toFixed(2)}×`;
}

export function targetText(r: BenchResult): string {
  const t = r.target;
  if ('ratio' in t) return `≤ ${t.ratio}×`;
  if ('atMost' in t) return `≤ ${t.atMost} ${r.unit}`;
  if ('gain' in t) return '—';
  if ('floor' in t) return 'floor';
  if ('none' in t) return '—';
  return `≥ ${t.faster}× faster`;
}
