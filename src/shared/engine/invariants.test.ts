import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model';
import { projectPlan } from './project';
import { plan } from './test-support';

type Knobs = {
  baseline: number;
  growth: number;
  surge: number;
  target: number;
  buffer: number;
  nPlusK: number;
  zones: number;
  surviveZoneLoss: boolean;
  measuredRps: number;
  measuredUtilization: number;
  readRatio: number;
  hitRatio: number;
  extraReads: number;
};

const knobs: fc.Arbitrary<Knobs> = fc.record({
  baseline: fc.double({ min: 0, max: 1e6, noNaN: true }),
  growth: fc.double({ min: -0.2, max: 0.5, noNaN: true }),
  surge: fc.double({ min: 0, max: 20, noNaN: true }),
  target: fc.double({ min: 0.05, max: 1, noNaN: true }),
  buffer: fc.double({ min: 0, max: 2, noNaN: true }),
  nPlusK: fc.integer({ min: 0, max: 3 }),
  zones: fc.integer({ min: 1, max: 4 }),
  surviveZoneLoss: fc.boolean(),
  measuredRps: fc.double({ min: 1, max: 5_000, noNaN: true }),
  measuredUtilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
  readRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  hitRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  extraReads: fc.double({ min: 0, max: 10, noNaN: true }),
});

/** A small topology with every sized kind: source → LB → service → cache → DB, service → queue → workers → DB. */
function build(k: Knobs): Plan {
  return plan({
    name: 'property',
    startMonth: '2026-12',
    horizonMonths: 12,
    growth: { method: 'compound', monthlyRate: k.growth },
    event: { startDate: '2027-06-01', surge: { mode: 'multiplier', value: k.surge } },
    headroom: { targetUtilization: k.target, buffer: k.buffer, nPlusK: k.nPlusK, zones: k.zones, surviveZoneLoss: k.surviveZoneLoss },
    nodes: [
      { id: 'src', kind: 'trafficSource', name: 'src', params: { baselineRps: k.baseline } },
      { id: 'lb', kind: 'loadBalancer', name: 'lb' },
      { id: 'svc', kind: 'service', name: 'svc', params: { measuredRps: k.measuredRps, measuredUtilization: k.measuredUtilization, maxInstances: 1_000_000 } },
      { id: 'cache', kind: 'cache', name: 'cache', params: { hitRatio: k.hitRatio } },
      { id: 'db', kind: 'database', name: 'db', params: { readRatio: k.readRatio } },
      { id: 'q', kind: 'queue', name: 'q' },
      { id: 'w', kind: 'workerPool', name: 'w' },
    ],
    edges: [
      { id: '1', source: 'src', target: 'lb' },
      { id: '2', source: 'lb', target: 'svc' },
      { id: '3', source: 'svc', target: 'cache', callsPerRequest: 3 },
      { id: '4', source: 'cache', target: 'db' },
      { id: '5', source: 'svc', target: 'db', callsPerRequest: 0.5 },
      { id: '6', source: 'svc', target: 'q', callsPerRequest: 0.1 },
      { id: '7', source: 'q', target: 'w' },
      { id: '8', source: 'w', target: 'db', access: 'write' },
      { id: '9', source: 'svc', target: 'db', callsPerRequest: k.extraReads, access: 'read' },
    ],
  });
}

/** Every node's required count at every month and at the event, in a fixed order. */
function needs(p: Plan): number[] {
  return projectPlan(p).nodes.flatMap((n) => [...n.monthly.map((s) => s.required), n.atEvent.required]);
}

function neverFewer(a: number[], b: number[]) {
  a.forEach((x, i) => expect(b[i]!).toBeGreaterThanOrEqual(x));
}

describe('engine invariants (fast-check)', () => {
  it('more load never means fewer instances, replicas, nodes, workers or units', () => {
    fc.assert(fc.property(knobs, fc.double({ min: 1, max: 10, noNaN: true }), (k, more) => {
      neverFewer(needs(build(k)), needs(build({ ...k, baseline: k.baseline * more })));
    }));
  });

  it('a lower target utilization never means fewer of anything', () => {
    fc.assert(fc.property(knobs, fc.double({ min: 0.05, max: 1, noNaN: true }), (k, lower) => {
      const low = Math.min(k.target, lower);
      neverFewer(needs(build(k)), needs(build({ ...k, target: low })));
    }));
  });

  it('adding reads a replica can serve never reduces the replicas', () => {
    fc.assert(fc.property(knobs, fc.double({ min: 0, max: 10, noNaN: true }), (k, added) => {
      const before = projectPlan(build(k)).byId.db!;
      const after = projectPlan(build({ ...k, extraReads: k.extraReads + added })).byId.db!;
      before.monthly.forEach((s, m) => expect(after.monthly[m]!.required).toBeGreaterThanOrEqual(s.required));
      expect(after.atEvent.required).toBeGreaterThanOrEqual(before.atEvent.required);
    }));
  });

  it('is deterministic: the same plan gives the same projection, explanations included', () => {
    fc.assert(fc.property(knobs, (k) => {
      const p = build(k);
      expect(JSON.stringify(projectPlan(p))).toBe(JSON.stringify(projectPlan(structuredClone(p))));
    }), { numRuns: 30 });
  });
});
