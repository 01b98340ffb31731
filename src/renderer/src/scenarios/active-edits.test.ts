import { describe, expect, it } from 'vitest';
import flashSale from '../../../../resources/samples/flash-sale.headroom.json';
import { parsePlanDocument, type Plan } from '../../../shared/model';
import { effectivePlan } from '../../../shared/scenarios/apply';
import { resetOverride, setNodeParamInActive, setPlanFieldInActive } from './active-edits';

function sample(active = 'Base'): Plan {
  const parsed = parsePlanDocument(flashSale);
  if (!parsed.ok) throw new Error('sample');
  return { ...parsed.plan, activeScenario: active };
}
const params = (plan: Plan, id: string) => plan.nodes.find((n) => n.id === id)!.params as Record<string, unknown>;

describe('edits with a scenario active', () => {
  it('write a node parameter as the active scenario\'s override, leaving the base as it was', () => {
    const plan = sample('Growth stalls');
    const r = setNodeParamInActive(plan, 'checkout-svc', 'maxInstances', 150);
    if (!r.ok) throw new Error(r.message);
    expect(params(r.plan, 'checkout-svc').maxInstances).toBe(100);
    expect(r.plan.scenarios[1]!.overrides.nodes).toEqual({ 'checkout-svc': { maxInstances: 150 } });
    expect(params(effectivePlan(r.plan).plan, 'checkout-svc').maxInstances).toBe(150);
  });

  it('edit the plan itself with the base active', () => {
    const r = setNodeParamInActive(sample(), 'checkout-svc', 'maxInstances', 150);
    expect(r.ok && params(r.plan, 'checkout-svc').maxInstances).toBe(150);
  });

  it('refuse a value the field refuses, with the field\'s message, and write nothing', () => {
    const r = setNodeParamInActive(sample('Growth stalls'), 'checkout-svc', 'measuredUtilization', 2);
    expect(r.ok).toBe(false);
  });

  it('write the surge and the headroom policy as overrides, but the event date into the shared plan', () => {
    let plan = sample('Last year (+250%)');
    let r = setPlanFieldInActive(plan, 'headroom', 'buffer', 0.7);
    if (!r.ok) throw new Error(r.message);
    plan = r.plan;
    expect(plan.headroom.buffer).toBe(0.5);
    expect(plan.scenarios[0]!.overrides.headroom).toEqual({ buffer: 0.7 });
    r = setPlanFieldInActive(plan, 'event', 'surge', { mode: 'multiplier', value: 3 });
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.scenarios[0]!.overrides.surge).toEqual({ mode: 'multiplier', value: 3 });
    expect(r.plan.event.surge).toEqual({ mode: 'percentIncrease', value: 300 });
    r = setPlanFieldInActive(r.plan, 'event', 'startDate', '2027-11-27');
    expect(r.ok && r.plan.event.startDate).toBe('2027-11-27');
  });

  it('reset an override back to the base value', () => {
    const r = resetOverride(sample('Stress (+400%, lose a zone)'), { kind: 'node', nodeId: 'checkout-svc', key: 'measuredRps' });
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.scenarios[2]!.overrides.nodes).toEqual({});
    expect(params(effectivePlan(r.plan).plan, 'checkout-svc').measuredRps).toBe(200);
  });
});
