import { describe, expect, it } from 'vitest';
import { addNode } from '../../../shared/editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../../shared/model/plan';
import { growthText, planGrowthNote, sourceGrowthNote } from './growth-notes';

const base = PlanSchema.parse({
  schemaVersion: PLAN_SCHEMA_VERSION,
  name: 'p',
  startMonth: '2026-12',
  growth: { method: 'compound', monthlyRate: 0.03 },
  event: { startDate: '2027-06-08' },
  nodes: [],
  edges: [],
});
const twoSources = addNode(addNode(base, 'trafficSource', 'web', { x: 0, y: 0 }), 'trafficSource', 'app', { x: 0, y: 200 });

function withFitted(plan: Plan, id: string, rate: number): Plan {
  return {
    ...plan,
    nodes: plan.nodes.map((n) =>
      n.id === id && n.kind === 'trafficSource' ? { ...n, params: { ...n.params, growth: { method: 'compound', monthlyRate: rate, source: 'fitted' } } } : n,
    ),
  };
}

describe('where the plan’s typed growth does not apply', () => {
  it('growth reads to one decimal with its unit: 5.4 %/month, not 5 %', () => {
    expect(growthText(0.0543)).toBe('5.4 %/month');
    expect(growthText(-0.02)).toBe('−2 %/month');
  });

  it('no note while every source follows the plan’s growth', () => {
    expect(planGrowthNote(twoSources)).toBeNull();
    expect(sourceGrowthNote(twoSources, 'web')).toBeNull();
  });

  it('beside the plan’s growth: names the source with fitted growth and its rate', () => {
    const plan = withFitted(twoSources, 'web', 0.054);
    const webName = plan.nodes.find((n) => n.id === 'web')!.name;
    expect(planGrowthNote(plan)).toBe(`Does not apply to ${webName} (growth fitted from its history: 5.4 %/month).`);
  });

  it('on the source: its own fitted rate, and that the plan’s growth does not apply to it', () => {
    const plan = withFitted(twoSources, 'web', 0.054);
    expect(sourceGrowthNote(plan, 'web')).toBe('Growth 5.4 %/month compound, fitted from this source’s history; the plan’s 3 %/month does not apply to it.');
    expect(sourceGrowthNote(plan, 'app')).toBeNull();
  });
});
