import type { HistoryWindow } from '../../model/traffic-history';
import type { DailyPeak } from '../types';

const MS_PER_DAY = 86_400_000;

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The daily peaks inside a window. `lastWeeks` counts 7·N calendar days back from the last
 * day of data (missing days shrink the sample, they never reach further back); `range`
 * keeps from..to inclusive, either end open.
 */
export function selectWindow(input: readonly DailyPeak[], window: HistoryWindow | undefined): DailyPeak[] {
  const dailyPeaks = inDateOrder(input);
  if (window === undefined || window.kind === 'all') return dailyPeaks;
  if (window.kind === 'lastWeeks') {
    const last = dailyPeaks[dailyPeaks.length - 1];
    if (last === undefined) return [];
    const from = addDays(last.date, -(window.weeks * 7 - 1));
    return dailyPeaks.filter((d) => d.date >= from);
  }
  const { from, to } = window;
  return dailyPeaks.filter((d) => (from === undefined || d.date >= from) && (to === undefined || d.date <= to));
}

/**
 * Daily peaks ascending by date, one per date (the larger kept). The parser gives them so
 * already; a hand-edited plan file may not, and the fit needs strictly ascending days.
 */
export function inDateOrder(dailyPeaks: readonly DailyPeak[]): DailyPeak[] {
  let ordered = true;
  for (let i = 1; i < dailyPeaks.length && ordered; i++) if (!((dailyPeaks[i - 1]?.date ?? '') < (dailyPeaks[i]?.date ?? ''))) ordered = false;
  if (ordered) return [...dailyPeaks];
  const byDate = new Map<string, number>();
  for (const d of dailyPeaks) byDate.set(d.date, Math.max(byDate.get(d.date) ?? -Infinity, d.peakRps));
  return [...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([date, peakRps]) => ({ date, peakRps }));
}

/** "all of the history", "the last 10 weeks", "2026-01-01 → 2026-03-31". */
export function describeWindow(window: HistoryWindow | undefined): string {
  if (window === undefined || window.kind === 'all') return 'all of the history';
  if (window.kind === 'lastWeeks') return `the last ${window.weeks} week${window.weeks === 1 ? '' : 's'}`;
  return `${window.from ?? 'the start'} → ${window.to ?? 'the end'}`;
}
