import type { TrendPoint } from './robust-trend';
import { median } from './theil-sen';

/**
 * Year over year, beside the fit, when the window holds at least 13 months: the latest
 * calendar month with at least 75 % of its days, against the same month a year before
 * (which must have 75 % too). Each month's level is the median of its daily peaks, days
 * left out of the fit (a surge, an outage) excepted, so a sale last November does not
 * make this November look flat. `monthlyEquivalent` = (1 + yoy)^(1/12) − 1, to set beside
 * the fitted monthly rate.
 */
export interface YearOverYear {
  month: string;
  lastYearMonth: string;
  medianPeak: number;
  lastYearMedianPeak: number;
  yoyGrowth: number;
  monthlyEquivalent: number;
}

const MIN_COVERAGE = 0.75;

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
}

function monthBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

export function yearOverYear(points: readonly TrendPoint[]): YearOverYear | null {
  const first = points[0]?.date;
  const last = points[points.length - 1]?.date;
  if (first === undefined || last === undefined) return null;
  const byMonth = new Map<string, { present: number; kept: number[] }>();
  for (const p of points) {
    const key = p.date.slice(0, 7);
    const entry = byMonth.get(key) ?? { present: 0, kept: [] };
    entry.present++;
    if (p.leftOut === null) entry.kept.push(p.peakRps);
    byMonth.set(key, entry);
  }
  const covered = (month: string): number[] | null => {
    const e = byMonth.get(month);
    return e && e.present >= MIN_COVERAGE * daysInMonth(month) && e.kept.length > 0 ? e.kept : null;
  };
  const months = [...byMonth.keys()].sort().reverse();
  for (const month of months) {
    const lastYearMonth = monthBefore(month, 12);
    if (lastYearMonth < first.slice(0, 7)) return null;
    const now = covered(month);
    const before = covered(lastYearMonth);
    if (now === null || before === null) continue;
    const medianPeak = median(now);
    const lastYearMedianPeak = median(before);
    if (!(lastYearMedianPeak > 0)) continue;
    const yoyGrowth = medianPeak / lastYearMedianPeak - 1;
    return { month, lastYearMonth, medianPeak, lastYearMedianPeak, yoyGrowth, monthlyEquivalent: Math.pow(1 + yoyGrowth, 1 / 12) - 1 };
  }
  return null;
}
