/** Binary search shared by the modules that look up sorted arrays. */

/**
 * The first index in [0, n) for which `isAfter` holds, or n, given that `isAfter` is false for a
 * prefix of the indices and true for the rest (a partition point).
 */
export function partitionPoint(n: number, isAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
