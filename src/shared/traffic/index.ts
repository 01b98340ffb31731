/** Traffic history import and growth fitting (issue 5): pure, runs in a Worker, main or the CLI. */
export * from './types';
export { createTrafficParser, parseTrafficText } from './parser';
export { percentileOfSorted, statsOfPeaks } from './stats';
export { analyzeHistory, settingsOfSource, DEFAULT_SETTINGS, type HistoryAnalysis, type HistorySettings } from './forecast/analyze';
export { fitRobustTrend, GrowthFitError, DAYS_PER_MONTH, OUTLIER_SIGMAS, type TrendFit, type TrendPoint, type LeftOutReason } from './forecast/robust-trend';
export { SURGE_MIN_MULTIPLIER, type SurgeFound, type LeftOutDay } from './forecast/surges';
export type { BaselineResult } from './forecast/baseline';
export type { YearOverYear } from './forecast/year-over-year';
export { selectWindow, describeWindow } from './forecast/window';
export { dailyProfile, peakHourIn, profileForEvent, averageFromPeak } from './forecast/daily-profile';
export { importError } from './errors';
export { describeSeconds, NeedsPointsError } from './series-builder';
export { VALUE_KIND_EXPECTED } from './value-reading';
export { MAX_JSON_CHARS } from './prometheus';
export { dayRanges, dayToDate, MS_PER_DAY, type DayRange } from './day-blocks';
export { decoderForFirstChunk, LEGACY_ENCODING_WARNING, type ChunkDecoder } from './text-decoding';
