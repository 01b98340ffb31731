import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../engine';
import { formatNumber } from '../engine/format';
import { parsePlanText, type Plan } from '../model';
import { averageLoad } from './average-load';
import { loadTestPlan, sloCriteria, stressTarget } from './load-tests';

function sample(): Plan {
  const parsed = parsePlanText(readFileSync(new URL('../../../resources/samples/global-conference.headroom.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.plan;
}

const docs = readFileSync(new URL('../../../docs/readiness.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('the load-test plan', () => {
  const plan = sample();
  const projection = projectPlan(plan);
  const tests = loadTestPlan(plan, projection);

  it('covers load, stress, spike, soak and chaos, each with per-tier targets and SLO pass criteria', () => {
    expect(tests.tests.map((t) => t.kind)).toEqual(['load', 'stress', 'spike', 'soak', 'chaos']);
    for (const t of tests.tests) {
      expect(t.tiers.length, t.kind).toBeGreaterThan(0);
      expect(t.passCriteria.join(' '), t.kind).toContain('p99 latency below 150 ms');
      expect(t.passCriteria.join(' '), t.kind).toContain('errors at most 0.1% of requests');
    }
    const chaos = tests.tests.find((t) => t.kind === 'chaos')!;
    expect(chaos.scenarios.map((s) => s.split(':')[0])).toEqual(['node loss', 'zone loss', 'database failover']);
    expect(tests.tests.find((t) => t.kind === 'soak')!.durationMinutes).toBe(480);
  });

  it('scales each tier with the entry load (propagation is linear)', () => {
    const stress = tests.tests.find((t) => t.kind === 'stress')!;
    const db = stress.tiers.find((t) => t.nodeId === 'platform-db')!;
    expect(db.loadRps).toBeCloseTo(projection.byId['platform-db']!.atEvent.loadRps * (stress.entryRps / projection.totals.entryRpsAtEvent), 6);
  });

  it('says the same stress target as docs/readiness.md for the shipped sample', () => {
    expect(tests.stress.basis).toBe('average');
    expect(docs).toContain(`the stress test is **${tests.stress.summary.replace(/ \(above/, '** (above')}`);
    expect(docs).toContain(`the average at the event is ${formatNumber(averageLoad(plan, projection).atEventRps!)} rps`);
    expect(docs).toContain(`(${formatNumber(projection.totals.entryRpsAtEvent)} rps peak, 15 % buffer`);
  });

  it('takes the average from imported history’s peak-to-average ratio before the typed one', () => {
    const withProfile: Plan = {
      ...plan,
      nodes: plan.nodes.map((n) =>
        n.kind === 'trafficSource'
          ? { ...n, params: { ...n.params, historySummary: { ...historySummary(), profile: { peakToAverage: 3, peakHour: 12, timeZone: 'UTC', daysUsed: 28, quarterHours: [] } } } }
          : n,
      ),
    };
    const average = averageLoad(withProfile, projection);
    expect(average.sources[0]).toMatchObject({ from: 'history', todayRps: 4_000 });
    expect(stressTarget(withProfile, projection).averageTarget).toBe(Math.ceil((projection.totals.entryRpsAtEvent / 3) * 4));
  });

  it('quotes the SLO, and says when the plan has no latency objective', () => {
    expect(sloCriteria({ ...plan, slo: { availability: 0.9995, windowDays: 30, latency: [] } })).toEqual([
      'errors at most 0.05% of requests (the 99.95% availability SLO)',
      'latency: the plan has no latency objective (add one to slo.latency) so none is checked',
    ]);
  });
});

function historySummary() {
  return {
    fileName: 'h.csv', format: 'csv' as const, series: null, rows: 10, firstTimestamp: '2026-11-01T00:00:00Z', lastTimestamp: '2026-11-30T00:00:00Z',
    intervalSeconds: 60, dailyPeaks: [], peak: 12_000, mean: 4_000, p95: 12_000, p99: 12_000, gaps: { count: 0, largestSeconds: 0 },
    valueKind: 'rate' as const, rateUnit: 'perSecond' as const, timeZone: 'UTC',
  };
}
