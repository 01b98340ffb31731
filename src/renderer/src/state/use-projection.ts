import { projectPlan } from '../../../shared/engine';
import type { Projection } from '../../../shared/engine/types';
import { onlyPositionsChanged } from '../../../shared/editing/position-only';
import type { Plan } from '../../../shared/model/plan';
import { useEditor } from './editor-store';

// Plans are immutable values: one projection per plan object, shared by every view.
const cache = new WeakMap<Plan, Projection>();
let last: { plan: Plan; projection: Projection } | null = null;

export function projectionOf(plan: Plan): Projection {
  let projection = cache.get(plan);
  if (!projection) {
    projection = last && onlyPositionsChanged(last.plan, plan) ? last.projection : projectPlan(plan);
    cache.set(plan, projection);
  }
  last = { plan, projection };
  return projection;
}

/** The engine's numbers for the open plan, recomputed on every edit that can change them. */
export function useProjection(): Projection | null {
  const plan = useEditor((s) => s.plan);
  return plan ? projectionOf(plan) : null;
}
