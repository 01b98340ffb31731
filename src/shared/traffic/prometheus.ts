import { fail, quoteFound } from './errors';
import { parseNumberAt } from './parse-number';
import type { SeriesBuilder } from './series-builder';

/**
 * Prometheus' HTTP API answer to a range query (`/api/v1/query_range`), saved as a file:
 * {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[1700000000,"12.5"],…]}]}}
 * JSON has to be parsed whole, so the caller caps its size (see MAX_JSON_CHARS).
 */
// Prometheus answers at most 11,000 points per series per query: 64 MB is far beyond any real file.
export const MAX_JSON_CHARS = 64 * 1024 * 1024;

const SHAPE = 'a Prometheus range-query response ({"status":"success","data":{"resultType":"matrix","result":[…]}})';

export interface PrometheusRead {
  series: string;
  warnings: string[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(x: unknown): string {
  if (Array.isArray(x)) return `an array of ${x.length}`;
  if (isRecord(x)) {
    const keys = Object.keys(x);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 6).map((k) => quoteFound(k)).join(', ')}`;
  }
  return x === null ? 'null' : quoteFound(String(x));
}

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

/** Best-effort 1-based line/column of `values[pair]` of `result[resultIndex]` in the raw text. */
function locate(text: string, resultIndex: number, pair: number): { line: number; column: number } {
  let at = -1;
  for (let r = 0; r <= resultIndex; r++) {
    at = text.indexOf('"values"', at + 1);
    if (at < 0) return { line: 1, column: 1 };
  }
  at = text.indexOf('[', at);
  for (let p = 0; p <= pair && at >= 0; p++) at = text.indexOf('[', at + 1);
  if (at < 0) return { line: 1, column: 1 };
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

export function readPrometheus(file: string, text: string, series: string | undefined, builder: SeriesBuilder): PrometheusRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const offset = m ? Number(m[1]) : 0;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    fail(file, line, offset - before.lastIndexOf('\n'), 'valid JSON', msg);
  }
  if (!isRecord(doc)) fail(file, 1, null, SHAPE, describe(doc));
  if (doc.status === 'error') fail(file, 1, null, 'a successful query ("status":"success")', `an error response: ${quoteFound(String(doc.error ?? ''))}`);
  const data = doc.data;
  if (doc.status !== 'success' || !isRecord(data)) fail(file, 1, null, SHAPE, describe(doc));
  if (data.resultType !== 'matrix') {
    fail(file, 1, null, 'resultType "matrix" (a range query: /api/v1/query_range)', `resultType ${quoteFound(String(data.resultType))}`);
  }
  const result = data.result;
  if (!Array.isArray(result) || result.length === 0) fail(file, 1, null, 'at least one series in data.result', describe(result));
  const labels = result.map((r: unknown) => seriesLabel(isRecord(r) ? r.metric : undefined));
  let pick = 0;
  const warnings: string[] = [];
  if (series !== undefined && series !== '') {
    const asNumber = Number(series);
    pick = labels.findIndex((l) => l === series);
    if (pick < 0) pick = labels.findIndex((l) => l.includes(series));
    if (pick < 0 && Number.isInteger(asNumber) && asNumber >= 1 && asNumber <= labels.length) pick = asNumber - 1;
    if (pick < 0) fail(file, 1, null, `a series matching ${quoteFound(series)} (one of ${labels.slice(0, 5).map(quoteFound).join(', ')})`, 'none');
  } else if (labels.length > 1) {
    warnings.push(`The response has ${labels.length} series; imported ${labels[0]}. Choose another with the series option.`);
  }
  const chosen: unknown = result[pick];
  const values = isRecord(chosen) ? chosen.values : undefined;
  if (!Array.isArray(values)) fail(file, 1, null, `an array at data.result[${pick}].values`, describe(values));
  builder.unit = 'point';
  let prevMs = 0;
  for (let k = 0; k < values.length; k++) {
    const pair: unknown = values[k];
    const where = (): { line: number; column: number } => locate(text, pick, k);
    if (!Array.isArray(pair) || pair.length !== 2) {
      const p = where();
      fail(file, p.line, p.column, `a [timestamp, "value"] pair at data.result[${pick}].values[${k}]`, describe(pair));
    }
    const [ts, raw] = pair as [unknown, unknown];
    const seconds = typeof ts === 'number' ? ts : typeof ts === 'string' ? parseNumberAt(ts, 0, ts.length, false) : NaN;
    if (!(seconds >= 0)) {
      const p = where();
      fail(file, p.line, p.column, `epoch seconds at data.result[${pick}].values[${k}][0]`, describe(ts));
    }
    const text2 = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
    const v = parseNumberAt(text2, 0, text2.length, false);
    if (!(v >= 0)) {
      const p = where();
      fail(file, p.line, p.column, `a number ≥ 0 at data.result[${pick}].values[${k}][1]`, describe(raw));
    }
    const ms = Math.round(seconds * 1000);
    if (k > 0 && ms <= prevMs) {
      const p = where();
      fail(file, p.line, p.column, `a timestamp after the previous pair's (${new Date(prevMs).toISOString()})`, `${new Date(ms).toISOString()}${ms === prevMs ? ', a duplicate' : ', out of order'}`);
    }
    prevMs = ms;
    builder.add(ms, v, k + 1);
  }
  return { series: labels[pick] ?? '{}', warnings };
}
