import { describe, expect, it } from 'vitest';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { parsePlanDocument, type Plan, type Pricing } from '../model';
import { costSummary, describeCostRange, describePricing } from './cost-range';
import { projectPlan } from './project';

function conference(pricing?: Record<string, Pricing>): Plan {
  const parsed = parsePlanDocument(globalConference);
  if (!parsed.ok) throw new Error('sample');
  for (const node of parsed.plan.nodes) if (pricing?.[node.id] && 'hourlyCost' in node.params) Object.assign(node.params, { pricing: pricing[node.id] });
  return parsed.plan;
}

const HOURS = 730;

describe('cost as a range, as bought', () => {
  it('prices the app tier at its baseline min / desired / max (20 / 30 / 200 × 0.34 × 730) and at T-1 day (183 / 183 / 200)', () => {
    const plan = conference();
    const app = costSummary(plan, projectPlan(plan)).tiers.find((t) => t.nodeId === 'platform-app')!;
    expect(app.baseline.counts).toEqual({ min: 20, desired: 30, max: 200 });
    expect(app.baseline.monthly.desired).toBeCloseTo(30 * 0.34 * HOURS, 6);
    expect(app.baseline.monthly.max).toBeCloseTo(200 * 0.34 * HOURS, 6);
    expect(app.event.counts).toEqual({ min: 183, desired: 183, max: 200 });
    expect(app.pricingLabel).toBe('on demand');
  });
  it('on demand, the baseline desired total is the cost of today\'s fleet and the event extra is the engine\'s', () => {
    const plan = conference();
    const p = projectPlan(plan);
    const s = costSummary(plan, p);
    expect(s.baseline.desired).toBeCloseTo(p.totals.todayMonthlyCost, 6);
    expect(s.eventExtraOnDemand).toBeCloseTo(p.totals.eventCost, 6);
    expect(s.eventExtra).toBeCloseTo(p.totals.eventCost, 6);
    expect(s.discounted).toBe(false);
  });
  it('pays a commitment on its share of today\'s fleet and prices units above it at the spot blend', () => {
    const plan = conference({ 'platform-app': { commitment: { kind: 'reserved', share: 0.5, discount: 0.4 }, spot: { share: 0.5, discount: 0.7 } } });
    const p = projectPlan(plan);
    const app = costSummary(plan, p).tiers.find((t) => t.nodeId === 'platform-app')!;
    expect(app.committedUnits).toBe(15);
    expect(app.marginalHourly).toBeCloseTo(0.34 * (1 - 0.35), 12);
    expect(app.baseline.monthly.desired).toBeCloseTo((15 * 0.34 * 0.6 + 15 * 0.34 * 0.65) * HOURS, 6);
    // Below the commitment the reserved units are paid all the same.
    expect(app.baseline.monthly.min).toBeCloseTo((15 * 0.34 * 0.6 + 5 * 0.34 * 0.65) * HOURS, 6);
    expect(app.eventExtra).toBeCloseTo(p.byId['platform-app']!.eventExtraCost * 0.65, 6);
    expect(app.pricingLabel).toBe('50% reserved at −40%, 50% of the rest spot at −70%');
  });
  it('counts a database\'s primary in its cost and its commitment, not in its counts', () => {
    const plan = conference({ 'platform-db': { commitment: { kind: 'savingsPlan', share: 1, discount: 0.3 } } });
    const db = costSummary(plan, projectPlan(plan)).tiers.find((t) => t.nodeId === 'platform-db')!;
    expect(db.baseline.counts.desired).toBe(31);
    expect(db.committedUnits).toBe(32);
    expect(db.baseline.monthly.desired).toBeCloseTo(32 * 1.92 * 0.7 * HOURS, 6);
    expect(describePricing(plan.nodes.find((n) => n.id === 'platform-db')!)).toBe('100% savings plan at −30%');
  });
});

describe('the cost range in words', () => {
  it('says the normal and the event band, and the extra as bought only when some tier is discounted', () => {
    const fmt = (n: number) => String(Math.round(n));
    const on = conference();
    const lines = describeCostRange(costSummary(on, projectPlan(on)), fmt);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Monthly at min \/ desired \/ max: normal \d+ \/ \d+ \/ \d+ USD · at the event \(T-1 day\) \d+ \/ \d+ \/ \d+ USD$/);
    const off = conference({ 'platform-app': { spot: { share: 1, discount: 0.5 } } });
    const s = costSummary(off, projectPlan(off));
    expect(describeCostRange(s, fmt)[1]).toBe(`The event's extra cost as bought (reserved, savings plan, spot): ${fmt(s.eventExtra)} USD (${fmt(s.eventExtraOnDemand)} on demand)`);
    expect(s.eventExtra).toBeLessThan(s.eventExtraOnDemand);
  });
});
