import { projectPlan } from '../engine/project';
import type { Finding, Projection } from '../engine/types';
import type { Plan } from '../model';
import { applyScenario, effectivePlan, type AppliedScenario, type StaleOverride } from './apply';

export type ScenarioProjection = { applied: AppliedScenario; projection: Projection };

/**
 * One scenario's projection: the engine run on the plan the scenario describes, with a
 * warning for each of its overrides that no longer applies. The app, the CLI, the exports
 * and the comparison all project a scenario through here, so they cannot disagree.
 */
export function projectScenario(plan: Plan, name: string): { ok: true; result: ScenarioProjection } | { ok: false; message: string } {
  const applied = applyScenario(plan, name);
  if (!applied.ok) return applied;
  return { ok: true, result: withStale(applied.applied) };
}

/** The active scenario's projection: what the canvas, Capacity, Readiness and Export show. */
export function projectActive(plan: Plan): ScenarioProjection {
  return withStale(effectivePlan(plan));
}

function withStale(applied: AppliedScenario): ScenarioProjection {
  const projection = projectPlan(applied.plan);
  if (applied.stale.length === 0) return { applied, projection };
  const ids = new Set(applied.plan.nodes.map((n) => n.id));
  const extra = applied.stale.map((s) => staleFinding(s, ids.has(s.nodeId)));
  const counts = { ...projection.totals.counts, warning: projection.totals.counts.warning + extra.length };
  return { applied, projection: { ...projection, findings: [...projection.findings, ...extra], totals: { ...projection.totals, counts } } };
}

export function staleFinding(s: StaleOverride, nodeExists: boolean): Finding {
  const what = s.key ? `${s.nodeId}.${s.key}` : `node "${s.nodeId}"`;
  return {
    id: `scenario-override-stale:${s.scenario}:${s.nodeId}${s.key ? `:${s.key}` : ''}`,
    severity: 'warning',
    nodeId: nodeExists ? s.nodeId : null,
    rule: 'scenario-override-stale',
    message: `Scenario "${s.scenario}": its override of ${what} no longer applies: ${s.reason}`,
    suggestion: 'The scenario uses the base value instead. Remove the override in the Compare view, or set it again on a node that exists.',
  };
}
