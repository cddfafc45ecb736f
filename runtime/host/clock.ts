// One clock for every thread: epoch milliseconds with sub-millisecond precision.

export function now(): number {
  return performance.timeOrigin + performance.now();
}
