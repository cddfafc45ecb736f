// Small statistics for benchmark samples.

export function median(samples: number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A result row: our figure beside the baseline measured in the same run. */
export interface BenchResult {
  name: string;
  /** What was measured, in a few words. */
  what: string;
  ours: number;
  baseline: number;
  unit: 'ms' | 'µs';
  /** The ratio the design aims for (ours / baseline at most this). */
  target: number;
}
