/**
 * Percentile with linear interpolation between closest ranks (Excel PERCENTILE.INC,
 * numpy's default): p95 of [1..100] is 95.05. `sorted` must be ascending and non-empty.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (rank - lo);
}

export interface PeakStats {
  peak: number;
  mean: number;
  p95: number;
  p99: number;
}

export function statsOfPeaks(peaks: readonly number[]): PeakStats {
  if (peaks.length === 0) return { peak: 0, mean: 0, p95: 0, p99: 0 };
  const sorted = Float64Array.from(peaks).sort();
  let sum = 0;
  for (const p of peaks) sum += p;
  return {
    peak: sorted[sorted.length - 1] ?? 0,
    mean: sum / peaks.length,
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
  };
}
