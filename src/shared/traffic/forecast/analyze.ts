import type { HistoryWindow } from '../../model/traffic-history';
import type { BaselineStatistic, DailyPeak, GrowthMethod } from '../types';
import { computeBaseline, surgeOf, type BaselineResult } from './baseline';
import { describeQuality } from './quality';
import { fitLogStage, fitRobustTrend, GrowthFitError, type LogStage, type TrendFit, type TrendPoint } from './robust-trend';
import { findSurges, leftOutDays, type LeftOutDay, type SurgeFound } from './surges';
import { describeWindow, selectWindow } from './window';
import { yearOverYear, type YearOverYear } from './year-over-year';

/**
 * Everything the Traffic view, the CLI and the plan take from a history, computed once:
 * the window, the robust trend (growth), the surges, the baseline without them, year over
 * year. The app stores `baseline.rps` and `growth.fit.monthlyRate` in the plan from this.
 */
export interface HistorySettings {
  window?: HistoryWindow | undefined;
  statistic: BaselineStatistic;
  /** The baseline is taken over the last this-many calendar days of the window. */
  baselineDays: number;
  includeSurges: boolean;
  method: GrowthMethod;
}

export interface HistoryAnalysis {
  window: { description: string; from: string; to: string; days: number };
  growth: { fit: TrendFit } | { error: string };
  /** Each day of the window with its trend, band and why it was left out (surge days marked). */
  points: TrendPoint[];
  surges: SurgeFound[];
  /** Days the fit left out, and why (`growth.excludedDays` in the CLI's JSON). */
  excludedDays: LeftOutDay[];
  baseline: BaselineResult;
  yoy: YearOverYear | null;
  /** "weekly cycle removed; 3 days of a surge left out; the trend explains 92 % of the rest" */
  quality: string;
}

export const DEFAULT_SETTINGS: HistorySettings = { statistic: 'p95', baselineDays: 28, includeSurges: false, method: 'compound' };

/** What a traffic source's plan fields ask for (absent fields take their defaults). */
export function settingsOfSource(
  params: { baselineStatistic: BaselineStatistic; baselineWindowDays: number; historyWindow?: HistoryWindow | undefined; includeSurgesInBaseline?: boolean | undefined; growth?: { method: GrowthMethod } | undefined },
  method?: GrowthMethod,
): HistorySettings {
  return {
    window: params.historyWindow,
    statistic: params.baselineStatistic,
    baselineDays: params.baselineWindowDays,
    includeSurges: params.includeSurgesInBaseline ?? false,
    method: method ?? params.growth?.method ?? 'compound',
  };
}

export function analyzeHistory(dailyPeaks: readonly DailyPeak[], settings: HistorySettings): HistoryAnalysis {
  const days = selectWindow(dailyPeaks, settings.window);
  const window = { description: describeWindow(settings.window), from: days[0]?.date ?? '', to: days[days.length - 1]?.date ?? '', days: days.length };
  let log: TrendFit;
  let stage: LogStage;
  try {
    stage = fitLogStage(days);
    log = fitRobustTrend(days, 'compound', stage);
  } catch (error) {
    if (!(error instanceof GrowthFitError)) throw error;
    const points = days.map((d) => ({ date: d.date, peakRps: d.peakRps, trend: NaN, expected: NaN, low: NaN, high: NaN, leftOut: null }));
    const baseline = computeBaseline(days, [], settings.statistic, settings.baselineDays, settings.includeSurges);
    return { window, growth: { error: error.message }, points, surges: [], excludedDays: [], baseline, yoy: null, quality: `no trend: ${error.message}` };
  }
  const { surges, points } = findSurges(log);
  let growth: HistoryAnalysis['growth'];
  if (settings.method === 'compound') growth = { fit: { ...log, points } };
  else {
    try {
      const linear = fitRobustTrend(days, 'linear', stage);
      growth = { fit: { ...linear, points: linear.points.map((p) => (p.leftOut === 'high' && surgeOf(p.date, surges) ? { ...p, leftOut: 'surge' } : p)) } };
    } catch (error) {
      if (!(error instanceof GrowthFitError)) throw error;
      growth = { error: error.message };
    }
  }
  const excludedDays = leftOutDays(points);
  const baseline = computeBaseline(days, surges, settings.statistic, settings.baselineDays, settings.includeSurges);
  const quality = 'fit' in growth ? describeQuality(growth.fit, excludedDays, surges) : growth.error;
  return { window, growth, points, surges, excludedDays, baseline, yoy: yearOverYear(points), quality };
}
