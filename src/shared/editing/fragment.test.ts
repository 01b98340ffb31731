import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema } from '../model/plan';
import { copyFragment, nudgeNodes, pasteFragment } from './fragment';
import { addNode, connectNodes } from './plan-edits';

function threeNodes() {
  let plan = PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });
  plan = addNode(plan, 'loadBalancer', 'lb', { x: 0, y: 0 });
  plan = addNode(plan, 'service', 'svc', { x: 200, y: 0 }, 'checkout-svc');
  plan = addNode(plan, 'database', 'db', { x: 400, y: 0 }, 'orders-db');
  for (const [s, t, id] of [['lb', 'svc', 'e1'], ['svc', 'db', 'e2']] as const) {
    const r = connectNodes(plan, s, t, id);
    if (!r.ok) throw new Error(r.message);
    plan = r.plan;
  }
  return plan;
}

describe('copy, paste, duplicate', () => {
  it('copies only the connections inside the selection', () => {
    const fragment = copyFragment(threeNodes(), ['svc', 'db']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['svc', 'db']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('pastes with new ids, unique names, offset positions and rewired connections', () => {
    const plan = threeNodes();
    let n = 0;
    const pasted = pasteFragment(plan, copyFragment(plan, ['svc', 'db']), () => `new-${++n}`);
    expect(pasted.nodeIds).toEqual(['new-1', 'new-2']);
    const copies = pasted.plan.nodes.slice(3);
    expect(copies.map((c) => [c.name, c.position])).toEqual([
      ['checkout-svc-2', { x: 240, y: 40 }],
      ['orders-db-2', { x: 440, y: 40 }],
    ]);
    expect(pasted.plan.edges.at(-1)).toMatchObject({ id: 'new-3', source: 'new-1', target: 'new-2' });
    expect(PlanSchema.safeParse(pasted.plan).success).toBe(true);
  });

  it('nudges only the selected nodes', () => {
    const plan = nudgeNodes(threeNodes(), ['svc'], 10, -10);
    expect(plan.nodes.map((x) => x.position)).toEqual([{ x: 0, y: 0 }, { x: 210, y: -10 }, { x: 400, y: 0 }]);
  });
});
