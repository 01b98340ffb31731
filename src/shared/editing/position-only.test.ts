import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema } from '../model/plan';
import { addNode, moveNodes, renameNode } from './plan-edits';
import { onlyPositionsChanged } from './position-only';

const base = addNode(
  addNode(PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] }), 'trafficSource', 'u', { x: 0, y: 0 }),
  'service',
  's',
  { x: 200, y: 0 },
);

describe('reusing the projection', () => {
  it('is allowed when a drag moved nodes and nothing else changed', () => {
    expect(onlyPositionsChanged(base, moveNodes(base, new Map([['s', { x: 400, y: 50 }]])))).toBe(true);
  });

  it('is refused when a name, a parameter or a plan setting changed', () => {
    const renamed = renameNode(base, 's', 'checkout');
    expect(renamed.ok && onlyPositionsChanged(base, renamed.plan)).toBe(false);
    const param = { ...base, nodes: base.nodes.map((n) => (n.id === 'u' ? { ...n, params: { ...n.params, baselineRps: 5 } } : n)) };
    expect(onlyPositionsChanged(base, param as typeof base)).toBe(false);
    expect(onlyPositionsChanged(base, { ...base, headroom: { ...base.headroom, buffer: 0.5 } })).toBe(false);
  });
});
