import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeKinds, PlanSchema } from '../model';
import { planArb, planInputArb } from './random-plan';

describe('random valid plans', () => {
  it('are all accepted by the plan schema', () => {
    fc.assert(fc.property(planInputArb(), (input) => PlanSchema.safeParse(input).success), { numRuns: 300 });
  });

  it('reach every node kind, cycles, parallel edges and left-out defaults', () => {
    const plans = fc.sample(planArb(), { numRuns: 300, seed: 1 });
    const kinds = new Set(plans.flatMap((p) => p.nodes.map((n) => n.kind)));
    expect([...kinds].sort()).toEqual([...nodeKinds].sort());
    expect(plans.some((p) => p.edges.some((e) => e.source === e.target))).toBe(true);
    expect(plans.some((p) => new Set(p.edges.map((e) => `${e.source}>${e.target}`)).size < p.edges.length)).toBe(true);
    const inputs = fc.sample(planInputArb(), { numRuns: 100, seed: 2 });
    expect(inputs.some((p) => p.headroom === undefined)).toBe(true);
    expect(inputs.some((p) => p.horizonMonths === undefined)).toBe(true);
  });
});
