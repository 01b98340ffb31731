import type { BaselineStatistic, DailyPeak, TrafficSummary } from './types';

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

/** The last `windowDays` calendar days of daily peaks, counted back from the last day in the history. */
export function lastWindow(dailyPeaks: readonly DailyPeak[], windowDays: number): DailyPeak[] {
  const last = dailyPeaks[dailyPeaks.length - 1];
  if (last === undefined) return [];
  const lastDay = Date.parse(`${last.date}T00:00:00Z`);
  const firstIncluded = lastDay - (Math.max(1, Math.floor(windowDays)) - 1) * 86_400_000;
  return dailyPeaks.filter((d) => Date.parse(`${d.date}T00:00:00Z`) >= firstIncluded);
}

/**
 * The baseline req/s a traffic source derives from its history: `statistic` of the
 * daily peaks over the last `windowDays` days (calendar days ending on the last day of
 * data, so missing days shrink the sample rather than reaching further back).
 * The capacity model's default is p95 over 28 days. Returns 0 for an empty history.
 */
export function baselineFromSummary(summary: Pick<TrafficSummary, 'dailyPeaks'>, statistic: BaselineStatistic, windowDays: number): number {
  const window = lastWindow(summary.dailyPeaks, windowDays).map((d) => d.peakRps);
  if (window.length === 0) return 0;
  const s = statsOfPeaks(window);
  switch (statistic) {
    case 'max':
      return s.peak;
    case 'p99':
      return s.p99;
    case 'p95':
      return s.p95;
    case 'mean':
      return s.mean;
  }
}
