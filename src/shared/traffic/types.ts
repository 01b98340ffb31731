import type { DailyProfile } from '../model/traffic-history';

/**
 * Types of the traffic-history import (issue 5). Pure data: this folder runs in a
 * renderer Web Worker, in main and in the CLI, so nothing here touches node or the DOM.
 */

/** Every shape family the reader knows; docs/traffic-import.md lists the shapes of each. */
export const TRAFFIC_FORMATS = ['csv', 'datadog', 'cloudwatch', 'prometheus', 'victoriametrics', 'grafana', 'azure', 'gcp', 'newrelic', 'kibana', 'athena'] as const;
export type TrafficFormat = (typeof TRAFFIC_FORMATS)[number];
export type TrafficFormatOption = 'auto' | TrafficFormat;
export type ValueKind = 'rate' | 'count';
export type RateUnit = 'perSecond' | 'perMinute' | 'perHour';
export type BaselineStatistic = 'max' | 'p99' | 'p95' | 'mean';
export type GrowthMethod = 'compound' | 'linear';

export interface TrafficImportOptions {
  /** Shown in every message; never opened by the parser itself. */
  fileName: string;
  format?: TrafficFormatOption;
  /** 'count' = requests per interval: divided by the median interval in seconds. */
  valueKind?: ValueKind;
  /** Unit of a 'rate' value; converted to per second. */
  rateUnit?: RateUnit;
  /** IANA zone for naive date-times (no Z, no offset). Default 'UTC'. */
  timeZone?: string;
  /** Which series when a file has several: a column name / series label, or a 1-based column number. */
  series?: string;
  /** Default true: gaps are a warning. false = strict: the first gap is an error. */
  allowGaps?: boolean;
  /** Order of day and month in slash dates such as 03/04/2026; default: guessed from the file. */
  dateOrder?: 'mdy' | 'dmy';
  /**
   * false (the CLI's summary): points are not kept, so memory stays flat however long the
   * file; `points` of the result is then empty. A file out of time order cannot be
   * summarised that way: the parser throws NeedsPointsError and the caller reads again
   * with keepPoints true.
   */
  keepPoints?: boolean;
}

export interface TrafficImportError {
  file: string;
  /** 1-based physical line of the file (0 when the problem is the file as a whole). */
  line: number;
  /** 1-based column (CSV field) or null when no single column is at fault. */
  column: number | null;
  expected: string;
  found: string;
  /** `metrics.csv line 1,204, column 2: expected a number ≥ 0, found "-3"` */
  message: string;
  /**
   * What the user can give to get past this error, when that is the only thing missing:
   * 'valueKind' = say whether values are rates (and their unit) or counts per interval;
   * 'series' = choose one of `choices`.
   */
  needs?: 'valueKind' | 'series';
  choices?: string[];
}

export interface DailyPeak {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  peakRps: number;
}

/** Small and JSON-serialisable: the plan document keeps this, SQLite keeps the points. */
export interface TrafficSummary {
  fileName: string;
  format: TrafficFormat;
  /** Which series was imported (column header, Datadog query, Prometheus labels), if named. */
  series: string | null;
  rows: number;
  firstTimestamp: string;
  lastTimestamp: string;
  /** Median step between consecutive points. */
  intervalSeconds: number;
  dailyPeaks: DailyPeak[];
  /** Statistics of the daily peaks (req/s). Percentiles interpolate linearly (Excel PERCENTILE.INC). */
  peak: number;
  mean: number;
  p95: number;
  p99: number;
  gaps: { count: number; largestSeconds: number };
  /** How values and naive times were read, so the plan can explain its baseline later. */
  valueKind: ValueKind;
  rateUnit: RateUnit;
  timeZone: string;
  /** Peak-to-average ratio and peak hour from the points (issue 14); absent for data coarser than hourly. */
  profile?: DailyProfile;
  /** What the values were taken to be, in words: "counts per 300 s (CloudWatch Sum, unit Count), divided by 300". */
  valueNote?: string;
}

export interface TrafficPoints {
  /** Epoch milliseconds, strictly ascending. */
  t: Float64Array;
  /** Requests per second. */
  v: Float64Array;
}

export type TrafficParseResult =
  | { ok: true; points: TrafficPoints; summary: TrafficSummary; warnings: string[]; seriesChoices: string[] }
  | { ok: false; error: TrafficImportError };

export interface TrafficParser {
  push(chunk: string): void;
  finish(): TrafficParseResult;
}
