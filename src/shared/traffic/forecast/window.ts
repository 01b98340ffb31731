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
export function selectWindow(dailyPeaks: readonly DailyPeak[], window: HistoryWindow | undefined): DailyPeak[] {
  if (window === undefined || window.kind === 'all') return [...dailyPeaks];
  if (window.kind === 'lastWeeks') {
    const last = dailyPeaks[dailyPeaks.length - 1];
    if (last === undefined) return [];
    const from = addDays(last.date, -(window.weeks * 7 - 1));
    return dailyPeaks.filter((d) => d.date >= from);
  }
  const { from, to } = window;
  return dailyPeaks.filter((d) => (from === undefined || d.date >= from) && (to === undefined || d.date <= to));
}

/** "all of the history", "the last 10 weeks", "2026-01-01 → 2026-03-31". */
export function describeWindow(window: HistoryWindow | undefined): string {
  if (window === undefined || window.kind === 'all') return 'all of the history';
  if (window.kind === 'lastWeeks') return `the last ${window.weeks} week${window.weeks === 1 ? '' : 's'}`;
  return `${window.from ?? 'the start'} → ${window.to ?? 'the end'}`;
}
