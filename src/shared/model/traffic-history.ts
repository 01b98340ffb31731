import { z } from 'zod';
import { TRAFFIC_FORMATS } from '../traffic/types';

/**
 * The summary of a traffic source's imported history, as the plan document keeps it
 * (the points themselves live in SQLite, never here). It is the parser's
 * `TrafficSummary` (src/shared/traffic/types.ts) with the daily peaks capped, so a plan
 * stays small: 3,700 days is ten years of peaks, about 150 KB of JSON.
 */
export const MAX_HISTORY_DAYS = 3_700;

const finite = z.number().finite();
const nonNegative = finite.min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const DailyPeakSchema = z.object({ date: isoDate, peakRps: nonNegative });

export const TrafficHistorySummarySchema = z.object({
  fileName: z.string().max(500),
  format: z.enum(TRAFFIC_FORMATS),
  series: z.string().max(2_000).nullable(),
  rows: z.number().int().min(0),
  firstTimestamp: z.string().max(40),
  lastTimestamp: z.string().max(40),
  intervalSeconds: nonNegative,
  dailyPeaks: z.array(DailyPeakSchema).max(MAX_HISTORY_DAYS, `expected at most ${MAX_HISTORY_DAYS} daily peaks (ten years)`),
  peak: nonNegative,
  mean: nonNegative,
  p95: nonNegative,
  p99: nonNegative,
  gaps: z.object({ count: z.number().int().min(0), largestSeconds: nonNegative }),
  valueKind: z.enum(['rate', 'count']),
  rateUnit: z.enum(['perSecond', 'perMinute', 'perHour']),
  timeZone: z.string().max(64),
  /** What the values were taken to be ("counts per 300 s (CloudWatch Sum, unit Count), divided by 300"); absent in plans imported before it was recorded. */
  valueNote: z.string().max(500).optional(),
});
export type TrafficHistorySummary = z.infer<typeof TrafficHistorySummarySchema>;

/** A parser summary as the plan keeps it: only the last MAX_HISTORY_DAYS daily peaks. */
export function capHistorySummary<S extends { dailyPeaks: readonly unknown[] }>(summary: S): S {
  if (summary.dailyPeaks.length <= MAX_HISTORY_DAYS) return summary;
  return { ...summary, dailyPeaks: summary.dailyPeaks.slice(-MAX_HISTORY_DAYS) };
}
