import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.test-helper';
import { parseTrafficText } from './parser';
import type { TrafficImportOptions, TrafficParseResult } from './types';

const T0 = Date.UTC(2026, 10, 22, 14, 0);
const MINUTES = [0, 1, 2, 3].map((m) => T0 + m * 60_000);
const VALUES = [120.5, 130, 125.25, 140];

function parse(name: string, options: Partial<TrafficImportOptions> = {}): Extract<TrafficParseResult, { ok: true }> {
  const result = parseTrafficText(fixture(name), { fileName: name, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function expectStandardSeries(r: Extract<TrafficParseResult, { ok: true }>): void {
  expect(Array.from(r.points.t)).toEqual(MINUTES);
  expect(Array.from(r.points.v)).toEqual(VALUES);
  expect(r.summary.rows).toBe(4);
  expect(r.summary.intervalSeconds).toBe(60);
  expect(r.summary.firstTimestamp).toBe('2026-11-22T14:00:00.000Z');
  expect(r.summary.lastTimestamp).toBe('2026-11-22T14:03:00.000Z');
  expect(r.summary.dailyPeaks).toEqual([{ date: '2026-11-22', peakRps: 140 }]);
}

describe('every accepted CSV spelling reads to the same four points', () => {
  it.each([
    'plain-header.csv',
    'no-header.csv',
    'semicolon-decimal-comma.csv',
    'tab.tsv',
    'quoted.csv',
    'bom-crlf.csv',
    'epoch-seconds.csv',
    'epoch-millis.csv',
    'spreadsheet-us.csv',
    'spreadsheet-iso-space.csv',
  ])('%s', (name) => {
    const r = parse(name, { rateUnit: 'perSecond' });
    expectStandardSeries(r);
    expect(r.summary.format).toBe('csv');
    expect(r.warnings.filter((w) => !/carry no zone or UTC offset/.test(w))).toEqual([]);
  });
});

describe('units and value kinds', () => {
  it('divides counts per interval by the median interval in seconds', () => {
    const r = parse('counts-per-minute.csv', { valueKind: 'count' });
    expectStandardSeries(r);
    expect(r.summary).toMatchObject({ valueKind: 'count', rateUnit: 'perSecond', timeZone: 'UTC' });
  });

  it('converts per-minute and per-hour rates to per second', () => {
    expect(parse('plain-header.csv', { rateUnit: 'perMinute' }).summary.peak).toBeCloseTo(140 / 60, 12);
    expect(parse('plain-header.csv', { rateUnit: 'perHour' }).summary.peak).toBeCloseTo(140 / 3600, 12);
  });

  it('reads naive date-times in the chosen time zone', () => {
    const r = parse('spreadsheet-iso-space.csv', { timeZone: 'Europe/Paris' });
    expect(r.summary.firstTimestamp).toBe('2026-11-22T13:00:00.000Z');
  });

  it('keeps explicit offsets regardless of the time zone option', () => {
    expect(parse('cloudwatch-console.csv', { timeZone: 'America/New_York', valueKind: 'count' }).summary.firstTimestamp).toBe('2026-11-22T14:00:00.000Z');
  });
});

describe('monitoring exports', () => {
  it('reads a Datadog widget CSV, first query by default, empty cells as missing points', () => {
    const r = parse('datadog-export.csv');
    expect(r.summary.format).toBe('datadog');
    expect(r.summary.series).toBe('sum:trace.http.request.hits.as_rate() (total of 2 series)');
    expect(Array.from(r.points.v)).toEqual([208.5, 220, 91, 212.25, 232]);
    expect(r.summary.valueNote).toMatch(/^requests per second/);
    expect(r.warnings.join(' ')).toMatch(/Totalled 2 series of "sum:trace.http.request.hits.as_rate\(\)"/);
  });

  it('picks one Datadog query with the series option, empty cells as missing points', () => {
    const r = parse('datadog-export.csv', { series: 'service:search' });
    expect(Array.from(r.points.v)).toEqual([88, 90, 91, 87, 92]);
    const c = parse('datadog-export.csv', { series: 'service:checkout' });
    expect(Array.from(c.points.v)).toEqual([120.5, 130, 125.25, 140]);
    expect(c.warnings.join(' ')).toMatch(/1 row had no value \(first on line 4\) and was skipped/);
  });

  it('reads the long layout (timestamp, query, value): series of one metric totalled, or one chosen', () => {
    const r = parse('datadog-long.csv', { rateUnit: 'perSecond' });
    expect(Array.from(r.points.v)).toEqual([123.5, 134, 125.25, 140]);
    expect(r.summary.series).toBe('sum:nginx.requests (total of 2 series)');
    expect(r.seriesChoices).toEqual(['sum:nginx.requests{env:prod}', 'sum:nginx.requests{env:staging}']);
    expect(r.warnings.join(' ')).toMatch(/Totalled 2 series of "sum:nginx.requests": "sum:nginx.requests\{env:prod\}", "sum:nginx.requests\{env:staging\}"/);
    const prod = parse('datadog-long.csv', { series: 'sum:nginx.requests{env:prod}', rateUnit: 'perSecond' });
    expectStandardSeries(prod);
    expect(prod.warnings.join(' ')).toMatch(/skipped 2 rows of other series/);
    expect(Array.from(parse('datadog-long.csv', { series: 'sum:nginx.requests{env:staging}', rateUnit: 'perSecond' }).points.v)).toEqual([3, 4]);
  });

  it('strict mode accepts interleaved series of a long layout and refuses a repeat within one series', () => {
    expect(parseTrafficText(fixture('datadog-long.csv'), { fileName: 'l.csv', rateUnit: 'perSecond', allowGaps: false }).ok).toBe(true);
    const text = 'timestamp,query,value\n1795356000000,a{x:1},1\n1795356000000,a{x:2},2\n1795356000000,a{x:1},3\n1795356060000,a{x:1},4\n';
    const r = parseTrafficText(text, { fileName: 'l.csv', rateUnit: 'perSecond', allowGaps: false });
    expect(!r.ok && r.error.message).toBe("l.csv line 4, column 1: expected a timestamp different from line 2's, found a duplicate of line 2 (2026-11-22T14:00:00.000Z)");
    const merged = parseTrafficText(text, { fileName: 'l.csv', rateUnit: 'perSecond' });
    expect(merged.ok && Array.from(merged.points.v)).toEqual([5, 4]);
  });

  it('reads CloudWatch GetMetricData rows, newest first', () => {
    const r = parse('cloudwatch-rows.csv', { rateUnit: 'perSecond' });
    expectStandardSeries(r);
    expect(r.summary.format).toBe('cloudwatch');
    expect(r.summary.series).toBe('RequestCount');
    expect(r.warnings.join(' ')).toMatch(/newest point first/);
  });

  it("reads CloudWatch's console CSV of sums per minute", () => {
    const r = parse('cloudwatch-console.csv', { valueKind: 'count' });
    expectStandardSeries(r);
    expect(r.summary.format).toBe('cloudwatch');
  });

  it('reads a Prometheus range query, first series unless told', () => {
    const r = parse('prometheus-range.json', { series: 'instance="a"' });
    expectStandardSeries(r);
    expect(r.summary.format).toBe('prometheus');
    expect(r.summary.series).toBe('http_requests{job="api",instance="a"}');
    expect(Array.from(parse('prometheus-range.json', { series: 'instance="b"' }).points.v)).toEqual([1, 2, 3, 4]);
    const total = parse('prometheus-range.json');
    expect(Array.from(total.points.v)).toEqual([121.5, 132, 128.25, 144]);
    expect(total.warnings.join(' ')).toMatch(/Totalled 2 series of "http_requests"/);
    expect(total.seriesChoices).toEqual(['http_requests{job="api",instance="a"}', 'http_requests{job="api",instance="b"}']);
  });

  it('reads files listed newest first, oldest first', () => {
    expectStandardSeries(parse('newest-first.csv', { rateUnit: 'perSecond' }));
  });

  it('chooses a column by name or number in a multi-column CSV', () => {
    expectStandardSeries(parse('multi-column.csv', { series: 'api', rateUnit: 'perSecond' }));
    expectStandardSeries(parse('multi-column.csv', { series: '3', rateUnit: 'perSecond' }));
  });
});

describe('gaps', () => {
  it('warns with the count and the largest gap by default', () => {
    const r = parse('gaps.csv', { rateUnit: 'perSecond' });
    expect(r.summary.gaps).toEqual({ count: 2, largestSeconds: 7200 });
    expect(r.warnings[0]).toMatch(/2 gaps .* the largest is 2 h, from line 4 \(2026-11-22T14:02:00.000Z\) to line 5/);
  });

  it('is an error in strict mode, naming the lines', () => {
    const r = parseTrafficText(fixture('gaps.csv'), { fileName: 'gaps.csv', allowGaps: false, rateUnit: 'perSecond' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^gaps.csv line 5, column 1: expected a point every 60 s \(gaps not allowed\), found 2 gaps/);
  });
});
