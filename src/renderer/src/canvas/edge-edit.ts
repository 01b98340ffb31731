import { updateEdge } from '../../../shared/editing/plan-edits';
import { problemsFromZod } from '../../../shared/model/parse-plan';
import { EdgeSchema, type Plan } from '../../../shared/model/plan';

/**
 * Sets a connection's calls per request when the edge still passes its schema; otherwise
 * returns the schema's message and leaves the plan as it was (never a silent clamp).
 */
export function setEdgeCalls(plan: Plan, edgeId: string, callsPerRequest: number): { ok: true; plan: Plan } | { ok: false; message: string } {
  const edge = plan.edges.find((e) => e.id === edgeId);
  if (!edge) return { ok: false, message: 'That connection is no longer in the plan.' };
  const parsed = EdgeSchema.safeParse({ ...edge, callsPerRequest });
  if (!parsed.success) return { ok: false, message: problemsFromZod(parsed.error)[0]?.message ?? 'not a valid value' };
  return { ok: true, plan: updateEdge(plan, edgeId, { callsPerRequest: parsed.data.callsPerRequest }) };
}
