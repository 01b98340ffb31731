import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb } from '../testing/random-plan';
import { projectPlan } from './project';
import { explainEventStep, explainFirstShort } from './schedule';
import { ceilSafe } from './sizing-common';
import type { Explanation } from './types';

/**
 * Every step of every explanation is computed again from its own inputs (by position, in
 * the order the step lists them) and must give the value it shows: an explanation whose
 * inputs do not add up to its number is a defect, whatever the engine computed.
 */

const RUNS = Number(process.env.EXPLAIN_RUNS ?? 500);

const v = (s: Explanation, k: number) => s.inputs[k]!.value;

function redundancy(n: number, k: number, z: number, survive: number): number {
  if (n <= 0) return 0;
  let out = survive === 1 && z > 1 ? ceilSafe((n * z) / (z - 1)) : n;
  out += k;
  return z > 1 ? Math.ceil(out / z) * z : out;
}

const evaluate: Record<string, (s: Explanation) => number> = {
  'Load entering here': (s) => v(s, 0) * v(s, 1) + s.inputs.slice(2).reduce((sum, i) => sum + i.value, 0),
  'Load arriving': (s) => s.inputs.reduce((sum, i) => sum + i.value, 0),
  'Capacity per instance at target': (s) => (v(s, 0) * v(s, 2)) / v(s, 1),
  'Instances for the load': (s) => ceilSafe((v(s, 0) * (1 + v(s, 1))) / v(s, 2)),
  'Units for the load': (s) => ceilSafe((v(s, 0) * (1 + v(s, 1))) / v(s, 2)),
  'Read replicas for the reads': (s) => ceilSafe((v(s, 0) * (1 + v(s, 1))) / v(s, 2)),
  'Shards for operations': (s) => ceilSafe((v(s, 0) * (1 + v(s, 1))) / v(s, 2)),
  'Shards for memory': (s) => ceilSafe((v(s, 0) * (1 + v(s, 1))) / v(s, 2)),
  "Workers by Little's law": (s) => ceilSafe((v(s, 0) * (1 + v(s, 1)) * v(s, 2)) / v(s, 3)),
  'With redundancy': (s) => redundancy(v(s, 0), v(s, 1), v(s, 2), v(s, 3)),
  'Within autoscaling bounds': (s) => Math.max(v(s, 0), v(s, 1)),
  'Within pool bounds': (s) => Math.max(v(s, 0), v(s, 1)),
  "Today's fleet at this load (projected CPU)": (s) => (v(s, 1) > 0 ? v(s, 0) / (v(s, 1) * v(s, 2)) : v(s, 0) > 0 ? Infinity : 0),
  'Time to drain the backlog': (s) => {
    if (v(s, 0) <= 0) return 0;
    const net = v(s, 1) / v(s, 2) - v(s, 3);
    return net > 0 ? v(s, 0) / net : Infinity;
  },
  'Reads (to replicas)': (s) => v(s, 0) + v(s, 1) * v(s, 2),
  'Primary write load': (s) => (v(s, 0) * (1 + v(s, 1))) / v(s, 2),
  'Client connections': (s) => {
    let total = 0;
    for (let k = 0; k < s.inputs.length; k += 2) total += v(s, k) * v(s, k + 1);
    return total;
  },
  'Connections at the database': (s) => (v(s, 1) > 0 ? Math.min(v(s, 0), v(s, 1)) : v(s, 0)),
  'Nodes with replicas': (s) => (v(s, 2) > 1 ? Math.ceil((v(s, 0) * (1 + v(s, 1))) / v(s, 2)) * v(s, 2) : v(s, 0) * (1 + v(s, 1))),
  'Need with the buffer': (s) => v(s, 0) * (1 + v(s, 1)),
  'Share of the limit': (s) => (v(s, 1) > 0 ? v(s, 0) / v(s, 1) : 0),
  'Pre-scale before the event': (s) => Math.max(0, v(s, 0) - v(s, 1)),
  'Capacity per pod at the HPA target': (s) => (v(s, 0) * v(s, 2)) / v(s, 1),
  'Pods for the load': (s) => ceilSafe((v(s, 0) * (1 + v(s, 1))) / v(s, 2)),
  'Within the HPA bounds': (s) => Math.max(v(s, 0), v(s, 1)),
  'Pods per node': (s) => Math.min(v(s, 0), v(s, 1), v(s, 2)),
  'Nodes in the node group': (s) => {
    const [pods, per, z, min] = [v(s, 0), v(s, 1), v(s, 2), v(s, 3)];
    if (pods <= 0) return min;
    if (per <= 0) return Infinity;
    const n = ceilSafe(pods / per);
    return Math.max(z > 1 ? Math.ceil(n / z) * z : n, min);
  },
  "Today's pods at this load (projected CPU)": (s) => (v(s, 1) > 0 ? v(s, 0) / (v(s, 1) * v(s, 2)) : v(s, 0) > 0 ? Infinity : 0),
  "Concurrency by Little's law": (s) => (v(s, 0) * v(s, 1)) / 1000,
  'Concurrency with the buffer': (s) => ceilSafe(v(s, 0) * (1 + v(s, 1))),
  'Time for concurrency to rise to the peak': (s) => Math.ceil(Math.max(0, v(s, 0) - v(s, 1)) / v(s, 2)) * 10,
  'Cost per million requests': (s) => v(s, 0) + 1e6 * (v(s, 1) / 1000) * (v(s, 2) / 1024) * v(s, 3),
  'Cost a month at this rate': (s) => v(s, 0) * 730 * 3600 * v(s, 1),
};

function check(step: Explanation, where: string): void {
  const f = evaluate[step.label];
  expect(f, `${where}: no evaluator for step "${step.label}"`).toBeDefined();
  const got = f!(step);
  if (got === step.value) return;
  const scale = Math.max(1, Math.abs(got), Math.abs(step.value));
  expect(Math.abs(got - step.value) <= 1e-9 * scale, `${where} "${step.label}": inputs give ${got}, the step shows ${step.value}`).toBe(true);
}

describe('explanations add up', () => {
  it(`every step of every node's explanation, at the event and in months 0 and last, on ${RUNS} random plans`, () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        const p = projectPlan(plan);
        for (const n of p.nodes) {
          // On a cycle an upstream load includes what came back after it passed its share
          // on: the per-edge inputs are approximate there (the cycle finding says so).
          if (n.onCycle) continue;
          const slots = [n.atEvent, n.monthly[0]!, n.monthly.at(-1)!];
          for (const [k, s] of slots.entries()) for (const step of s.explanation) check(step, `${n.nodeId} slot ${k}`);
          if (n.unit !== null) check(explainEventStep(n), `${n.nodeId} event step`);
          const short = explainFirstShort(n);
          if (short) {
            // The first short month: required above current there (or a hard limit), not before.
            expect(short.value).toBe(n.firstShortMonth);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('says where a policy number comes from: the plan default, the plan, or the node', () => {
    const plan = fc.sample(planArb(), { numRuns: 1, seed: 7 })[0]!;
    plan.headroom = { targetUtilization: 0.6, buffer: 0.2, nPlusK: 1, zones: 1, surviveZoneLoss: false };
    plan.nodes = [
      { id: 'u', kind: 'trafficSource', name: 'u', position: { x: 0, y: 0 }, notes: '', params: { baselineRps: 1000, baselineStatistic: 'p95', baselineWindowDays: 28 } },
      { id: 'a', kind: 'service', name: 'a', position: { x: 0, y: 0 }, notes: '', headroom: { buffer: 0.5 }, params: { instanceType: '', hourlyCost: 0, measuredRps: 500, measuredUtilization: 0.4, currentInstances: 2, minInstances: 2, maxInstances: 20, dbPoolSize: 10 } },
    ];
    plan.edges = [{ id: 'e', source: 'u', target: 'a', callsPerRequest: 1, access: 'mixed' }];
    const steps = projectPlan(plan).byId.a!.atEvent.explanation;
    const names = steps.flatMap((s) => s.inputs.map((i) => i.name));
    expect(names).toContain('buffer (this node)');
    expect(names).toContain('targetUtilization (plan policy, the default)');
    expect(names).toContain('k (N+k spares) (plan policy, the default)');
  });
});
