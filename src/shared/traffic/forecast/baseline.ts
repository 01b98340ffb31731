import type { BaselineStatistic, DailyPeak } from '../types';
import { statsOfPeaks } from '../stats';
import type { SurgeFound } from './surges';
import { addDays } from './window';

/**
 * The baseline: `statistic` (max / p99 / p95 / mean) of the daily peaks over the last
 * `lastDays` calendar days of the window, leaving out days inside a surge unless
 * `includeSurges`, so last year's sale is not counted once in the baseline and again as
 * the event surge. If every day of the range is a surge day they are used, and it says so.
 */
export interface BaselineResult {
  statistic: BaselineStatistic;
  rps: number;
  from: string;
  to: string;
  /** Days whose peaks the statistic was taken over. */
  daysUsed: number;
  /** Surge days inside the range left out of the statistic. */
  excludedDays: { date: string; peakRps: number; surgeStart: string }[];
  /** Surge days inside the range that were counted (includeSurges, or nothing else left). */
  surgeDaysIncluded: number;
}

export function surgeOf(date: string, surges: readonly SurgeFound[]): SurgeFound | undefined {
  return surges.find((s) => date >= s.start && date <= s.end);
}

export function computeBaseline(windowDays: readonly DailyPeak[], surges: readonly SurgeFound[], statistic: BaselineStatistic, lastDays: number, includeSurges: boolean): BaselineResult {
  const last = windowDays[windowDays.length - 1];
  if (last === undefined) return { statistic, rps: 0, from: '', to: '', daysUsed: 0, excludedDays: [], surgeDaysIncluded: 0 };
  const from = addDays(last.date, -(Math.max(1, Math.floor(lastDays)) - 1));
  const range = windowDays.filter((d) => d.date >= from);
  const normal = range.filter((d) => surgeOf(d.date, surges) === undefined);
  const surgeDays = range.length - normal.length;
  const leaveOut = !includeSurges && normal.length > 0;
  const used = leaveOut ? normal : range;
  const s = statsOfPeaks(used.map((d) => d.peakRps));
  const rps = statistic === 'max' ? s.peak : statistic === 'p99' ? s.p99 : statistic === 'p95' ? s.p95 : s.mean;
  const excludedDays = leaveOut
    ? range.flatMap((d) => {
        const surge = surgeOf(d.date, surges);
        return surge ? [{ date: d.date, peakRps: d.peakRps, surgeStart: surge.start }] : [];
      })
    : [];
  return { statistic, rps, from: range[0]?.date ?? from, to: last.date, daysUsed: used.length, excludedDays, surgeDaysIncluded: leaveOut ? 0 : surgeDays };
}
