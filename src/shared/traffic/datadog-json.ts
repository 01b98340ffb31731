import { fail, quoteFound } from './errors';
import { describe, isRecord, sampleValue, text } from './json-util';
import type { RawSeries } from './series-set';
import type { DetectedReading } from './value-reading';

/**
 * Datadog's metric query answers, as the API clients' recorded responses show them:
 * - v1 `GET /api/v1/query`: {"status":"ok","res_type":"time_series","series":[{"metric","scope","tag_set",
 *   "expression","interval","unit","pointlist":[[ms,value|null],…]}],"query":…};
 * - v2 `POST /api/v2/query/timeseries`: {"data":{"type":"timeseries_response","attributes":{"series":[{"group_tags","query_index","unit"}],"times":[ms…],"values":[[…],…]}}}.
 * `.as_count()` queries are counts per interval; `.as_rate()` and per-second units are rates.
 */
function unitReading(unit: unknown, what: string): DetectedReading | null {
  if (!Array.isArray(unit)) return null;
  const [base, per] = unit as unknown[];
  const perName = isRecord(per) ? text(per.name) : isRecord(base) && isRecord(base.per_unit) ? text(base.per_unit.name) : '';
  if (perName === 'second') return { kind: 'rate', perSeconds: 1, source: `${what}, unit per second` };
  if (perName === 'minute') return { kind: 'rate', perSeconds: 60, source: `${what}, unit per minute` };
  return null;
}

function queryReading(expression: string, interval: number | null, unit: unknown): DetectedReading {
  if (/\.as_count\(\)/.test(expression)) return { kind: 'count', bucketSeconds: interval, source: `Datadog .as_count()${interval === null ? '' : `, interval ${interval} s`}` };
  if (/\.as_rate\(\)|per_second\(/.test(expression)) return { kind: 'rate', perSeconds: 1, source: 'Datadog .as_rate()' };
  if (/per_minute\(/.test(expression)) return { kind: 'rate', perSeconds: 60, source: 'Datadog per_minute()' };
  return unitReading(unit, 'Datadog') ?? { kind: 'unknown', source: `the Datadog query ${quoteFound(expression)} (neither .as_count() nor .as_rate(), and no per-second unit)` };
}

export function readDatadogV1(file: string, doc: Record<string, unknown>): { series: RawSeries[]; warnings: string[] } {
  if (doc.status === 'error' || typeof doc.error === 'string') fail(file, 1, null, 'a successful Datadog query ("status":"ok")', `an error: ${quoteFound(text(doc.error))}`);
  const list = doc.series;
  if (!Array.isArray(list) || list.length === 0) fail(file, 1, null, 'at least one series in "series" (the query matched no data?)', describe(list));
  const series = list.map((s: unknown, k: number): RawSeries => {
    if (!isRecord(s) || !Array.isArray(s.pointlist)) fail(file, 1, null, `a pointlist at series[${k}]`, describe(s));
    const expression = text(s.expression) || text(doc.query);
    const interval = typeof s.interval === 'number' && s.interval > 0 ? s.interval : null;
    const t: number[] = [];
    const v: number[] = [];
    s.pointlist.forEach((p: unknown, i: number) => {
      if (!Array.isArray(p) || typeof p[0] !== 'number') fail(file, 1, null, `a [ms, value] pair at series[${k}].pointlist[${i}]`, describe(p));
      const value = sampleValue(p[1]);
      if (value === undefined || value < 0) fail(file, 1, null, `a number ≥ 0 (or null) at series[${k}].pointlist[${i}][1]`, describe(p[1]));
      t.push(Math.round(p[0] < 1e11 ? p[0] * 1000 : p[0]));
      v.push(value);
    });
    const scope = text(s.scope);
    const q = Number(s.query_index ?? 0);
    const metric = `${text(s.aggr) === '' ? '' : `${text(s.aggr)}:`}${text(s.metric)}${q > 0 ? ` (query ${q + 1})` : ''}`;
    return { label: expression || `${text(s.metric)}{${scope}}`, metric, t, v, reading: queryReading(expression, interval, s.unit) };
  });
  return { series, warnings: [] };
}

export function readDatadogV2(file: string, doc: Record<string, unknown>): { series: RawSeries[]; warnings: string[] } {
  const data = doc.data;
  const attrs = isRecord(data) ? data.attributes : undefined;
  if (!isRecord(attrs)) fail(file, 1, null, 'data.attributes of a Datadog timeseries response', describe(data));
  const times = attrs.times;
  const values = attrs.values;
  const meta = Array.isArray(attrs.series) ? attrs.series : [];
  if (!Array.isArray(times) || !Array.isArray(values) || values.length === 0) fail(file, 1, null, 'data.attributes.times and data.attributes.values (the query matched no data?)', describe(attrs));
  const warnings = Array.isArray(doc.errors) ? doc.errors.map((e) => `Datadog answered with an error: ${String(e)}`) : [];
  const t = times.map((x: unknown, i: number) => {
    if (typeof x !== 'number') fail(file, 1, null, `epoch milliseconds at data.attributes.times[${i}]`, describe(x));
    return x;
  });
  const series = values.map((col: unknown, k: number): RawSeries => {
    if (!Array.isArray(col) || col.length !== t.length) fail(file, 1, null, `${t.length} values at data.attributes.values[${k}], one per time`, describe(col));
    const m: unknown = meta[k];
    const tags = isRecord(m) && Array.isArray(m.group_tags) ? m.group_tags.map(String) : [];
    const q = isRecord(m) ? text(m.query_index) || '0' : '0';
    const v = col.map((x: unknown, i: number) => {
      const value = sampleValue(x);
      if (value === undefined || value < 0) fail(file, 1, null, `a number ≥ 0 (or null) at data.attributes.values[${k}][${i}]`, describe(x));
      return value;
    });
    const reading = unitReading(isRecord(m) ? m.unit : undefined, 'Datadog') ?? { kind: 'unknown' as const, source: 'a Datadog v2 timeseries answer (it does not repeat the query, so .as_count() cannot be seen)' };
    return { label: tags.length > 0 ? `query ${q} {${tags.join(',')}}` : `query ${q}`, metric: `query ${q}`, t: [...t], v, reading };
  });
  return { series, warnings };
}
