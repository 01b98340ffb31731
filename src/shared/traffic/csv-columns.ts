import { fail, quoteFound } from './errors';
import { readingFromName, type DetectedReading } from './value-reading';
import type { TrafficFormat } from './types';

/**
 * Reading a header row: which column holds the time, which the value, and (for "long"
 * exports that stack several series in one value column) which names the series.
 */
export interface ColumnPlan {
  hasHeader: boolean;
  timeCol: number;
  valueCol: number;
  /** Long layout: column naming the series of each row, or -1. */
  seriesCol: number;
  /** Long layout: the series kept (rows of other series are skipped). null = the first seen. */
  seriesName: string | null;
  /** What the summary calls the series. */
  label: string | null;
  format: TrafficFormat;
  warnings: string[];
  /** Fewest fields a data row must have. */
  minFields: number;
  /** Other columns that may hold series; the first data row tells which are numeric. */
  otherSeries: { column: number; name: string }[];
  /** Columns added up per row: series of one metric split by a label (Grafana's joined columns). */
  valueCols: number[];
  /** What the header says the values are. */
  reading: DetectedReading;
  /** Series the user may choose from (column or series names). */
  choices: string[];
}

const TIME_NAMES = /^(@?timestamps?|time|times|date|dates|datetime|date ?time|ts|period|time ?\(utc\)|date \(utc\)|time_?stamp ?\(utc\)|interval|bucket|minute|hour|day)$/i;
const SERIES_NAMES = /^(query|metric|metric ?name|series|scope|group|label|name|tags?)$/i;
const VALUE_NAMES = /^(values?|count|requests|rps|rate)$/i;
const DATADOG_QUERY = /^(avg|sum|min|max|count):[\w.-]+(\{.*\})?/i;

export function looksLikeDatadogQuery(text: string): boolean {
  return DATADOG_QUERY.test(text);
}

/** Plan for a file whose first row is data: timestamp in column 1, value in column 2 (or `series` as a number). */
export function headerlessPlan(file: string, line: number, fieldCount: number, series: string | undefined, format: TrafficFormat): ColumnPlan {
  let valueCol = 1;
  if (series !== undefined && series !== '') {
    const k = Number(series);
    if (!Number.isInteger(k) || k < 2) fail(file, line, null, 'a series given as a column number ≥ 2 (the file has no header to name it)', quoteFound(series));
    valueCol = k - 1;
  }
  if (fieldCount < 2) {
    fail(file, line, null, 'a timestamp and a value separated by a comma, semicolon or tab', `${fieldCount} column`);
  }
  const reading: DetectedReading = { kind: 'unknown', source: 'a file without a header' };
  return { hasHeader: false, timeCol: 0, valueCol, seriesCol: -1, seriesName: null, label: null, format, warnings: [], minFields: valueCol + 1, otherSeries: [], valueCols: [valueCol], reading, choices: [] };
}

/** `http_requests_total{instance="a"}` → `http_requests_total`; `sum:trace.hits{env:prod}.as_count()` → `sum:trace.hits…as_count()`; no braces → null. */
export function metricOfHeader(cell: string): string | null {
  const open = cell.indexOf('{');
  const close = cell.lastIndexOf('}');
  if (open <= 0 || close < open) return null;
  return `${cell.slice(0, open).trim()}${cell.slice(close + 1).trim()}`;
}

const UNIT_SECONDS: Record<string, number> = { second: 1, seconds: 1, minute: 60, minutes: 60, hour: 3600, hours: 3600, day: 86400, days: 86400, week: 604800, weeks: 604800 };

/** Kibana's date histogram header: "@timestamp per 30 minutes", "order_date per hour" → seconds. */
export function bucketOfTimeHeader(cell: string): number | null {
  const m = /\bper (\d+ )?(seconds?|minutes?|hours?|days?|weeks?)\b/i.exec(cell);
  if (m === null) return null;
  return Number(m[1] ?? 1) * (UNIT_SECONDS[(m[2] ?? '').toLowerCase()] ?? NaN) || null;
}

function withBucket(r: DetectedReading, bucket: number | null, timeHeader: string): DetectedReading {
  if (r.kind !== 'count' || bucket === null) return r;
  return { kind: 'count', bucketSeconds: bucket, source: `${r.source}, buckets ${JSON.stringify(timeHeader)}` };
}

export function headerPlan(file: string, line: number, cells: string[], series: string | undefined, forced: TrafficFormat | null): ColumnPlan {
  if (cells.length < 2) {
    fail(file, line, null, 'a header naming a timestamp column and a value column, or a first row "timestamp,value"', `one column ${quoteFound(cells[0] ?? '')}`);
  }
  let timeCol = cells.findIndex((c) => TIME_NAMES.test(c));
  if (timeCol < 0) timeCol = cells.findIndex((c) => /time|date/i.test(c));
  if (timeCol < 0) timeCol = 0;
  const seriesCol = cells.findIndex((c, k) => k !== timeCol && SERIES_NAMES.test(c));
  const datadog = cells.some((c) => looksLikeDatadogQuery(c));
  const timeHeader = cells[timeCol] ?? '';
  const cloudwatch = /^timestamps$/i.test(timeHeader);
  const bucket = bucketOfTimeHeader(timeHeader);
  const detected: TrafficFormat = datadog ? 'datadog' : cloudwatch ? 'cloudwatch' : bucket !== null ? 'kibana' : timeHeader === 'Time' ? 'grafana' : 'csv';
  const format: TrafficFormat = forced ?? detected;
  const warnings: string[] = [];

  if (seriesCol >= 0) {
    // Long layout: timestamp, series name, value.
    let valueCol = cells.findIndex((c, k) => k !== timeCol && k !== seriesCol && VALUE_NAMES.test(c));
    if (valueCol < 0) valueCol = cells.findIndex((_, k) => k !== timeCol && k !== seriesCol);
    const seriesName = series !== undefined && series !== '' ? series : null;
    const reading = withBucket(readingFromName(cells[valueCol] ?? ''), bucket, timeHeader);
    return { hasHeader: true, timeCol, valueCol, seriesCol, seriesName, label: seriesName, format, warnings, minFields: Math.max(timeCol, valueCol, seriesCol) + 1, otherSeries: [], valueCols: [valueCol], reading, choices: [] };
  }

  const candidates = cells.map((_, k) => k).filter((k) => k !== timeCol);
  let valueCol = candidates[0] ?? 1;
  if (series !== undefined && series !== '') {
    const wanted = series.toLowerCase();
    const asNumber = Number(series);
    let found = cells.findIndex((c, k) => k !== timeCol && c.toLowerCase() === wanted);
    if (found < 0) found = cells.findIndex((c, k) => k !== timeCol && c.toLowerCase().includes(wanted));
    if (found < 0 && Number.isInteger(asNumber) && asNumber >= 1 && asNumber <= cells.length && asNumber - 1 !== timeCol) found = asNumber - 1;
    if (found < 0) {
      fail(file, line, null, `a series named ${quoteFound(series)} (one of ${candidates.map((k) => quoteFound(cells[k] ?? '')).join(', ')})`, 'no such column');
    }
    valueCol = found;
  } else if (candidates.length > 1) {
    const named = cells.findIndex((c, k) => k !== timeCol && VALUE_NAMES.test(c));
    if (named >= 0) valueCol = named;
  }
  const chosen = series !== undefined && series !== '';
  const choices = candidates.length > 1 ? candidates.map((k) => cells[k] ?? '') : [];
  const metrics = candidates.map((k) => metricOfHeader(cells[k] ?? ''));
  const oneMetric = metrics[0] ?? null;
  if (!chosen && candidates.length > 1 && oneMetric !== null && metrics.every((m) => m === oneMetric)) {
    // Series of one metric split by a label: added up, as a request rate of the whole fleet.
    const names = candidates.map((k) => JSON.stringify(cells[k] ?? '')).join(', ');
    warnings.push(`Totalled ${candidates.length} series of ${JSON.stringify(oneMetric)}: ${names}. Choose one with the series option.`);
    const reading = withBucket(readingFromName(cells[candidates[0] ?? 1] ?? ''), bucket, timeHeader);
    return { hasHeader: true, timeCol, valueCol: candidates[0] ?? 1, seriesCol: -1, seriesName: null, label: `${oneMetric} (total of ${candidates.length} series)`, format, warnings, minFields: Math.max(timeCol, ...candidates) + 1, otherSeries: [], valueCols: candidates, reading, choices };
  }
  const otherSeries = chosen ? [] : candidates.filter((k) => k !== valueCol).map((k) => ({ column: k, name: cells[k] ?? '' }));
  const reading = withBucket(readingFromName(cells[valueCol] ?? ''), bucket, timeHeader);
  return { hasHeader: true, timeCol, valueCol, seriesCol: -1, seriesName: null, label: cells[valueCol] ?? null, format, warnings, minFields: Math.max(timeCol, valueCol) + 1, otherSeries, valueCols: [valueCol], reading, choices };
}
