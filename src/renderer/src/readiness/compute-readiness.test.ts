import { describe, expect, it } from 'vitest';
import { createNode, PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../../shared/model';
import { emptyChecklistState } from '../../../shared/readiness';
import { computeReadiness } from './compute-readiness';

function defaultPlan(startDate: string): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'new plan',
    startMonth: '2026-12',
    event: { startDate, surge: { mode: 'multiplier', value: 3 } },
    nodes: [createNode('trafficSource', 'users', 'users'), createNode('service', 'api', 'api')],
    edges: [{ id: 'e1', source: 'users', target: 'api' }],
  });
}

describe('computeReadiness', () => {
  const now = new Date('2026-12-15T00:00:00Z');

  it('builds the countdown for a plan of default nodes (a service with 2 instances)', () => {
    const result = computeReadiness(defaultPlan('2027-03-10'), emptyChecklistState(), now);
    expect(result.ok).toBe(true);
  });

  it('blames the event date only when the event date is the problem', () => {
    const result = computeReadiness(defaultPlan('2027-02-30'), emptyChecklistState(), now);
    expect(result).toMatchObject({ ok: false, cause: 'input' });
  });

  it('calls any other failure a bug, not a date problem', () => {
    const broken = defaultPlan('2027-03-10');
    // A plan the schema would refuse: the engine throws, and the cause is not the date.
    broken.nodes = null as unknown as Plan['nodes'];
    const result = computeReadiness(broken, emptyChecklistState(), now);
    expect(result).toMatchObject({ ok: false, cause: 'internal' });
  });
});
