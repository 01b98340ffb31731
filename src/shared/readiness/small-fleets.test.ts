import { describe, expect, it } from 'vitest';
import { createNode, PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanNode } from '../model';
import { projectPlan } from '../engine';
import { buildTfvarsModel } from '../export/tfvars-model';
import { generateItems } from './build-checklist';
import { scaleDownSteps } from '../engine/stages';

/**
 * Issue 11, blocker 2: a fleet of 2 or fewer (a new Service node's default is 2) made the
 * scale-down ladder loop forever (ceil(n × 0.7) = n), so Readiness failed with "Invalid
 * array length" and the export ran out of memory.
 */

function planWith(nodes: PlanNode[], surge = 3): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'small fleet',
    startMonth: '2026-12',
    horizonMonths: 3,
    event: { startDate: '2027-02-10', surge: { mode: 'multiplier', value: surge } },
    nodes: [createNode('trafficSource', 'users', 'users'), ...nodes],
    edges: nodes.map((n, k) => ({ id: `e${k}`, source: 'users', target: n.id })),
  });
}

function withCount(kind: 'service' | 'workerPool', current: number): PlanNode {
  const node = createNode(kind, `${kind}-${current}`, `${kind} ${current}`);
  if (node.kind === 'service') node.params.currentInstances = current;
  if (node.kind === 'workerPool') node.params.currentWorkers = current;
  return node;
}

describe('small fleets (issue 11, blocker 2)', () => {
  it.each([
    [3, 2],
    [2, 1],
    [1, 0],
    [2, 0],
    [3, 3],
  ])('the scale-down ladder from %i to %i ends there, one step down at least each hour', (peak, floor) => {
    const steps = scaleDownSteps(peak, floor);
    expect(steps[0]).toBe(peak);
    expect(steps.at(-1)).toBe(floor);
    for (let k = 1; k < steps.length; k++) expect(steps[k]!).toBeLessThan(steps[k - 1]!);
  });

  it('the ladder stays short for any size, even absurd ones', () => {
    expect(scaleDownSteps(1_000_000, 0).length).toBeLessThan(50);
    expect(scaleDownSteps(Number.MAX_SAFE_INTEGER, 0).length).toBeLessThan(200);
    expect(scaleDownSteps(Infinity, 0)).toEqual([Infinity, 0]);
  });

  it.each([0, 1, 2])('a default service with %i instances today gets a checklist and tfvars', (current) => {
    const plan = planWith([withCount('service', current), withCount('workerPool', current)]);
    const projection = projectPlan(plan);
    const items = generateItems(plan, projection);
    const down = items.find((i) => i.id === 'std:after:scale-down');
    expect(down).toBeDefined();
    const model = buildTfvarsModel(plan, projection);
    expect(model.nodes).toHaveLength(2);
  });

  it('a new plan with default nodes only gets a checklist', () => {
    const kinds = ['loadBalancer', 'service', 'database', 'cache', 'queue', 'workerPool', 'external', 'cdn'] as const;
    const plan = planWith(kinds.map((k) => createNode(k, k, k)), 10);
    const projection = projectPlan(plan);
    expect(generateItems(plan, projection).length).toBeGreaterThan(10);
  });
});
