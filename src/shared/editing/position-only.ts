import type { Plan } from '../model/plan';

/**
 * True when `next` differs from `prev` only in node positions, which the engine ignores:
 * a drag or a nudge then reuses the projection instead of recomputing it.
 */
export function onlyPositionsChanged(prev: Plan, next: Plan): boolean {
  if (prev.edges !== next.edges || prev.nodes.length !== next.nodes.length) return false;
  for (const key of Object.keys(next) as (keyof Plan)[]) {
    if (key !== 'nodes' && prev[key] !== next[key]) return false;
  }
  for (let i = 0; i < next.nodes.length; i++) {
    const a = prev.nodes[i]!;
    const b = next.nodes[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.name !== b.name || a.kind !== b.kind || a.params !== b.params || a.headroom !== b.headroom || a.notes !== b.notes || a.tfvars !== b.tfvars) return false;
  }
  return true;
}
