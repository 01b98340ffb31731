import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarios, nodeKinds, PlanSchema } from '../model';
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

describe('random valid plans with scenarios', () => {
  it('pass the scenario checks of a parse (names unique, the active one known, node overrides valid)', () => {
    fc.assert(
      fc.property(planInputArb(), (input) => {
        expect(checkScenarios(PlanSchema.parse(input))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reach scenarios, an active non-base one, surge, headroom and node overrides, and an override of a deleted node', () => {
    const plans = fc.sample(planArb(), { numRuns: 300, seed: 3 });
    const all = plans.flatMap((p) => p.scenarios);
    expect(plans.some((p) => p.scenarios.length === 0)).toBe(true);
    expect(plans.some((p) => p.activeScenario !== 'Base')).toBe(true);
    expect(all.some((s) => s.overrides.surge?.mode === 'percentIncrease')).toBe(true);
    expect(all.some((s) => s.overrides.headroom?.surviveZoneLoss !== undefined)).toBe(true);
    expect(all.some((s) => s.overrides.growth?.monthlyRate !== undefined)).toBe(true);
    expect(all.some((s) => Object.keys(s.overrides.nodes).some((id) => id !== 'deleted-node'))).toBe(true);
    expect(all.some((s) => 'deleted-node' in s.overrides.nodes)).toBe(true);
  });
});
