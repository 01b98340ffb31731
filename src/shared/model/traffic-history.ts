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

/**
 * The daily shape of a history (issue 14), from its points: how far the daily peak sits
 * above the day's average, and when in the day it comes. `quarterHours` is the mean load
 * in each UTC quarter-hour relative to its day's mean (null where the data has no point),
 * so the peak hour can be told in any zone (the event's) on any date (DST).
 */
export const DailyProfileSchema = z.object({
  /** Median over full days of (day's peak ÷ day's mean). */
  peakToAverage: finite.min(1),
  /** Hour (0–23) of the highest quarter-hour mean, in `timeZone`. */
  peakHour: z.number().int().min(0).max(23),
  /** Zone `peakHour` is told in: the zone the file's naive times were read in. */
  timeZone: z.string().max(64),
  /** Full days (at least 90 % of their points) the profile was measured on. */
  daysUsed: z.number().int().min(1),
  quarterHours: z.array(nonNegative.nullable()).length(96),
});
export type DailyProfile = z.infer<typeof DailyProfileSchema>;

/**
 * Which part of the history the baseline and the growth fit look at: all of it, the last
 * N weeks (ending on the last day of data), or a date range (either end open).
 */
export const HistoryWindowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('lastWeeks'), weeks: z.number().int().min(1).max(530) }),
  z.object({ kind: z.literal('range'), from: isoDate.optional(), to: isoDate.optional() }),
]);
export type HistoryWindow = z.infer<typeof HistoryWindowSchema>;

/** A past surge adopted as the plan's event surge: which days, and what it measured. */
export const AdoptedSurgeSchema = z.object({
  start: isoDate,
  end: isoDate,
  /** Peak multiplier over the trend, as measured when adopted. */
  multiplier: finite.min(0),
});
export type AdoptedSurge = z.infer<typeof AdoptedSurgeSchema>;

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
  /** The daily shape; absent for summaries imported before it existed, or data coarser than hourly. */
  profile: DailyProfileSchema.optional(),
  /** What the values were taken to be ("counts per 300 s (CloudWatch Sum, unit Count), divided by 300"); absent in plans imported before it was recorded. */
  valueNote: z.string().max(500).optional(),
});
export type TrafficHistorySummary = z.infer<typeof TrafficHistorySummarySchema>;

/** A parser summary as the plan keeps it: only the last MAX_HISTORY_DAYS daily peaks. */
export function capHistorySummary<S extends { dailyPeaks: readonly unknown[] }>(summary: S): S {
  if (summary.dailyPeaks.length <= MAX_HISTORY_DAYS) return summary;
  return { ...summary, dailyPeaks: summary.dailyPeaks.slice(-MAX_HISTORY_DAYS) };
}
