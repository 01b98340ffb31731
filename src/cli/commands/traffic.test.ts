import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { capturedIo } from '../captured-io.test-helper';

function io() {
  return capturedIo();
}

const FIX = 'src/shared/traffic/fixtures';

describe('headroom traffic', () => {
  it('summarizes a file: rows, range, interval, daily peaks', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/plain-header.csv`, '--unit', 'perSecond'], t.cliIo)).toBe(0);
    expect(t.out()).toContain('rows         4');
    expect(t.out()).toContain('values       requests per second (as asked)');
    expect(t.out()).toContain('range        2026-11-22T14:00:00.000Z → 2026-11-22T14:03:00.000Z');
    expect(t.out()).toContain('interval     60 s (median step)');
    expect(t.out()).toMatch(/daily peaks {2}1 day \(UTC\): max 140/);
    expect(t.out()).toMatch(/growth {7}not fitted: .*at least 2 different days/);
  });

  it('prints JSON with the fitted growth and honours --count and --format', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/cloudwatch-console.csv`, '--json', '--count', '--format', 'cloudwatch'], t.cliIo)).toBe(0);
    const out = JSON.parse(t.out()) as { ok: boolean; summary: { rows: number; peak: number; format: string }; growth: { error?: string } };
    expect(out.ok).toBe(true);
    expect(out.summary).toMatchObject({ rows: 4, peak: 140, format: 'cloudwatch' });
    expect(out.growth.error).toMatch(/2 different days/);
  });

  it('exits 2 with the precise message on bad input', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/bad-negative.csv`], t.cliIo)).toBe(2);
    expect(t.err()).toBe('headroom traffic: bad-negative.csv line 3, column 2: expected a number ≥ 0 (requests cannot be negative), found "-3"\n');
  });

  it('refuses values that do not say rate or count, naming --count and --unit', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/plain-header.csv`], t.cliIo)).toBe(2);
    expect(t.err()).toMatch(/give --unit perSecond .* or --count if they are requests counted per interval/);
  });

  it.each([
    ['real-cloudwatch-get-metric-statistics.json', 'counts per 60 s (CloudWatch Sum, unit Count), divided by 60'],
    ['real-cloudwatch-get-metric-data.json', 'counts per 60 s (the CloudWatch result "RequestCount"), divided by 60'],
    ['real-datadog-v1-query.json', 'counts per 60 s (Datadog .as_count(), interval 60 s), divided by 60'],
    ['real-datadog-v2-timeseries.json', 'requests per second (Datadog, unit per second)'],
    ['real-prometheus-nan-warnings.json', 'requests per second (a Prometheus query result, per second as rate() gives)'],
    ['real-prometheus-raw-counter.json', 'requests per second (per-second increases of the counter http_requests_total)'],
    ['real-victoriametrics-export.jsonl', 'requests per second (per-second increases of the counter http_requests_total)'],
    ['real-grafana-excel.csv', 'requests per second (values written with the unit "req/s")'],
    ['real-grafana-formatted-k.csv', 'requests per minute (a column named "Requests per minute"), divided by 60'],
    ['real-azure-metrics-list.json', 'counts per 60 s (Azure total, unit Count, interval PT1M), divided by 60'],
    ['real-gcp-timeseries-list.json', 'counts per 60 s (Google Cloud DELTA metric), divided by 60'],
    ['real-newrelic-nrql-timeseries.json', 'counts per 60 s (New Relic count per TIMESERIES bucket), divided by 60'],
    ['real-kibana-lens.csv', 'counts per 60 s (a column named "Count of records", buckets "@timestamp per minute"), divided by 60'],
    ['real-athena-alb.csv', 'counts per 60 s (a column named "requests"), divided by 60'],
    ['joined-exports.csv', 'requests per second (a column named "rps")'],
  ])('imports %s with no flags to a 140 req/s peak', async (name, note) => {
    const t = io();
    expect(await main(['traffic', `${FIX}/${name}`, '--json'], t.cliIo)).toBe(0);
    const out = JSON.parse(t.out()) as { summary: { peak: number; valueNote: string; lastTimestamp: string } };
    expect(out.summary.peak).toBeCloseTo(140, 9);
    expect(out.summary.valueNote).toBe(note);
    expect(out.summary.lastTimestamp).toBe('2026-11-22T14:03:00.000Z');
  });

  it.each([
    ['real-cloudwatch-average-of-count.json', /--statistics Sum/],
    ['real-kibana-no-date.csv', /there is no date/],
    ['real-victoriametrics-export.csv', /raw counter .*sum\(rate\(http_requests_total\[5m\]\)\)/],
    ['real-datadog-v2-no-unit.json', /give --unit perSecond .*or --count .*found a Datadog v2 timeseries answer \(it does not repeat the query/],
  ])('refuses %s saying what to do instead', async (name, why) => {
    const t = io();
    expect(await main(['traffic', `${FIX}/${name}`], t.cliIo)).toBe(2);
    expect(t.err()).toMatch(why);
  });

  it('the Datadog v2 answer without a unit imports with --count (counts per the 60 s step)', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/real-datadog-v2-no-unit.json`, '--count', '--json'], t.cliIo)).toBe(0);
    const out = JSON.parse(t.out()) as { summary: { peak: number; valueNote: string } };
    expect(out.summary.peak).toBeCloseTo(140, 9);
    expect(out.summary.valueNote).toBe('counts per 60 s (as asked), divided by 60');
  });

  it('--strict refuses two exports joined end to end; without it they are sorted and merged', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/joined-exports.csv`, '--strict'], t.cliIo)).toBe(2);
    expect(t.err()).toMatch(/out of order/);
    const u = io();
    expect(await main(['traffic', `${FIX}/joined-exports.csv`], u.cliIo)).toBe(0);
    expect(u.out()).toMatch(/warning: 1 row was out of time order .* 2 repeated timestamps were merged/);
  });

  it('exits 1 when the file cannot be read or an option is wrong', async () => {
    const t = io();
    expect(await main(['traffic', `${FIX}/no-such-file.csv`], t.cliIo)).toBe(1);
    expect(t.err()).toMatch(/cannot read .*no-such-file.csv/);
    expect(await main(['traffic', `${FIX}/plain-header.csv`, '--unit', 'perDay'], io().cliIo)).toBe(1);
  });
});
