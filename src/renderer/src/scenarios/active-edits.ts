import { setOverride, type OverrideTarget } from '../../../shared/editing/scenario-edits';
import { BASE_SCENARIO, type Plan } from '../../../shared/model';
import { effectivePlan } from '../../../shared/scenarios/apply';
import { setNodeParam } from '../canvas/node-param-edit';
import { setPlanField } from '../canvas/plan-field-edit';

type Edit = { ok: true; plan: Plan } | { ok: false; message: string };
type Section = Parameters<typeof setPlanField>[1];

/**
 * The inspector's and plan settings' edits, routed by the active scenario: with the base
 * active they edit the plan; with another active, a value a scenario can override becomes
 * that scenario's override (checked against the scenario's own plan, so the field's message
 * is the one the base edit would give), and anything else (names, dates, the topology)
 * edits the plan every scenario shares.
 */
export function setNodeParamInActive(plan: Plan, nodeId: string, key: string, value: unknown): Edit {
  if (plan.activeScenario === BASE_SCENARIO) return setNodeParam(plan, nodeId, key, value);
  const checked = setNodeParam(effectivePlan(plan).plan, nodeId, key, value);
  if (!checked.ok) return checked;
  const node = checked.plan.nodes.find((n) => n.id === nodeId);
  const parsed = node ? (node.params as Record<string, unknown>)[key] : value;
  return setOverride(plan, plan.activeScenario, { kind: 'node', nodeId, key }, parsed);
}

/** Which override a plan field is, or null for a field every scenario shares. */
export function overrideTargetOf(section: Section, key: string): OverrideTarget | null {
  if (section === 'growth' && (key === 'method' || key === 'monthlyRate')) return { kind: 'growth', key };
  if (section === 'event' && key === 'surge') return { kind: 'surge' };
  if (section === 'headroom' && (key === 'targetUtilization' || key === 'buffer' || key === 'nPlusK' || key === 'zones' || key === 'surviveZoneLoss')) return { kind: 'headroom', key };
  return null;
}

export function setPlanFieldInActive(plan: Plan, section: Section, key: string, value: unknown): Edit {
  const target = overrideTargetOf(section, key);
  if (plan.activeScenario === BASE_SCENARIO || !target) return setPlanField(plan, section, key, value);
  const checked = setPlanField(effectivePlan(plan).plan, section, key, value);
  if (!checked.ok) return checked;
  const p = checked.plan;
  const parsed = target.kind === 'surge' ? p.event.surge : target.kind === 'growth' ? p.growth[target.key] : target.kind === 'headroom' ? p.headroom[target.key] : value;
  return setOverride(plan, plan.activeScenario, target, parsed);
}

/** Back to the base value: the active scenario's override of `target` removed. */
export function resetOverride(plan: Plan, target: OverrideTarget): Edit {
  return setOverride(plan, plan.activeScenario, target, undefined);
}
