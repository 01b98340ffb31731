import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../model/plan';
import { addNode, addNodeBeside, connectNodes, moveNodes, removeElements, renameNode } from './plan-edits';

function emptyPlan(): Plan {
  return PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });
}

function twoNodes(): Plan {
  return addNode(addNode(emptyPlan(), 'loadBalancer', 'lb', { x: 0, y: 0 }), 'service', 'svc', { x: 200, y: 0 });
}

describe('plan edits', () => {
  it('gives a new node a name no other node has', () => {
    let plan = emptyPlan();
    plan = addNode(plan, 'service', 'a', { x: 0, y: 0 });
    plan = addNode(plan, 'service', 'b', { x: 0, y: 0 });
    expect(plan.nodes.map((n) => n.name)).toEqual(['service', 'service-2']);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('numbers a copy of a numbered name after its base, not after the number', () => {
    let plan = emptyPlan();
    plan = addNode(plan, 'service', 'a', { x: 0, y: 0 }, 'checkout-svc');
    plan = addNode(plan, 'service', 'b', { x: 0, y: 0 }, 'checkout-svc');
    plan = addNode(plan, 'service', 'c', { x: 0, y: 0 }, 'checkout-svc-2');
    expect(plan.nodes.map((n) => n.name)).toEqual(['checkout-svc', 'checkout-svc-2', 'checkout-svc-3']);
  });

  it('refuses an empty name or one another node has, and keeps the old name', () => {
    const plan = twoNodes();
    expect(renameNode(plan, 'svc', '   ')).toEqual({ ok: false, message: 'A node needs a name.' });
    expect(renameNode(plan, 'svc', 'lb').ok).toBe(false);
    const renamed = renameNode(plan, 'svc', '  checkout-svc ');
    expect(renamed.ok && renamed.plan.nodes[1]!.name).toBe('checkout-svc');
  });

  it('keeps a name with quotes and template syntax exactly as typed', () => {
    const renamed = renameNode(twoNodes(), 'svc', '${x}"');
    expect(renamed.ok && renamed.plan.nodes[1]!.name).toBe('${x}"');
  });

  it('removes the edges of a removed node so no edge dangles', () => {
    const connected = connectNodes(twoNodes(), 'lb', 'svc', 'e1');
    expect(connected.ok).toBe(true);
    if (!connected.ok) return;
    const plan = removeElements(connected.plan, ['svc']);
    expect(plan.nodes.map((n) => n.id)).toEqual(['lb']);
    expect(plan.edges).toEqual([]);
  });

  it('refuses a self-call, a duplicate connection and a call into a traffic source', () => {
    let plan = addNode(twoNodes(), 'trafficSource', 'users', { x: -200, y: 0 });
    expect(connectNodes(plan, 'svc', 'svc', 'x').ok).toBe(false);
    expect(connectNodes(plan, 'svc', 'users', 'x')).toEqual({ ok: false, message: 'users is a traffic source: traffic enters there, nothing calls it.' });
    const first = connectNodes(plan, 'lb', 'svc', 'e1');
    if (!first.ok) throw new Error(first.message);
    plan = first.plan;
    const second = connectNodes(plan, 'lb', 'svc', 'e2');
    expect(second.ok).toBe(false);
    expect(!second.ok && second.message).toMatch(/already calls/);
  });

  it('moves only the nodes named', () => {
    const plan = moveNodes(twoNodes(), new Map([['svc', { x: 400, y: 80 }]]));
    expect(plan.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 400, y: 80 },
    ]);
  });

  it('wires a node added beside another to it: one call per request, from the node beside to the new one', () => {
    const result = addNodeBeside(twoNodes(), 'cache', 'c1', { x: 400, y: 0 }, 'svc', 'e1');
    expect(result.plan.nodes.map((n) => n.id)).toEqual(['lb', 'svc', 'c1']);
    expect(result.plan.edges).toEqual([{ id: 'e1', source: 'svc', target: 'c1', callsPerRequest: 1, access: 'mixed' }]);
    expect(result.edgeId).toBe('e1');
  });

  it('adds a traffic source beside a node unwired (nothing calls a traffic source), and a node beside a missing one unwired', () => {
    const source = addNodeBeside(twoNodes(), 'trafficSource', 'u1', { x: 400, y: 0 }, 'svc', 'e1');
    expect(source.plan.nodes).toHaveLength(3);
    expect(source.plan.edges).toEqual([]);
    expect(source.edgeId).toBeNull();
    const orphan = addNodeBeside(twoNodes(), 'cache', 'c1', { x: 400, y: 0 }, 'gone', 'e1');
    expect(orphan.plan.nodes).toHaveLength(3);
    expect(orphan.edgeId).toBeNull();
  });
});
