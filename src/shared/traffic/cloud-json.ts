import { fail, quoteFound } from './errors';
import { describe, isoDurationSeconds, isRecord, sampleValue, text } from './json-util';
import { parseTimestampAt, type TimeContext } from './parse-time';
import type { RawSeries } from './series-set';
import type { DetectedReading } from './value-reading';

/**
 * Azure Monitor (`az monitor metrics list`, REST metrics list), Google Cloud Monitoring
 * (`projects.timeSeries.list`) and New Relic NRQL `TIMESERIES` results (NerdGraph and
 * the Insights query API).
 */
type Read = { series: RawSeries[]; warnings: string[] };

function iso(file: string, raw: unknown, where: string, ctx: TimeContext): number {
  const s = text(raw);
  const t = parseTimestampAt(s, 0, s.length, ctx);
  if (t !== t) fail(file, 1, null, `a timestamp at ${where}`, describe(raw));
  return t;
}

function value(file: string, raw: unknown, where: string): number {
  const v = sampleValue(raw === undefined ? null : raw);
  if (v === undefined || v < 0) fail(file, 1, null, `a number ≥ 0 at ${where}`, describe(raw));
  return v;
}

/** {"interval":"PT5M","value":[{"name":{"value":"Requests"},"unit":"Count","timeseries":[{"metadatavalues":[…],"data":[{"timeStamp","total"}]}]}]} */
export function readAzure(file: string, doc: Record<string, unknown>, ctx: TimeContext): Read {
  const metrics = doc.value;
  if (!Array.isArray(metrics) || metrics.length === 0) fail(file, 1, null, 'at least one metric in "value"', describe(metrics));
  const bucket = isoDurationSeconds(doc.interval);
  const series: RawSeries[] = [];
  metrics.forEach((m: unknown, k: number) => {
    if (!isRecord(m) || !Array.isArray(m.timeseries)) fail(file, 1, null, `a timeseries array at value[${k}]`, describe(m));
    const name = isRecord(m.name) ? text(m.name.value) : `metric ${k + 1}`;
    const unit = text(m.unit);
    m.timeseries.forEach((ts: unknown, j: number) => {
      const data = isRecord(ts) ? ts.data : undefined;
      if (!Array.isArray(data)) fail(file, 1, null, `a data array at value[${k}].timeseries[${j}]`, describe(ts));
      const meta = isRecord(ts) && Array.isArray(ts.metadatavalues) ? ts.metadatavalues.map((d: unknown) => (isRecord(d) ? `${isRecord(d.name) ? text(d.name.value) : ''}=${text(d.value)}` : '')).filter((s) => s !== '=') : [];
      const has = (key: string): boolean => data.some((d) => isRecord(d) && key in d);
      let key: string;
      let reading: DetectedReading;
      if (/PerSecond$/i.test(unit)) {
        key = has('average') ? 'average' : has('maximum') ? 'maximum' : 'total';
        reading = { kind: 'rate', perSeconds: 1, source: `Azure ${key}, unit ${unit}` };
      } else if (unit === 'Count') {
        if (!has('total')) fail(file, 1, null, `the Total aggregation of the count metric ${quoteFound(name)} (az monitor metrics list --aggregation Total): an average of counts is not a request rate`, `aggregations ${data.flatMap((d) => (isRecord(d) ? Object.keys(d).filter((x) => x !== 'timeStamp') : [])).filter((x, i, a) => a.indexOf(x) === i).map(quoteFound).join(', ') || 'none'}`);
        key = 'total';
        reading = { kind: 'count', bucketSeconds: bucket, source: `Azure total, unit Count${bucket === null ? '' : `, interval ${text(doc.interval)}`}` };
      } else fail(file, 1, null, 'a request metric (unit Count or CountPerSecond)', `${quoteFound(name)} with unit ${quoteFound(unit)}`);
      const t: number[] = [];
      const v: number[] = [];
      data.forEach((d: unknown, i: number) => {
        if (!isRecord(d)) fail(file, 1, null, `an object at value[${k}].timeseries[${j}].data[${i}]`, describe(d));
        t.push(iso(file, d.timeStamp, `value[${k}].timeseries[${j}].data[${i}].timeStamp`, ctx));
        v.push(value(file, d[key], `value[${k}].timeseries[${j}].data[${i}].${key}`));
      });
      series.push({ label: meta.length > 0 ? `${name} {${meta.join(',')}}` : name, metric: name, t, v, reading });
    });
  });
  return { series, warnings: [] };
}

/** {"timeSeries":[{"metric":{"type","labels"},"metricKind":"DELTA","valueType":"INT64","points":[{"interval":{"startTime","endTime"},"value":{"int64Value":"123"}}]}]} */
export function readGoogleCloud(file: string, doc: Record<string, unknown>, ctx: TimeContext): Read {
  const list = doc.timeSeries;
  if (!Array.isArray(list) || list.length === 0) fail(file, 1, null, 'at least one series in "timeSeries"', describe(list));
  const warnings = typeof doc.nextPageToken === 'string' && doc.nextPageToken !== '' ? ['The answer has a nextPageToken: more series or points exist; fetch the remaining pages for the whole range.'] : [];
  const series = list.map((s: unknown, k: number): RawSeries => {
    if (!isRecord(s) || !Array.isArray(s.points)) fail(file, 1, null, `a points array at timeSeries[${k}]`, describe(s));
    const metric = isRecord(s.metric) ? s.metric : {};
    const type = text(metric.type) || `series ${k + 1}`;
    const labels = isRecord(metric.labels) ? Object.entries(metric.labels).map(([a, b]) => `${a}="${String(b)}"`) : [];
    const kind = text(s.metricKind);
    const unit = text(s.unit) || text(doc.unit);
    const t: number[] = [];
    const v: number[] = [];
    let bucket: number | null = null;
    s.points.forEach((p: unknown, i: number) => {
      const interval = isRecord(p) && isRecord(p.interval) ? p.interval : {};
      const val = isRecord(p) && isRecord(p.value) ? p.value : {};
      const end = iso(file, interval.endTime, `timeSeries[${k}].points[${i}].interval.endTime`, ctx);
      if (interval.startTime !== undefined && bucket === null) bucket = (end - iso(file, interval.startTime, `timeSeries[${k}].points[${i}].interval.startTime`, ctx)) / 1000 || null;
      t.push(end);
      v.push(value(file, val.int64Value ?? val.doubleValue, `timeSeries[${k}].points[${i}].value`));
    });
    const reading: DetectedReading =
      kind === 'DELTA'
        ? { kind: 'count', bucketSeconds: bucket, source: 'Google Cloud DELTA metric' }
        : /\/s$/.test(unit)
          ? { kind: 'rate', perSeconds: 1, source: `Google Cloud unit ${unit}` }
          : { kind: 'unknown', source: `the Google Cloud ${kind || 'metric'} ${quoteFound(type)}${unit === '' ? '' : ` with unit ${quoteFound(unit)}`}` };
    return { label: `${type}{${labels.join(',')}}`, metric: type, t, v, reading, counter: kind === 'CUMULATIVE' };
  });
  return { series, warnings };
}

const NR_BUCKET_KEYS = new Set(['beginTimeSeconds', 'endTimeSeconds', 'facet', 'inspectedCount']);

/** One NRQL TIMESERIES bucket list ([{"beginTimeSeconds","endTimeSeconds","count":N},…]) → series by facet and value key. */
function nrqlBuckets(file: string, buckets: unknown[], where: string, facetName: string | null, into: Map<string, RawSeries>): void {
  buckets.forEach((b: unknown, i: number) => {
    if (!isRecord(b) || typeof b.beginTimeSeconds !== 'number') fail(file, 1, null, `a TIMESERIES bucket with beginTimeSeconds at ${where}[${i}]`, describe(b));
    const begin = b.beginTimeSeconds * 1000;
    const bucket = typeof b.endTimeSeconds === 'number' ? b.endTimeSeconds - b.beginTimeSeconds : null;
    const facet = facetName ?? (b.facet === undefined ? null : Array.isArray(b.facet) ? b.facet.map(String).join(', ') : text(b.facet));
    // Insights API: {"results":[{"count":N}]}; NerdGraph: the value keys sit on the bucket itself.
    const holder = Array.isArray(b.results) && isRecord(b.results[0]) ? b.results[0] : b;
    for (const [key, raw] of Object.entries(holder)) {
      if (NR_BUCKET_KEYS.has(key) || key === 'results') continue;
      const label = facet === null ? key : `${key} {facet=${facet}}`;
      let s = into.get(label);
      if (s === undefined) {
        const reading: DetectedReading = /^count/i.test(key) ? { kind: 'count', bucketSeconds: bucket, source: `New Relic ${key} per TIMESERIES bucket` } : { kind: 'unknown', source: `the New Relic result ${quoteFound(key)}` };
        s = { label, metric: key, t: [], v: [], reading };
        into.set(label, s);
      }
      s.t.push(begin);
      s.v.push(value(file, isRecord(raw) ? (Object.values(raw)[0] ?? null) : raw, `${where}[${i}].${key}`));
    }
  });
}

export function readNewRelic(file: string, doc: Record<string, unknown>): Read {
  const into = new Map<string, RawSeries>();
  const field = (x: unknown, key: string): unknown => (isRecord(x) ? x[key] : undefined);
  const nrql = field(field(field(doc.data, 'actor'), 'account'), 'nrql');
  if (isRecord(nrql) && Array.isArray(nrql.results)) nrqlBuckets(file, nrql.results, 'data.actor.account.nrql.results', null, into);
  else if (Array.isArray(doc.timeSeries)) nrqlBuckets(file, doc.timeSeries, 'timeSeries', null, into);
  else if (Array.isArray(doc.facets)) {
    doc.facets.forEach((f: unknown, k: number) => {
      if (!isRecord(f) || !Array.isArray(f.timeSeries)) fail(file, 1, null, `a timeSeries array at facets[${k}]`, describe(f));
      nrqlBuckets(file, f.timeSeries, `facets[${k}].timeSeries`, Array.isArray(f.name) ? f.name.map(String).join(', ') : text(f.name), into);
    });
  } else fail(file, 1, null, 'NRQL TIMESERIES results (data.actor.account.nrql.results, or timeSeries)', describe(doc));
  if (into.size === 0) fail(file, 1, null, 'at least one TIMESERIES bucket with a value (was the query run with TIMESERIES?)', 'none');
  return { series: [...into.values()], warnings: [] };
}
