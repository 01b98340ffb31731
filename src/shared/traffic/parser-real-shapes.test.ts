import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.test-helper';
import { parseTrafficText } from './parser';
import type { TrafficImportError, TrafficImportOptions, TrafficParseResult } from './types';

/**
 * Each real export shape (fixtures named real-*; where each shape came from is in
 * docs/traffic-import.md) reads to the same four points in req/s with no options, or is
 * refused with a message saying what to add.
 */
const T0 = Date.UTC(2026, 10, 22, 14, 0);
const MINUTES = [0, 1, 2, 3].map((m) => T0 + m * 60_000);
const RPS = [120.5, 130, 125.25, 140];

type Ok = Extract<TrafficParseResult, { ok: true }>;

function read(name: string, options: Partial<TrafficImportOptions> = {}): Ok {
  const r = parseTrafficText(fixture(name), { fileName: name, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

function refused(name: string, options: Partial<TrafficImportOptions> = {}): TrafficImportError {
  const r = parseTrafficText(fixture(name), { fileName: name, ...options });
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

function expectRps(r: Ok): void {
  expect(Array.from(r.points.t)).toEqual(MINUTES);
  const v = Array.from(r.points.v);
  expect(v).toHaveLength(4);
  v.forEach((x, i) => expect(x).toBeCloseTo(RPS[i] ?? NaN, 9));
  expect(r.summary.peak).toBeCloseTo(140, 9);
}

const all = (r: Ok): string => r.warnings.join('\n');

describe('real export shapes import to the right req/s with no options', () => {
  it('CloudWatch get-metric-statistics (CLI v1, points out of order, Sum of a Count metric)', () => {
    const r = read('real-cloudwatch-get-metric-statistics.json');
    expectRps(r);
    expect(r.summary.format).toBe('cloudwatch');
    expect(r.summary.valueNote).toBe('counts per 60 s (CloudWatch Sum, unit Count), divided by 60');
    expect(all(r)).toMatch(/Each point holds Sum, Average, SampleCount; Sum was used/);
    expect(all(r)).not.toMatch(/out of time order/);
  });

  it('CloudWatch: the Average of a count metric is refused, naming the Sum statistic', () => {
    const e = refused('real-cloudwatch-average-of-count.json');
    expect(e.message).toMatch(/expected the Sum statistic of a count metric \(run get-metric-statistics with --statistics Sum\): the Average of a count per period is not a request rate, found "RequestCount" with unit "Count"/);
  });

  it('CloudWatch get-metric-data (CLI v2, newest first, two results, PartialData with a NextToken)', () => {
    const r = read('real-cloudwatch-get-metric-data.json');
    expectRps(r);
    expect(r.summary.series).toBe('RequestCount');
    expect(r.summary.valueNote).toMatch(/^counts per 60 s \(the CloudWatch result "RequestCount"\), divided by 60$/);
    expect(all(r)).toMatch(/left out "TargetResponseTime \(m2\)" \(different metrics are never added\)/);
    expect(all(r)).toMatch(/The data of "RequestCount" is partial \(StatusCode PartialData, with a NextToken\)/);
    expect(r.seriesChoices).toEqual(['RequestCount', 'TargetResponseTime']);
    expect(Array.from(read('real-cloudwatch-get-metric-data.json', { series: 'TargetResponseTime', rateUnit: 'perSecond' }).points.v)[0]).toBeCloseTo(0.0142, 9);
  });

  it('Datadog v1 query (.as_count() by host, interval 60, null points): hosts totalled, counts divided by 60', () => {
    const r = read('real-datadog-v1-query.json');
    expectRps(r);
    expect(r.summary.format).toBe('datadog');
    expect(r.summary.valueNote).toBe('counts per 60 s (Datadog .as_count(), interval 60 s), divided by 60');
    expect(all(r)).toMatch(/Totalled 2 series of .*host:web-a.*host:web-b/);
    expect(all(r)).toMatch(/2 points have no value \(null, NaN or ±Inf\) and are gaps/);
    expect(Array.from(read('real-datadog-v1-query.json', { series: 'host:web-b' }).points.v)).toEqual([60.5, 60, 60, 60]);
  });

  it('Datadog v2 timeseries (unit request per second, a null point)', () => {
    const r = read('real-datadog-v2-timeseries.json');
    expectRps(r);
    expect(r.summary.valueNote).toBe('requests per second (Datadog, unit per second)');
  });

  it('Prometheus: "NaN" and "+Inf" are gaps, warnings are shown', () => {
    const r = read('real-prometheus-nan-warnings.json');
    expectRps(r);
    expect(all(r)).toMatch(/2 points have no value/);
    expect(all(r)).toMatch(/The query answered with a warning: PromQL info: metric might not be a counter/);
  });

  it('Prometheus: a raw counter with a reset becomes per-second increases, naming the query to run', () => {
    const r = read('real-prometheus-raw-counter.json');
    expectRps(r);
    expect(all(r)).toMatch(/"http_requests_total" is a raw counter .*sum\(rate\(http_requests_total\[5m\]\)\)/);
    expect(r.summary.valueNote).toMatch(/per-second increases of the counter http_requests_total/);
  });

  it('VictoriaMetrics /api/v1/export JSON lines: counters of two instances, increases totalled', () => {
    const r = read('real-victoriametrics-export.jsonl');
    expectRps(r);
    expect(r.summary.format).toBe('victoriametrics');
    expect(all(r)).toMatch(/Totalled 2 series of "http_requests_total"/);
  });

  it('VictoriaMetrics /api/v1/export/csv of raw counter samples is refused, naming the query to export', () => {
    expect(refused('real-victoriametrics-export.csv').message).toMatch(/a raw counter .*sum\(rate\(http_requests_total\[5m\]\)\)/);
  });

  it('Grafana "Download for Excel": BOM, sep=, CRLF, formatted "req/s" values, joined columns of one metric, times without offset', () => {
    const r = read('real-grafana-excel.csv');
    expectRps(r);
    expect(r.summary.format).toBe('grafana');
    expect(r.summary.valueNote).toBe('requests per second (values written with the unit "req/s")');
    expect(all(r)).toMatch(/Totalled 2 series of "http_requests"/);
    expect(all(r)).toMatch(/4 timestamps carry no zone or UTC offset .* read as UTC/);
    expect(read('real-grafana-excel.csv', { timeZone: 'Europe/Paris' }).summary.firstTimestamp).toBe('2026-11-22T13:00:00.000Z');
  });

  it('Grafana formatted "7,23 K" values with sep=; and a per-minute header', () => {
    const r = read('real-grafana-formatted-k.csv');
    expectRps(r);
    expect(r.summary.valueNote).toBe('requests per minute (a column named "Requests per minute"), divided by 60');
    expect(all(r)).toMatch(/4 values were written formatted/);
  });

  it('Azure Monitor metrics list (Total of Requests per PT1M, two instances)', () => {
    const r = read('real-azure-metrics-list.json');
    expectRps(r);
    expect(r.summary.format).toBe('azure');
    expect(r.summary.valueNote).toBe('counts per 60 s (Azure total, unit Count, interval PT1M), divided by 60');
  });

  it('Google Cloud timeSeries list (DELTA INT64 as strings, newest first, two response classes)', () => {
    const r = read('real-gcp-timeseries-list.json');
    expectRps(r);
    expect(r.summary.format).toBe('gcp');
    expect(r.summary.valueNote).toBe('counts per 60 s (Google Cloud DELTA metric), divided by 60');
  });

  it('New Relic NRQL TIMESERIES (NerdGraph, count per 60 s bucket)', () => {
    const r = read('real-newrelic-nrql-timeseries.json');
    expectRps(r);
    expect(r.summary.format).toBe('newrelic');
    expect(r.summary.valueNote).toBe('counts per 60 s (New Relic count per TIMESERIES bucket), divided by 60');
  });

  it('Kibana Lens CSV ("Count of records" per minute, "Nov 22, 2026 @ 14:00:00.000")', () => {
    const r = read('real-kibana-lens.csv');
    expectRps(r);
    expect(r.summary.format).toBe('kibana');
    expect(r.summary.valueNote).toBe('counts per 60 s (a column named "Count of records", buckets "@timestamp per minute"), divided by 60');
  });

  it('a Kibana table whose times carry no date is refused, saying there is no date', () => {
    expect(refused('real-kibana-no-date.csv').message).toMatch(/^real-kibana-no-date.csv line 2, column 1: expected a timestamp with a date, found "14:00:00.000", a time of day with no date: there is no date/);
  });

  it('Athena count(*) per minute over ALB logs (no ORDER BY, " UTC" times)', () => {
    const r = read('real-athena-alb.csv');
    expectRps(r);
    expect(r.summary.valueNote).toBe('counts per 60 s (a column named "requests"), divided by 60');
    expect(all(r)).toMatch(/2 rows were out of time order and moved into order/);
  });
});

describe('files as they really come', () => {
  it('two exports joined end to end: sorted, repeats merged with counts, the larger kept', () => {
    const r = read('joined-exports.csv');
    expectRps(r);
    expect(all(r)).toMatch(/1 row was out of time order and moved into order; 2 repeated timestamps were merged: 1 with the same value \(one kept\), 1 with different values \(the larger kept, since sizing uses peaks\)/);
  });

  it('repeats spread over more than an hour get no DST hint', () => {
    expect(all(read('joined-exports.csv'))).not.toMatch(/DST/);
  });

  it('a format option that contradicts the file is refused', () => {
    expect(refused('real-azure-metrics-list.json', { format: 'csv' }).message).toMatch(/expected a csv CSV export \(as the format option says\), found JSON/);
    expect(refused('real-azure-metrics-list.json', { format: 'gcp' }).message).toMatch(/expected the gcp shape \(as the format option says\), found the azure shape/);
    expect(refused('real-kibana-lens.csv', { format: 'prometheus' }).message).toMatch(/expected prometheus JSON \(as the format option says\), found text that is not JSON/);
  });

  it('strict mode still refuses them, naming the line', () => {
    expect(refused('joined-exports.csv', { allowGaps: false }).message).toBe("joined-exports.csv line 5, column 1: expected a timestamp after line 4's (2026-11-22T14:02:00.000Z), found 2026-11-22T14:01:00.000Z, out of order");
  });

  it('the DST fall-back hour in a naive local zone is two hours, not repeats', () => {
    const r = read('dst-fall-back-paris.csv', { timeZone: 'Europe/Paris' });
    expect(Array.from(r.points.v)).toEqual([10, 11, 12, 13, 14, 15, 16, 17]);
    expect(r.summary.intervalSeconds).toBe(1800);
    expect(r.summary.gaps.count).toBe(0);
    expect(all(r)).toMatch(/fall in the hour that repeats when clocks go back in Europe\/Paris \(DST\)/);
    expect(all(r)).not.toMatch(/repeated timestamp/);
  });

  it('the same file read as UTC has true repeats, merged', () => {
    const r = read('dst-fall-back-paris.csv');
    expect(r.summary.rows).toBe(6);
    expect(all(r)).toMatch(/2 repeated timestamps were merged/);
    expect(all(r)).toMatch(/All the repeats fall within one hour \(2026-10-25T02:00–02:30\): if these are local times, that is the hour repeated when clocks go back \(DST\); give the time zone/);
  });
});

describe('variants of the same shapes', () => {
  const text = (o: unknown): string => JSON.stringify(o);
  const t = (i: number): string => new Date(T0 + i * 60_000).toISOString();
  const parse = (body: string, options: Partial<TrafficImportOptions> = {}): TrafficParseResult => parseTrafficText(body, { fileName: 'x.json', ...options });

  it('New Relic Insights API answers with facets: facets of one aggregate totalled', () => {
    const facet = (name: string, share: number) => ({ name, timeSeries: RPS.map((r, i) => ({ results: [{ count: r * 60 * share }], beginTimeSeconds: (T0 + i * 60_000) / 1000, endTimeSeconds: (T0 + i * 60_000) / 1000 + 60 })) });
    const r = parse(text({ facets: [facet('checkout', 0.25), facet('search', 0.75)], metadata: { facet: 'appName' } }));
    if (!r.ok) throw new Error(r.error.message);
    expectRps(r);
    expect(r.summary.format).toBe('newrelic');
    expect(r.warnings.join(' ')).toMatch(/Totalled 2 series of "count"/);
  });

  it('Google Cloud aligned to a rate (GAUGE DOUBLE, unit 1/s) is a rate', () => {
    const r = parse(text({ timeSeries: [{ metric: { type: 'loadbalancing.googleapis.com/https/request_count' }, metricKind: 'GAUGE', valueType: 'DOUBLE', unit: '1/s', points: [3, 2, 1, 0].map((i) => ({ interval: { startTime: t(i), endTime: t(i) }, value: { doubleValue: RPS[i] } })) }] }));
    if (!r.ok) throw new Error(r.error.message);
    expectRps(r);
    expect(r.summary.valueNote).toBe('requests per second (Google Cloud unit 1/s)');
  });

  it('Azure: an average of a CountPerSecond metric is a rate; an average of a Count metric is refused', () => {
    const azure = (unit: string, key: string) => text({ interval: 'PT1M', value: [{ name: { value: 'Requests' }, unit, timeseries: [{ metadatavalues: [], data: RPS.map((r, i) => ({ timeStamp: t(i), [key]: r })) }] }] });
    const rate = parse(azure('CountPerSecond', 'average'));
    if (!rate.ok) throw new Error(rate.error.message);
    expectRps(rate);
    const refused = parse(azure('Count', 'average'));
    expect(!refused.ok && refused.error.message).toMatch(/expected the Total aggregation of the count metric "Requests" \(az monitor metrics list --aggregation Total\)/);
  });

  it('Datadog v2 without a unit asks whether values are counts; --count divides by the step', () => {
    const body = text({ data: { type: 'timeseries_response', attributes: { series: [{ group_tags: [], query_index: 0, unit: null }], times: RPS.map((_, i) => T0 + i * 60_000), values: [RPS.map((r) => r * 60)] } } });
    const asked = parse(body);
    expect(!asked.ok && asked.error.needs).toBe('valueKind');
    const counted = parse(body, { valueKind: 'count' });
    if (!counted.ok) throw new Error(counted.error.message);
    expectRps(counted);
  });

  it('a Datadog widget CSV of .as_count() columns is counts per step', () => {
    const csv = `timestamp,"sum:trace.http.request.hits{env:prod}.as_count()"\n${RPS.map((r, i) => `${t(i)},${r * 60}`).join('\n')}\n`;
    const r = parseTrafficText(csv, { fileName: 'dd.csv' });
    if (!r.ok) throw new Error(r.error.message);
    expectRps(r);
    expect(r.summary.valueNote).toMatch(/^counts per 60 s/);
  });
});
