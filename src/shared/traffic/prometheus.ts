import { fail, quoteFound } from './errors';
import { describe, isRecord, sampleValue } from './json-util';
import type { RawSeries } from './series-set';

/**
 * Prometheus' HTTP API answer to a range query (`/api/v1/query_range`), as Prometheus,
 * Thanos and VictoriaMetrics return it:
 * {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[1700000000,"12.5"],…]}]},"warnings":[…]}
 * and VictoriaMetrics' `/api/v1/export` JSON lines: {"metric":{…},"values":[…],"timestamps":[ms…]} per line.
 * "NaN" and "±Inf" samples are gaps. A raw counter (`*_total` that only goes up) becomes
 * per-second increases.
 */
// Prometheus answers at most 11,000 points per series per query: 64 MB is far beyond any real file.
export const MAX_JSON_CHARS = 64 * 1024 * 1024;

const SHAPE = 'a Prometheus range-query response ({"status":"success","data":{"resultType":"matrix","result":[…]}})';

/** `http_requests_total{job="api",code="200"}` */
export function seriesLabel(metric: unknown): string {
  if (!isRecord(metric)) return '{}';
  const name = typeof metric.__name__ === 'string' ? metric.__name__ : '';
  const labels = Object.entries(metric)
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}="${String(v)}"`)
    .join(',');
  return `${name}{${labels}}`;
}

function metricName(metric: unknown): string {
  return isRecord(metric) && typeof metric.__name__ === 'string' ? metric.__name__ : '';
}

function isCounterName(name: string): boolean {
  return /(_total|_count|_sum|_bucket)$/.test(name);
}

/** Mostly rising, falls only to near zero (resets): a counter's samples. */
function looksMonotonic(v: number[]): boolean {
  let rises = 0;
  for (let i = 1; i < v.length; i++) {
    const a = v[i - 1] ?? NaN;
    const b = v[i] ?? NaN;
    if (a !== a || b !== b) continue;
    if (b < a && b > a * 0.5) return false;
    if (b > a) rises++;
  }
  return rises > 0;
}

function toSeries(metric: unknown, t: number[], v: number[], fromQuery: boolean): RawSeries {
  const name = metricName(metric);
  const counter = name !== '' && isCounterName(name) && looksMonotonic(v);
  const label = seriesLabel(metric);
  const reading = counter
    ? ({ kind: 'rate', perSeconds: 1, source: `per-second increases of the counter ${name}` } as const)
    : fromQuery
      ? ({ kind: 'rate', perSeconds: 1, source: 'a Prometheus query result, per second as rate() gives' } as const)
      : ({ kind: 'unknown', source: `raw samples of ${quoteFound(name || label)}` } as const);
  return { label, metric: name === '' ? 'query result' : name, t, v, reading, counter };
}

export function readPrometheus(file: string, doc: Record<string, unknown>): { series: RawSeries[]; warnings: string[] } {
  if (doc.status === 'error') fail(file, 1, null, 'a successful query ("status":"success")', `an error response: ${quoteFound(String(doc.error ?? ''))}`);
  const data = doc.data;
  if (doc.status !== 'success' || !isRecord(data)) fail(file, 1, null, SHAPE, describe(doc));
  if (data.resultType !== 'matrix') {
    fail(file, 1, null, 'resultType "matrix" (a range query: /api/v1/query_range)', `resultType ${quoteFound(String(data.resultType))}`);
  }
  const result = data.result;
  if (!Array.isArray(result) || result.length === 0) fail(file, 1, null, 'at least one series in data.result', describe(result));
  const warnings: string[] = [];
  for (const key of ['warnings', 'infos'] as const) {
    const list = doc[key];
    if (Array.isArray(list)) for (const w of list) warnings.push(`The query answered with a warning: ${String(w)}`);
  }
  if (doc.isPartial === true) warnings.push('The answer is marked partial (isPartial): some storage nodes did not answer; values may be low.');
  const series = result.map((r: unknown, k: number) => {
    const values = isRecord(r) ? r.values : undefined;
    if (!Array.isArray(values)) fail(file, 1, null, `an array at data.result[${k}].values`, describe(values));
    const t: number[] = [];
    const v: number[] = [];
    values.forEach((pair: unknown, i: number) => {
      if (!Array.isArray(pair) || pair.length !== 2) fail(file, 1, null, `a [timestamp, "value"] pair at data.result[${k}].values[${i}]`, describe(pair));
      const [ts, raw] = pair as [unknown, unknown];
      const seconds = typeof ts === 'number' ? ts : typeof ts === 'string' ? Number(ts) : NaN;
      if (!(seconds >= 1e8)) fail(file, 1, null, `epoch seconds at data.result[${k}].values[${i}][0]`, describe(ts));
      const value = sampleValue(raw);
      if (value === undefined || value < 0) fail(file, 1, null, `a number ≥ 0 (or "NaN" for no value) at data.result[${k}].values[${i}][1]`, describe(raw));
      t.push(Math.round(seconds * 1000));
      v.push(value);
    });
    return toSeries(isRecord(r) ? r.metric : undefined, t, v, true);
  });
  return { series, warnings };
}

/** VictoriaMetrics /api/v1/export: one JSON object per line. */
export function readVictoriaLines(file: string, text: string): RawSeries[] {
  const series: RawSeries[] = [];
  let line = 0;
  for (const raw of text.split(/\r?\n/)) {
    line++;
    if (raw.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      fail(file, line, null, 'one JSON object per line (VictoriaMetrics /api/v1/export)', e instanceof Error ? e.message : String(e));
    }
    if (!isRecord(obj) || !Array.isArray(obj.values) || !Array.isArray(obj.timestamps)) fail(file, line, null, 'an object with "metric", "values" and "timestamps"', describe(obj));
    const values = obj.values;
    const stamps = obj.timestamps;
    if (values.length !== stamps.length) fail(file, line, null, `${stamps.length} values, one per timestamp`, String(values.length));
    const t: number[] = [];
    const v: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const ms = stamps[i];
      const value = sampleValue(values[i]);
      if (typeof ms !== 'number' || !(ms > 1e11)) fail(file, line, null, `epoch milliseconds at timestamps[${i}]`, describe(ms));
      if (value === undefined || value < 0) fail(file, line, null, `a number ≥ 0 at values[${i}]`, describe(values[i]));
      t.push(ms);
      v.push(value);
    }
    series.push(toSeries(obj.metric, t, v, false));
  }
  return series;
}
