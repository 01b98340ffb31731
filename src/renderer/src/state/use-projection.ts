import type { Projection } from '../../../shared/engine/types';
import { onlyPositionsChanged } from '../../../shared/editing/position-only';
import type { Plan } from '../../../shared/model/plan';
import { effectivePlan } from '../../../shared/scenarios/apply';
import { projectActive, type ScenarioProjection } from '../../../shared/scenarios/project-scenario';
import { useEditor } from './editor-store';

// Plans are immutable values: one projection per plan object, shared by every view. It is
// the active scenario's (projectActive), so every view follows the scenario switcher.
const cache = new WeakMap<Plan, ScenarioProjection>();
let last: { plan: Plan; result: ScenarioProjection } | null = null;

export function activeProjectionOf(plan: Plan): ScenarioProjection {
  let result = cache.get(plan);
  if (!result) {
    // Scenarios hold no positions: a moved card changes no scenario's numbers either.
    // Applying a scenario is cheap next to projecting: redo it for the new positions.
    result = last && onlyPositionsChanged(last.plan, plan) ? { applied: effectivePlan(plan), projection: last.result.projection } : projectActive(plan);
    cache.set(plan, result);
  }
  last = { plan, result };
  return result;
}

export function projectionOf(plan: Plan): Projection {
  return activeProjectionOf(plan).projection;
}

/** The engine's numbers for the open plan's active scenario, recomputed on every edit that can change them. */
export function useProjection(): Projection | null {
  const plan = useEditor((s) => s.plan);
  return plan ? projectionOf(plan) : null;
}

/** The open plan as its active scenario sees it (the stored plan for the base), with the scenario's stale overrides. */
export function useActiveScenario(): ScenarioProjection | null {
  const plan = useEditor((s) => s.plan);
  return plan ? activeProjectionOf(plan) : null;
}
