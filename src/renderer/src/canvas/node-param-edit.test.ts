import { describe, expect, it } from 'vitest';
import { addNode } from '../../../shared/editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema } from '../../../shared/model/plan';
import { setNodeParam } from './node-param-edit';

const plan = addNode(
  PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] }),
  'service',
  'svc',
  { x: 0, y: 0 },
);

describe('setting a node parameter from the inspector', () => {
  it('accepts a valid value', () => {
    const result = setNodeParam(plan, 'svc', 'maxInstances', 140);
    expect(result.ok && result.plan.nodes[0]!.params).toMatchObject({ maxInstances: 140 });
  });

  it('refuses a negative rate and a utilization over 100 %, keeping the last valid value', () => {
    const negative = setNodeParam(plan, 'svc', 'measuredRps', -5);
    expect(negative).toEqual({ ok: false, message: expect.stringMatching(/above 0/) });
    const over = setNodeParam(plan, 'svc', 'measuredUtilization', 1.2);
    expect(over.ok).toBe(false);
    expect(plan.nodes[0]!.params).toMatchObject({ measuredRps: 500, measuredUtilization: 0.4 });
  });
});
