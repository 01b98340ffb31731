import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../model';
import { describePolicy } from './policy-note';
import { projectPlan } from './project';
import { plan } from './test-support';
import type { DatabaseDetail } from '../kinds/database/types';

/** Issue 11's "outputs that disagree", each pinned on the smallest plan that showed it. */

function sample(name: string) {
  const parsed = parsePlanText(readFileSync(`resources/samples/${name}.headroom.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.plan;
}

const policy = { targetUtilization: 0.6, buffer: 0, nPlusK: 0, zones: 1, surviveZoneLoss: false };

describe('one number per figure', () => {
  it('counts a client once however many edges it has: 10 instances × 100 with a read and a write edge is 1,000 connections', () => {
    const p = projectPlan(plan({
      name: 'two edges', startMonth: '2026-12', horizonMonths: 1, event: { startDate: '2027-01-10' }, headroom: policy,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 4_500 } },
        { id: 'api', kind: 'service', name: 'api', params: { measuredRps: 500, measuredUtilization: 0.6, currentInstances: 10, minInstances: 10, maxInstances: 10, dbPoolSize: 100 } },
        { id: 'db', kind: 'database', name: 'db', params: { maxConnections: 1_500 } },
      ],
      edges: [
        { id: 'e1', source: 'u', target: 'api' },
        { id: 'r', source: 'api', target: 'db', access: 'read' },
        { id: 'w', source: 'api', target: 'db', access: 'write' },
      ],
    }));
    expect((p.byId.db!.atEvent.detail as DatabaseDetail).clientConnections).toBe(1_000);
    expect(p.findings.some((f) => f.rule === 'db-connections')).toBe(false);
  });

  it('sizes a database on a cycle after its clients: its monthly, series and event figures agree (a ⇄ b, a → db)', () => {
    const p = projectPlan(plan({
      name: 'cycle', startMonth: '2026-12', horizonMonths: 2, event: { startDate: '2027-01-10' }, headroom: policy,
      nodes: [
        // The database first in plan order: before the fix it was sized before a.
        { id: 'db', kind: 'database', name: 'db', params: { maxConnections: 100 } },
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 5_000 } },
        { id: 'a', kind: 'service', name: 'a', params: { measuredRps: 500, measuredUtilization: 0.6, currentInstances: 10, minInstances: 0, dbPoolSize: 10 } },
        { id: 'b', kind: 'service', name: 'b', params: { currentInstances: 1, minInstances: 0 } },
      ],
      edges: [
        { id: 'e0', source: 'u', target: 'a' },
        { id: 'e1', source: 'a', target: 'b' },
        { id: 'e2', source: 'b', target: 'a' },
        { id: 'e3', source: 'a', target: 'db' },
      ],
    }));
    expect(p.cycle).not.toBeNull();
    const db = p.byId.db!;
    const a = p.byId.a!;
    db.monthly.forEach((m, k) => {
      expect((m.detail as DatabaseDetail).clientConnections).toBe(a.series.required[k]! * 10);
      expect(db.series.status[k]).toBe(m.status);
    });
    expect((db.atEvent.detail as DatabaseDetail).clientConnections).toBe(a.atEvent.required * 10);
    expect(db.series.status[0]).toBe('short');
  });

  it('applies the target utilization to services and workers only: databases, caches and load balancers neither resize nor change utilization', () => {
    const at = (target: number) => projectPlan(plan({
      name: 'target', startMonth: '2026-12', horizonMonths: 1, event: { startDate: '2027-01-10' }, headroom: { ...policy, targetUtilization: target },
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 20_000 } },
        { id: 'lb', kind: 'loadBalancer', name: 'lb', params: { rpsPerUnit: 10_000, currentUnits: 2 } },
        { id: 'c', kind: 'cache', name: 'c', params: { opsPerNode: 10_000, currentNodes: 2 } },
        { id: 'db', kind: 'database', name: 'db', params: { readCapacityPerReplica: 5_000, currentReplicas: 2 } },
        { id: 'api', kind: 'service', name: 'api', params: { currentInstances: 40 } },
      ],
      edges: [{ id: 'e1', source: 'u', target: 'lb' }, { id: 'e2', source: 'lb', target: 'c' }, { id: 'e3', source: 'c', target: 'db' }, { id: 'e4', source: 'lb', target: 'api' }],
    }));
    const low = at(0.4);
    const high = at(0.8);
    for (const id of ['lb', 'c', 'db']) {
      expect(high.byId[id]!.atEvent.utilization, id).toBe(low.byId[id]!.atEvent.utilization);
      expect(high.byId[id]!.atEvent.required, id).toBe(low.byId[id]!.atEvent.required);
    }
    expect(low.byId.lb!.atEvent.utilization).toBe(1);
    expect(high.byId.api!.atEvent.required).toBeLessThan(low.byId.api!.atEvent.required);
  });

  it('global conference: today costs 74.7975 an hour × 730 (about 54,600), the db pre-scale starts from the 31 that run, units are listed per unit', () => {
    const p = projectPlan(sample('global-conference'));
    expect(p.totals.todayMonthlyCost).toBeCloseTo(54_602.175, 6);
    const db = p.byId['platform-db']!;
    expect(db.eventStep).toMatchObject({ from: 31, to: 33, add: 2 });
    expect(db.atEvent.required - db.current).toBe(2);
    const units = p.totals.toAddAtEvent.map((u) => u.unit);
    expect(new Set(units).size).toBe(units.length);
    expect(p.totals.eventCost).toBeGreaterThan(0);
  });
});

describe('describePolicy', () => {
  it('marks the figures nobody chose as defaults', () => {
    const p = plan({ name: 'x', startMonth: '2026-12', event: { startDate: '2027-01-10' }, nodes: [], edges: [] });
    expect(describePolicy(p)).toBe('Headroom policy: target 60% (services, workers) (default), buffer 20% (default), N+1 (default), 1 zone (default)');
    const q = plan({ name: 'x', startMonth: '2026-12', event: { startDate: '2027-01-10' }, headroom: { buffer: 0.5, zones: 3, surviveZoneLoss: true }, nodes: [], edges: [] });
    expect(describePolicy(q)).toBe('Headroom policy: target 60% (services, workers) (default), buffer 50%, N+1 (default), 3 zones, survives a zone loss');
  });
});
