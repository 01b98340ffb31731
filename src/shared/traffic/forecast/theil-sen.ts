/**
 * Theil–Sen: the median of the slopes between every pair of points, a line fit that
 * ignores up to ~29 % of wild points (a sale, an outage) where least squares follows them.
 *
 * All n(n−1)/2 slopes would be 6.8 million for ten years of days, so the median is found
 * without listing them: for a trial slope s, the pairs whose slope is ≤ s are exactly the
 * pairs i < j (x ascending) with yⱼ − s·xⱼ ≤ yᵢ − s·xᵢ, counted by a merge sort in
 * O(n log n); bisection on s then pins the k-th smallest slope. `theilSenNaive` is the
 * obviously-correct reference the tests hold this against. Past a million pairs (about
 * 1,400 days) an even count takes the upper of the two middle slopes rather than both.
 */

/** Median of `values` (NaN when empty); does not modify the input. */
export function median(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Pairs i < j with u[j] ≤ u[i], by merge sort; `u` and `buf` are scratch of length n. */
function countDescendingPairs(u: Float64Array, buf: Float64Array): number {
  const n = u.length;
  let count = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n - width; lo += 2 * width) {
      const mid = lo + width;
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = u[i] ?? 0;
        const b = u[j] ?? 0;
        if (a < b) {
          buf[k++] = a;
          i++;
        } else {
          // Every left element still waiting is ≥ b: each makes a pair with a slope ≤ s.
          count += mid - i;
          buf[k++] = b;
          j++;
        }
      }
      while (i < mid) buf[k++] = u[i++] ?? 0;
      while (j < hi) buf[k++] = u[j++] ?? 0;
      for (let m = lo; m < hi; m++) u[m] = buf[m] ?? 0;
    }
  }
  return count;
}

/** The k-th smallest pairwise slope (1-based), to 1e-14 of the slopes range. */
function kthSlope(xs: ArrayLike<number>, ys: ArrayLike<number>, k: number, lo0: number, hi0: number): number {
  const n = xs.length;
  const u = new Float64Array(n);
  const buf = new Float64Array(n);
  const atMost = (s: number): number => {
    for (let i = 0; i < n; i++) u[i] = (ys[i] ?? 0) - s * (xs[i] ?? 0);
    return countDescendingPairs(u, buf);
  };
  let lo = lo0; // fewer than k slopes are ≤ lo
  let hi = hi0; // at least k slopes are ≤ hi
  const tolerance = 1e-14 * (hi0 - lo0);
  for (let iter = 0; iter < 100; iter++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi || hi - lo <= tolerance) break;
    if (atMost(mid) >= k) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Median pairwise slope of points with strictly ascending `xs`. Needs at least 2 points.
 * Every pairwise slope is a weighted mean of the consecutive ones, so those bound the search.
 */
export function theilSenSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return NaN;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 1; i < n; i++) {
    const s = ((ys[i] ?? 0) - (ys[i - 1] ?? 0)) / ((xs[i] ?? 0) - (xs[i - 1] ?? 0));
    if (s < min) min = s;
    if (s > max) max = s;
  }
  if (min === max) return min;
  const pairs = (n * (n - 1)) / 2;
  const below = min - Math.max(Math.abs(min), Math.abs(max), 1e-12);
  // Past a million pairs the two middle slopes are indistinguishable for a trend: one search.
  if (pairs % 2 === 1 || pairs > 1_000_000) return kthSlope(xs, ys, Math.ceil(pairs / 2), below, max);
  return (kthSlope(xs, ys, pairs / 2, below, max) + kthSlope(xs, ys, pairs / 2 + 1, below, max)) / 2;
}

/** Reference: list every pairwise slope and take the median. O(n²) memory; tests only. */
export function theilSenNaive(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) slopes.push(((ys[j] ?? 0) - (ys[i] ?? 0)) / ((xs[j] ?? 0) - (xs[i] ?? 0)));
  }
  return median(slopes);
}
