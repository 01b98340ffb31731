import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../model/plan';
import { addNode } from './plan-edits';
import { clearOffset, NODE_BOX, overlaps, placeNewNode } from './placement';

const empty = PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, name: 'p', startMonth: '2026-12', event: { startDate: '2027-06-08' }, nodes: [], edges: [] });

function withNodes(points: { x: number; y: number }[]): Plan {
  return points.reduce((p, pos, k) => addNode(p, 'service', `n${k}`, pos), empty);
}

const view = { x: -500, y: -300, width: 1000, height: 600 };

describe('where a new node lands', () => {
  it('on an empty canvas: centred in the view', () => {
    const at = placeNewNode(empty, { view });
    expect(at).toEqual({ x: -NODE_BOX.width / 2, y: -NODE_BOX.height / 2 });
  });

  it('never on top of a node already at the centre', () => {
    const plan = withNodes([{ x: -NODE_BOX.width / 2, y: -NODE_BOX.height / 2 }]);
    const at = placeNewNode(plan, { view });
    expect(plan.nodes.some((n) => overlaps(n.position, at))).toBe(false);
  });

  it('beside the selected node, to its right, on the same row when free', () => {
    const plan = withNodes([{ x: 0, y: 0 }]);
    const at = placeNewNode(plan, { view, besideNodeId: 'n0' });
    expect(at.y).toBe(0);
    expect(at.x).toBeGreaterThanOrEqual(NODE_BOX.width);
  });

  it('inside the view and clear of the areas to keep free (the minimap) when there is room', () => {
    const keepClear = [{ x: 0, y: 0, width: 500, height: 300 }];
    const at = placeNewNode(empty, { view, keepClear });
    expect(overlaps({ x: 0, y: 0 }, at, { width: 500, height: 300 })).toBe(false);
    expect(at.x).toBeGreaterThanOrEqual(view.x);
    expect(at.y).toBeGreaterThanOrEqual(view.y);
  });

  it('on any crowd of nodes, the spot found overlaps none of them', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: -800, max: 800 }), y: fc.integer({ min: -500, max: 500 }) }), { maxLength: 40 }), (points) => {
        const plan = withNodes(points);
        const at = placeNewNode(plan, { view });
        return plan.nodes.every((n) => !overlaps(n.position, at));
      }),
      { numRuns: 200 },
    );
  });
});

describe('where a pasted or duplicated copy lands', () => {
  it('offset down and right, clear of every card, the original included', () => {
    const plan = withNodes([{ x: 0, y: 0 }]);
    const offset = clearOffset(plan, plan.nodes);
    expect(offset.x).toBeGreaterThan(0);
    expect(offset.y).toBeGreaterThan(0);
    expect(overlaps({ x: offset.x, y: offset.y }, { x: 0, y: 0 })).toBe(false);
  });

  it('pasted again, clear of the earlier copies too', () => {
    let plan = withNodes([{ x: 0, y: 0 }]);
    for (let k = 0; k < 4; k++) {
      const offset = clearOffset(plan, [plan.nodes[0]!]);
      const at = { x: offset.x, y: offset.y };
      expect(plan.nodes.some((n) => overlaps(n.position, at)), `copy ${k} at ${JSON.stringify(at)}`).toBe(false);
      plan = addNode(plan, 'service', `copy${k}`, at);
    }
  });

  it('a group keeps its shape and clears the cards around it', () => {
    const plan = withNodes([{ x: 0, y: 0 }, { x: 300, y: 0 }, { x: 0, y: 200 }]);
    const group = plan.nodes.slice(0, 2);
    const offset = clearOffset(plan, group);
    for (const node of group) {
      const at = { x: node.position.x + offset.x, y: node.position.y + offset.y };
      expect(plan.nodes.some((n) => overlaps(n.position, at))).toBe(false);
    }
  });
});

describe('beside a node in a zoomed-in view', () => {
  it('stays on the node’s row to its right even where that is outside the view (the view widens after)', () => {
    const plan = withNodes([{ x: 0, y: 0 }]);
    const narrow = { x: -150, y: -200, width: 500, height: 500 };
    const at = placeNewNode(plan, { view: narrow, besideNodeId: 'n0' });
    expect(at.y).toBe(0);
    expect(at.x).toBeGreaterThan(NODE_BOX.width);
  });
});
