/** Traffic history import and growth fitting (issue 5): pure, runs in a Worker, main or the CLI. */
export * from './types';
export { createTrafficParser, parseTrafficText } from './parser';
export { baselineFromSummary, percentileOfSorted, statsOfPeaks, lastWindow } from './stats';
export { fitGrowth, GrowthFitError, type GrowthFit } from './growth';
export { importError } from './errors';
export { describeSeconds, NeedsPointsError } from './series-builder';
export { VALUE_KIND_EXPECTED } from './value-reading';
export { MAX_JSON_CHARS } from './prometheus';
export { dayRanges, dayToDate, MS_PER_DAY, type DayRange } from './day-blocks';
export { decoderForFirstChunk, LEGACY_ENCODING_WARNING } from './text-decoding';
