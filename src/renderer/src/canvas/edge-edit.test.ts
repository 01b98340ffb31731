import { describe, expect, it } from 'vitest';
import { addNode, connectNodes } from '../../../shared/editing/plan-edits';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../../shared/model/plan';
import { setEdgeCalls } from './edge-edit';

function twoNodes(): Plan {
  let plan = PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });
  plan = addNode(plan, 'service', 'a', { x: 0, y: 0 });
  plan = addNode(plan, 'database', 'b', { x: 200, y: 0 });
  const connected = connectNodes(plan, 'a', 'b', 'e1');
  if (!connected.ok) throw new Error(connected.message);
  return connected.plan;
}

describe('setting a connection’s calls per request', () => {
  it('accepts a value in range', () => {
    const result = setEdgeCalls(twoNodes(), 'e1', 2.5);
    expect(result.ok && result.plan.edges[0]!.callsPerRequest).toBe(2.5);
  });

  it('refuses a value above the schema’s bound with its message, instead of keeping the old value silently', () => {
    const plan = twoNodes();
    const result = setEdgeCalls(plan, 'e1', 20_000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/10000|10,000/);
    expect(setEdgeCalls(plan, 'e1', -1).ok).toBe(false);
  });
});
