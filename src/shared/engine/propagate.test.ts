import { describe, expect, it } from 'vitest';
import { projectPlan } from './project';
import { plan } from './test-support';
import type { DatabaseDetail } from '../kinds/database/types';

const base = { name: 't', startMonth: '2026-12', horizonMonths: 3, event: { startDate: '2027-02-01' } } as const;

describe('load through the topology', () => {
  it('passes only misses out of a CDN and a cache, and multiplies by calls per request', () => {
    const p = projectPlan(plan({
      ...base,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 10_000 } },
        { id: 'cdn', kind: 'cdn', name: 'cdn', params: { hitRatio: 0.9 } },
        { id: 'app', kind: 'service', name: 'app' },
        { id: 'cache', kind: 'cache', name: 'cache', params: { hitRatio: 0.8 } },
        { id: 'db', kind: 'database', name: 'db', params: { readRatio: 1 } },
      ],
      edges: [
        { id: 'a', source: 'u', target: 'cdn' },
        { id: 'b', source: 'cdn', target: 'app' },
        { id: 'c', source: 'app', target: 'cache', callsPerRequest: 3 },
        { id: 'd', source: 'cache', target: 'db' },
      ],
    }));
    expect(p.byId.app!.monthly[0]!.loadRps).toBeCloseTo(1_000, 9);
    expect(p.byId.cache!.monthly[0]!.loadRps).toBeCloseTo(3_000, 9);
    expect(p.byId.db!.monthly[0]!.loadRps).toBeCloseTo(600, 9);
  });

  it('splits a database load into reads and writes by readRatio; read/write edges are taken as marked', () => {
    const p = projectPlan(plan({
      ...base,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 1_000 } },
        { id: 'db', kind: 'database', name: 'orders-db', params: { readRatio: 0.75 } },
      ],
      edges: [
        { id: 'm', source: 'u', target: 'db', callsPerRequest: 4 },
        { id: 'w', source: 'u', target: 'db', callsPerRequest: 1, access: 'write' },
      ],
    }));
    const d = p.byId.db!.monthly[0]!.detail as DatabaseDetail;
    expect(d.readRps).toBeCloseTo(3_000, 9);
    expect(d.writeRps).toBeCloseTo(2_000, 9);
  });

  it('grows each source on its own curve: a linear override beside the plan\'s compound growth', () => {
    const p = projectPlan(plan({
      ...base,
      growth: { method: 'compound', monthlyRate: 0.1 },
      nodes: [
        { id: 'a', kind: 'trafficSource', name: 'a', params: { baselineRps: 1_000 } },
        { id: 'b', kind: 'trafficSource', name: 'b', params: { baselineRps: 1_000, growth: { method: 'linear', monthlyRate: 0.5 } } },
        { id: 'app', kind: 'service', name: 'app' },
      ],
      edges: [{ id: 'x', source: 'a', target: 'app' }, { id: 'y', source: 'b', target: 'app' }],
    }));
    // month 2: 1,000 × 1.1² + 1,000 × (1 + 0.5 × 2)
    expect(p.byId.app!.monthly[2]!.loadRps).toBeCloseTo(1_210 + 2_000, 9);
  });

  it('applies a "300% increase" as a multiplier of 4 and "3× normal" as 3', () => {
    const make = (mode: 'multiplier' | 'percentIncrease', value: number) => projectPlan(plan({
      ...base,
      event: { startDate: '2026-12-20', surge: { mode, value } },
      nodes: [{ id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 1_000 } }],
      edges: [],
    }));
    expect(make('percentIncrease', 300).byId.u!.atEvent.loadRps).toBe(4_000);
    expect(make('multiplier', 3).byId.u!.atEvent.loadRps).toBe(3_000);
    expect(make('percentIncrease', 300).surgeLabel).toBe('a 300% increase (4× normal)');
  });

  it('names the nodes on a cycle and still returns a projection', () => {
    const p = projectPlan(plan({
      ...base,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'users' },
        { id: 'a', kind: 'service', name: 'orders-svc' },
        { id: 'b', kind: 'service', name: 'billing-svc' },
        { id: 'c', kind: 'service', name: 'ledger-svc' },
      ],
      edges: [
        { id: '1', source: 'u', target: 'a' },
        { id: '2', source: 'a', target: 'b' },
        { id: '3', source: 'b', target: 'c' },
        { id: '4', source: 'c', target: 'a' },
      ],
    }));
    expect(p.cycle).toEqual(['orders-svc', 'billing-svc', 'ledger-svc']);
    expect(p.findings[0]?.rule).toBe('cycle');
    expect(p.findings[0]?.message).toContain('orders-svc → billing-svc → ledger-svc → orders-svc');
    expect(p.nodes).toHaveLength(4);
    expect(p.byId.a!.onCycle).toBe(true);
  });

  it('labels months from the start month across a year boundary', () => {
    const p = projectPlan(plan({ ...base, nodes: [], edges: [] }));
    expect(p.months).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
    expect(p.eventMonthIndex).toBe(2);
  });
});
