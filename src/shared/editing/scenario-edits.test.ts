import { describe, expect, it } from 'vitest';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import { parsePlanDocument, PlanSchema, type Plan } from '../model';
import { checkScenarios } from '../model/scenario-check';
import { createScenario, deleteScenario, overrideOf, removeOverridesOfMissingNodes, renameScenario, setActiveScenario, setOverride } from './scenario-edits';

function sample(): Plan {
  const parsed = parsePlanDocument(flashSale);
  if (!parsed.ok) throw new Error('sample');
  return parsed.plan;
}
function ok(r: { ok: true; plan: Plan } | { ok: false; message: string }): Plan {
  if (!r.ok) throw new Error(r.message);
  // Every edit leaves a plan the schema and the scenario checks accept.
  expect(checkScenarios(PlanSchema.parse(r.plan))).toEqual([]);
  return r.plan;
}

describe('scenario edits', () => {
  it('create clones the active scenario\'s overrides and makes the clone active, without sharing objects', () => {
    const plan = ok(setActiveScenario(sample(), 'Stress (+400%, lose a zone)'));
    const next = ok(createScenario(plan, 'Stress, slower db'));
    const clone = next.scenarios.at(-1)!;
    expect(next.activeScenario).toBe('Stress, slower db');
    expect(clone.overrides).toEqual(plan.scenarios[2]!.overrides);
    expect(clone.overrides.nodes).not.toBe(plan.scenarios[2]!.overrides.nodes);
  });

  it('create from the base starts with no overrides', () => {
    expect(ok(createScenario(sample(), 'Empty')).scenarios.at(-1)!.overrides).toEqual({ nodes: {} });
  });

  it('refuses a duplicate, empty or base name, saying why', () => {
    expect(createScenario(sample(), 'growth STALLS')).toEqual({ ok: false, message: 'the plan already has a scenario named "growth STALLS"' });
    expect(createScenario(sample(), '  ')).toEqual({ ok: false, message: 'a scenario needs a name' });
    expect(createScenario(sample(), 'Base').ok).toBe(false);
    expect(renameScenario(sample(), 'Base', 'X').ok).toBe(false);
  });

  it('rename follows the active scenario; delete of the active one falls back to the base', () => {
    let plan = ok(setActiveScenario(sample(), 'Growth stalls'));
    plan = ok(renameScenario(plan, 'Growth stalls', 'Flat traffic'));
    expect(plan.activeScenario).toBe('Flat traffic');
    plan = ok(deleteScenario(plan, 'Flat traffic'));
    expect(plan.activeScenario).toBe('Base');
    expect(plan.scenarios.map((s) => s.name)).toEqual(['Last year (+250%)', 'Stress (+400%, lose a zone)']);
    expect(deleteScenario(plan, 'Base').ok).toBe(false);
  });

  it('sets and removes overrides; a removed last override leaves no empty section', () => {
    let plan = ok(setOverride(sample(), 'Growth stalls', { kind: 'node', nodeId: 'orders-db', key: 'maxReplicas' }, 20));
    expect(overrideOf(plan.scenarios[1], { kind: 'node', nodeId: 'orders-db', key: 'maxReplicas' })).toBe(20);
    plan = ok(setOverride(plan, 'Growth stalls', { kind: 'node', nodeId: 'orders-db', key: 'maxReplicas' }, undefined));
    expect(plan.scenarios[1]!.overrides.nodes).toEqual({});
    plan = ok(setOverride(plan, 'Growth stalls', { kind: 'growth', key: 'monthlyRate' }, undefined));
    expect(plan.scenarios[1]!.overrides).toEqual({ nodes: {} });
    expect(setOverride(plan, 'Base', { kind: 'surge' }, { mode: 'multiplier', value: 2 }).ok).toBe(false);
  });

  it('removes only the overrides of nodes the plan no longer has', () => {
    let plan = ok(setOverride(sample(), 'Growth stalls', { kind: 'node', nodeId: 'gone', key: 'maxReplicas' }, 20));
    plan = ok(setOverride(plan, 'Growth stalls', { kind: 'node', nodeId: 'orders-db', key: 'maxReplicas' }, 20));
    plan = ok(removeOverridesOfMissingNodes(plan, 'Growth stalls'));
    expect(Object.keys(plan.scenarios[1]!.overrides.nodes)).toEqual(['orders-db']);
  });
});
