import { describe, expect, it } from 'vitest';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import { parsePlanDocument, PlanSchema, type Plan } from '../model';
import { applyScenario, effectivePlan, scenarioNames } from './apply';
import { projectActive, projectScenario } from './project-scenario';

function sample(): Plan {
  const parsed = parsePlanDocument(flashSale);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

function withScenario(plan: Plan, overrides: Record<string, unknown>, name = 'What if'): Plan {
  return PlanSchema.parse({ ...plan, scenarios: [{ name, overrides }] });
}

describe('applyScenario', () => {
  it('is the plan itself, without its scenarios, for the base scenario', () => {
    const plan = { ...sample(), activeScenario: 'Growth stalls' };
    const result = applyScenario(plan, 'Base');
    expect(result.ok && result.applied.plan).toEqual({ ...plan, scenarios: [], activeScenario: 'Base' });
    expect(result.ok && result.applied.stale).toEqual([]);
  });

  it('returns an effective plan as it is (applying twice does not stack a scenario on another)', () => {
    const applied = applyScenario(sample(), 'Stress (+400%, lose a zone)');
    if (!applied.ok) throw new Error(applied.message);
    expect(effectivePlan(applied.applied.plan).plan).toBe(applied.applied.plan);
    const again = applyScenario(applied.applied.plan, 'Growth stalls');
    expect(again.ok).toBe(false);
  });

  it('lays the surge, growth and headroom overrides over the base and leaves the rest as it is', () => {
    const plan = withScenario(sample(), { surge: { mode: 'multiplier', value: 5 }, growth: { monthlyRate: 0 }, headroom: { surviveZoneLoss: true } });
    const result = applyScenario(plan, 'What if');
    if (!result.ok) throw new Error(result.message);
    const p = result.applied.plan;
    expect(p.event.surge).toEqual({ mode: 'multiplier', value: 5 });
    expect(p.event.startDate).toBe(plan.event.startDate);
    expect(p.growth).toEqual({ ...plan.growth, monthlyRate: 0 });
    expect(p.headroom).toEqual({ ...plan.headroom, surviveZoneLoss: true });
    expect(p.activeScenario).toBe('What if');
    expect(p.nodes).toBe(plan.nodes);
  });

  it('merges a node override into that node only and keeps the base untouched', () => {
    const base = sample();
    const plan = withScenario(base, { nodes: { 'checkout-svc': { maxInstances: 150 } } });
    const result = applyScenario(plan, 'What if');
    if (!result.ok) throw new Error(result.message);
    const checkout = result.applied.plan.nodes.find((n) => n.id === 'checkout-svc');
    expect(checkout?.kind === 'service' && checkout.params.maxInstances).toBe(150);
    expect(checkout?.kind === 'service' && checkout.params.measuredRps).toBe(200);
    const before = plan.nodes.find((n) => n.id === 'checkout-svc');
    expect(before?.kind === 'service' && before.params.maxInstances).toBe(100);
    expect(result.applied.plan.nodes.filter((n) => n.id !== 'checkout-svc')).toEqual(plan.nodes.filter((n) => n.id !== 'checkout-svc'));
  });

  it('reports an override of a deleted node instead of dropping it, and the projection carries it as a warning', () => {
    const plan = withScenario(sample(), { nodes: { 'legacy-svc': { maxInstances: 9 } } });
    const result = applyScenario(plan, 'What if');
    if (!result.ok) throw new Error(result.message);
    expect(result.applied.stale).toEqual([{ scenario: 'What if', nodeId: 'legacy-svc', reason: 'the plan has no node "legacy-svc" any more (deleted?)' }]);
    expect(plan.scenarios[0]!.overrides.nodes['legacy-svc']).toEqual({ maxInstances: 9 });
    const projected = projectActive({ ...plan, activeScenario: 'What if' });
    const finding = projected.projection.findings.find((f) => f.rule === 'scenario-override-stale');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe('Scenario "What if": its override of node "legacy-svc" no longer applies: the plan has no node "legacy-svc" any more (deleted?)');
    expect(projected.projection.totals.counts.warning).toBe(projected.projection.findings.filter((f) => f.severity === 'warning').length);
  });

  it('reports an override its node kind refuses (unparsed input) and keeps the node\'s other overrides', () => {
    const plan = withScenario(sample(), { nodes: { 'checkout-svc': { maxInstances: -3, minInstances: 8, hitRatio: 0.5 } } });
    const result = applyScenario(plan, 'What if');
    if (!result.ok) throw new Error(result.message);
    expect(result.applied.stale.map((s) => s.key).sort()).toEqual(['hitRatio', 'maxInstances']);
    const checkout = result.applied.plan.nodes.find((n) => n.id === 'checkout-svc');
    expect(checkout?.kind === 'service' && [checkout.params.minInstances, checkout.params.maxInstances]).toEqual([8, 100]);
  });

  it('names the known scenarios when asked for an unknown one', () => {
    const result = applyScenario(sample(), 'Nope');
    expect(result).toEqual({
      ok: false,
      message: 'no scenario named "Nope" in plan "Flash sale (+300%)"; its scenarios are: "Base", "Last year (+250%)", "Growth stalls", "Stress (+400%, lose a zone)"',
    });
  });

  it('effectivePlan follows the active scenario', () => {
    const plan = { ...sample(), activeScenario: 'Last year (+250%)' };
    expect(effectivePlan(plan).plan.event.surge).toEqual({ mode: 'percentIncrease', value: 250 });
    expect(scenarioNames(plan)).toHaveLength(4);
  });

  it('projects the flash sale\'s stress case above the base at checkout', () => {
    const plan = sample();
    const base = projectScenario(plan, 'Base');
    const stress = projectScenario(plan, 'Stress (+400%, lose a zone)');
    if (!base.ok || !stress.ok) throw new Error('scenario missing');
    expect(base.result.projection.byId['checkout-svc']!.atEvent.required).toBe(126);
    expect(stress.result.projection.surgeMultiplier).toBe(5);
    expect(stress.result.projection.byId['checkout-svc']!.atEvent.required).toBeGreaterThan(126 * 2);
  });
});

describe('parsing scenarios', () => {
  const base = () => JSON.parse(JSON.stringify(flashSale)) as Record<string, unknown> & { scenarios: { name: string; overrides: Record<string, unknown> }[] };

  it('refuses two scenarios of one name, saying where', () => {
    const doc = base();
    doc.scenarios.push({ name: 'growth stalls', overrides: {} });
    const parsed = parsePlanDocument(doc);
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ path: 'scenarios[3].name', message: 'duplicate scenario name "growth stalls"' }]);
  });

  it('refuses an active scenario the plan does not have, listing the ones it has', () => {
    const parsed = parsePlanDocument({ ...base(), activeScenario: 'Gone' });
    expect(parsed.ok ? '' : parsed.problems[0]!.message).toBe('no scenario named "Gone"; the plan\'s scenarios are "Base", "Last year (+250%)", "Growth stalls", "Stress (+400%, lose a zone)"');
  });

  it('refuses a scenario named like the base', () => {
    const doc = base();
    doc.scenarios.push({ name: 'base', overrides: {} });
    const parsed = parsePlanDocument(doc);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['scenarios[3].name']);
  });

  it('refuses a node override its kind does not have or whose value is out of range, naming the override', () => {
    const doc = base();
    doc.scenarios.push({ name: 'Bad', overrides: { nodes: { 'checkout-svc': { hitRatio: 0.5, measuredUtilization: 2 } } } });
    const parsed = parsePlanDocument(doc);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['scenarios[3].overrides.nodes.checkout-svc.hitRatio', 'scenarios[3].overrides.nodes.checkout-svc.measuredUtilization']);
  });

  it('keeps an override of a node the plan no longer has (reported as a finding, not a parse error)', () => {
    const doc = base();
    doc.scenarios.push({ name: 'Old', overrides: { nodes: { 'legacy-svc': { maxInstances: 9 } } } });
    const parsed = parsePlanDocument(doc);
    expect(parsed.ok && parsed.plan.scenarios[3]!.overrides.nodes).toEqual({ 'legacy-svc': { maxInstances: 9 } });
  });
});
