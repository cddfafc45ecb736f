// The longest strictly increasing subsequence, used by wx:for to keep the most items in place.

/**
 * Returns the positions (ascending) of a longest strictly increasing subsequence of `values`,
 * ignoring negative entries (new items, which have no old position).
 */
export function longestIncreasing(values: number[]): number[] {
  const tails: number[] = []; // tails[k]: position of the smallest tail of a run of length k+1
  const previous = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const out = new Array<number>(tails.length);
  let k = tails.length > 0 ? tails[tails.length - 1] : -1;
  for (let j = tails.length - 1; j >= 0; j--) {
    out[j] = k;
    k = previous[k];
  }
  return out;
}
