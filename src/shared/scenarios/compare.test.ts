import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { projectPlan } from '../engine/project';
import { parsePlanDocument, type Plan } from '../model';
import { planArb } from '../testing/random-plan';
import { applyScenario, scenarioNames } from './apply';
import { compareScenarios, type ScenarioComparison } from './compare';

const samples: Record<string, unknown> = { 'flash-sale': flashSale, 'global-conference': globalConference, 'event-platform': eventPlatform };

function parse(doc: unknown): Plan {
  const parsed = parsePlanDocument(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

function compared(plan: Plan, horizons?: number[]): ScenarioComparison {
  const result = compareScenarios(plan, horizons ? { horizons } : {});
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

/** Each column of the comparison against the engine run on that scenario's plan on its own. */
function expectEqualsOwnProjections(plan: Plan, comparison: ScenarioComparison): void {
  expect(comparison.scenarios.map((s) => s.name)).toEqual(scenarioNames(plan));
  for (const column of comparison.scenarios) {
    const applied = applyScenario(plan, column.name);
    if (!applied.ok) throw new Error(applied.message);
    const own = projectPlan(applied.applied.plan);
    const sized = own.nodes.filter((n) => n.unit !== null);
    expect(column.nodes.map((n) => n.nodeId)).toEqual(sized.map((n) => n.nodeId));
    expect(column.eventMonthIndex).toBe(own.eventMonthIndex);
    for (const tier of column.nodes) {
      const p = own.byId[tier.nodeId]!;
      expect(tier.atEvent).toEqual({ required: p.atEvent.required, loadRps: p.atEvent.loadRps, monthlyCost: p.atEvent.monthlyCost, status: p.atEvent.status });
      expect(tier.firstShortMonth).toBe(p.firstShortMonth);
      for (const h of tier.horizons) {
        if (h.month > plan.horizonMonths) expect(h.required).toBeNull();
        else expect([h.required, h.monthlyCost, h.status]).toEqual([p.monthly[h.month]!.required, p.monthly[h.month]!.monthlyCost, p.monthly[h.month]!.status]);
      }
    }
  }
  for (const [i, row] of comparison.leastRegret.entries()) {
    const needs = comparison.scenarios.map((s) => s.nodes[i]!.atEvent.required);
    expect(row.required).toBe(Math.max(...needs));
    const driver = comparison.scenarios.find((s) => s.name === row.drivenBy)!;
    expect(driver.nodes[i]!.atEvent.required).toBe(row.required);
    expect(row.extraMonthlyCost).toBe(row.monthlyCost - row.baseMonthlyCost);
    expect(row.differs).toBe(new Set(needs).size > 1);
  }
}

describe('compareScenarios equals each scenario\'s own projection', () => {
  for (const [name, doc] of Object.entries(samples)) {
    it(`on every scenario of the ${name} sample`, () => {
      const plan = parse(doc);
      expectEqualsOwnProjections(plan, compared(plan));
    });
  }

  it('on random plans with random scenarios and horizons', () => {
    fc.assert(
      fc.property(planArb({ maxNodes: 6 }), fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }), (plan, horizons) => {
        expectEqualsOwnProjections(plan, compared(plan, horizons));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the flash sale\'s comparison', () => {
  const c = compared(parse(flashSale));

  it('compares the base and its three scenarios at the event and at 6, 12 and 24 months', () => {
    expect(c.scenarios.map((s) => s.name)).toEqual(['Base', 'Last year (+250%)', 'Growth stalls', 'Stress (+400%, lose a zone)']);
    expect(c.horizons).toEqual([6, 12, 24]);
    expect(c.scenarios[0]!.nodes.find((n) => n.nodeId === 'checkout-svc')!.horizons.map((h) => h.label)).toEqual(['2027-06', '2027-12', '2028-12']);
  });

  it('has the stress case drive checkout\'s least-regret need, with its extra cost over the base', () => {
    const checkout = c.leastRegret.find((r) => r.nodeId === 'checkout-svc')!;
    expect(checkout.drivenBy).toBe('Stress (+400%, lose a zone)');
    expect(checkout.baseRequired).toBe(126);
    expect(checkout.required).toBeGreaterThan(126);
    expect(checkout.extraMonthlyCost).toBeGreaterThan(0);
    expect(c.totals.extraMonthlyCost).toBeCloseTo(c.leastRegret.reduce((s, r) => s + r.extraMonthlyCost, 0), 6);
  });

  it('names the overrides each number used', () => {
    const stress = c.scenarios[3]!;
    const checkout = stress.nodes.find((n) => n.nodeId === 'checkout-svc')!;
    expect(checkout.why).toEqual(['surge: a 400% increase (5× normal) (base: a 300% increase (4× normal))', 'headroom surviveZoneLoss: true (base: false)', 'checkout-svc measuredRps: 180 (base: 200)']);
    expect(stress.nodes.find((n) => n.nodeId === 'storefront-svc')!.why).toHaveLength(2);
    // orders-db is behind checkout: checkout's slower instances reach it too (their connections).
    expect(stress.nodes.find((n) => n.nodeId === 'orders-db')!.why).toContain('checkout-svc measuredRps: 180 (base: 200)');
    expect(c.scenarios[0]!.nodes.every((n) => n.why.length === 0)).toBe(true);
  });

  it('compares only the scenarios asked for, and says which exist when one is unknown', () => {
    const plan = parse(flashSale);
    const two = compareScenarios(plan, { scenarios: ['Growth stalls', 'Base'] });
    expect(two.ok && two.comparison.scenarios.map((s) => s.name)).toEqual(['Growth stalls', 'Base']);
    const bad = compareScenarios(plan, { scenarios: ['Worst'] });
    expect(bad.ok ? '' : bad.message).toContain('its scenarios are: "Base", "Last year (+250%)"');
  });

  it('marks a tier where the scenarios disagree about the event need', () => {
    expect(c.leastRegret.find((r) => r.nodeId === 'checkout-svc')!.differs).toBe(true);
  });
});
