/** The index of the last value at or before `at` in ascending `values` (0 when none is): a binary search. */
export function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
