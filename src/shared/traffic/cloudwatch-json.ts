import { fail, quoteFound } from './errors';
import { describe, isRecord, sampleValue, text } from './json-util';
import { parseTimestampAt, type TimeContext } from './parse-time';
import type { RawSeries } from './series-set';
import { readingFromName, type DetectedReading } from './value-reading';

/**
 * The AWS CLI's CloudWatch answers, saved as JSON:
 * - `get-metric-statistics`: {"Label":…,"Datapoints":[{"Timestamp":…,"Sum":…,"Average":…,"Unit":"Count"},…]}
 *   (points in no particular order, several statistics per point);
 * - `get-metric-data`: {"MetricDataResults":[{"Id","Label","Timestamps":[…],"Values":[…],"StatusCode"}],"NextToken"?}
 *   (newest first; `PartialData` with a NextToken means more pages exist).
 * CLI v1 writes times as …Z, v2 as …+00:00.
 */
export interface CloudWatchJsonRead {
  series: RawSeries[];
  warnings: string[];
}

function time(file: string, raw: unknown, where: string, ctx: TimeContext): number {
  const s = text(raw);
  const t = parseTimestampAt(s, 0, s.length, ctx);
  if (t !== t) fail(file, 1, null, `a timestamp at ${where}`, describe(raw));
  return t;
}

const RATE_UNITS = /\/Second$/i;

export function readMetricStatistics(file: string, doc: Record<string, unknown>, ctx: TimeContext): CloudWatchJsonRead {
  const points = doc.Datapoints;
  if (!Array.isArray(points)) fail(file, 1, null, 'an array at Datapoints', describe(points));
  const label = text(doc.Label) || 'CloudWatch metric';
  if (points.length === 0) fail(file, 1, null, 'datapoints in Datapoints (CloudWatch found no data for that metric, period and time range)', 'an empty list');
  const first = points.find(isRecord) ?? {};
  const unit = text(first.Unit);
  const has = (k: string): boolean => points.some((p) => isRecord(p) && k in p);
  let stat: string;
  let reading: DetectedReading;
  if (unit === 'Count' || unit === 'None' || unit === '') {
    if (!has('Sum')) {
      fail(file, 1, null, `the Sum statistic of a count metric (run get-metric-statistics with --statistics Sum): the ${has('Average') ? 'Average' : 'statistic'} of a count per period is not a request rate`, `${quoteFound(label)} with unit ${quoteFound(unit || 'none')} and statistics ${Object.keys(first).filter((k) => k !== 'Timestamp' && k !== 'Unit').map(quoteFound).join(', ')}`);
    }
    stat = 'Sum';
    reading = unit === 'Count' ? { kind: 'count', bucketSeconds: null, source: 'CloudWatch Sum, unit Count' } : { kind: 'unknown', source: `CloudWatch Sum of ${quoteFound(label)} with unit ${quoteFound(unit || 'none')}` };
  } else if (RATE_UNITS.test(unit)) {
    stat = has('Average') ? 'Average' : has('Maximum') ? 'Maximum' : 'Sum';
    reading = { kind: 'rate', perSeconds: 1, source: `CloudWatch ${stat}, unit ${unit}` };
  } else {
    fail(file, 1, null, 'a request metric (unit Count or Count/Second, such as RequestCount)', `${quoteFound(label)} with unit ${quoteFound(unit)}`);
  }
  const t: number[] = [];
  const v: number[] = [];
  points.forEach((p: unknown, i: number) => {
    if (!isRecord(p)) fail(file, 1, null, `an object at Datapoints[${i}]`, describe(p));
    t.push(time(file, p.Timestamp, `Datapoints[${i}].Timestamp`, ctx));
    const value = sampleValue(p[stat]);
    if (value === undefined || value < 0) fail(file, 1, null, `a number ≥ 0 at Datapoints[${i}].${stat}`, describe(p[stat]));
    v.push(value);
  });
  const others = ['Sum', 'Average', 'Maximum', 'Minimum', 'SampleCount'].filter((k) => k !== stat && has(k));
  const warnings = others.length > 0 ? [`Each point holds ${[stat, ...others].join(', ')}; ${stat} was used.`] : [];
  return { series: [{ label: `${label} (${stat})`, metric: label, t, v, reading }], warnings };
}

export function readMetricData(file: string, doc: Record<string, unknown>, ctx: TimeContext): CloudWatchJsonRead {
  const results = doc.MetricDataResults;
  if (!Array.isArray(results) || results.length === 0) fail(file, 1, null, 'at least one result in MetricDataResults', describe(results));
  const warnings: string[] = [];
  const series = results.map((r: unknown, k: number): RawSeries => {
    if (!isRecord(r)) fail(file, 1, null, `an object at MetricDataResults[${k}]`, describe(r));
    const stamps = r.Timestamps;
    const values = r.Values;
    if (!Array.isArray(stamps) || !Array.isArray(values)) fail(file, 1, null, `Timestamps and Values arrays at MetricDataResults[${k}]`, describe(r));
    if (stamps.length !== values.length) fail(file, 1, null, `${stamps.length} Values at MetricDataResults[${k}], one per timestamp`, String(values.length));
    const label = text(r.Label) || text(r.Id) || `result ${k + 1}`;
    const status = text(r.StatusCode);
    if (status === 'PartialData') warnings.push(`The data of ${quoteFound(label)} is partial (StatusCode PartialData${typeof doc.NextToken === 'string' ? ', with a NextToken' : ''}): fetch the remaining pages with --next-token and join them for the whole range.`);
    else if (status !== '' && status !== 'Complete') warnings.push(`${quoteFound(label)} has StatusCode ${quoteFound(status)}.`);
    const t = stamps.map((s: unknown, i: number) => time(file, s, `MetricDataResults[${k}].Timestamps[${i}]`, ctx));
    const v = values.map((x: unknown, i: number) => {
      const value = sampleValue(x);
      if (value === undefined || value < 0) fail(file, 1, null, `a number ≥ 0 at MetricDataResults[${k}].Values[${i}]`, describe(x));
      return value;
    });
    const named = readingFromName(label);
    // GetMetricData's answer names neither the statistic nor the unit: the label has to tell.
    const reading: DetectedReading = named.kind === 'unknown' ? { kind: 'unknown', source: `the CloudWatch result ${quoteFound(label)} (GetMetricData names no statistic or unit)` } : { ...named, source: `the CloudWatch result ${quoteFound(label)}` };
    // Two results are never added (they are different queries), so each is its own metric.
    return { label, metric: text(r.Id) === '' ? label : `${label} (${text(r.Id)})`, t, v, reading };
  });
  return { series, warnings };
}
