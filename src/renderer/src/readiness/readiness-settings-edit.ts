import { problemsFromZod } from '../../../shared/model/parse-plan';
import { PlanSchema, type LatencyObjective, type Plan } from '../../../shared/model/plan';
import { isEntryNode } from '../kinds/entry-nodes';

export type PlanEdit = { ok: true; plan: Plan } | { ok: false; message: string };

function check(candidate: unknown, path: string): PlanEdit {
  const parsed = PlanSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const problems = problemsFromZod(parsed.error);
  const problem = problems.find((p) => p.path === path || p.path.startsWith(`${path}.`)) ?? problems[0];
  return { ok: false, message: problem?.message ?? 'not a valid value' };
}

/** A traffic source's typed average load: a number of requests/s, or '' for "not known". */
export function setSourceAverage(plan: Plan, nodeId: string, text: string): PlanEdit {
  const trimmed = text.trim();
  const value = trimmed === '' ? undefined : Number(trimmed.replace(/,/g, ''));
  if (value !== undefined && !Number.isFinite(value)) return { ok: false, message: 'a number of requests/s, or empty when not known' };
  const index = plan.nodes.findIndex((n) => n.id === nodeId);
  const nodes = plan.nodes.map((n) => {
    if (n.id !== nodeId || !isEntryNode(n)) return n;
    const { averageRps: _old, ...params } = n.params;
    return { ...n, params: value === undefined ? params : { ...params, averageRps: value } };
  });
  return check({ ...plan, nodes }, `nodes[${index}].params.averageRps`);
}

/** The SLO's first latency objective at `percentile`, in ms; '' removes it. */
export function setLatencyObjective(plan: Plan, percentile: number, text: string): PlanEdit {
  const trimmed = text.trim();
  const rest = plan.slo.latency.filter((l) => l.percentile !== percentile);
  let latency: LatencyObjective[] = rest;
  if (trimmed !== '') {
    const ms = Number(trimmed);
    if (!Number.isFinite(ms) || ms <= 0) return { ok: false, message: 'a latency in milliseconds above 0, or empty for no objective' };
    latency = [{ percentile, thresholdMs: ms }, ...rest];
  }
  return check({ ...plan, slo: { ...plan.slo, latency } }, 'slo.latency');
}

export function latencyText(plan: Plan, percentile: number): string {
  const objective = plan.slo.latency.find((l) => l.percentile === percentile);
  return objective === undefined ? '' : String(objective.thresholdMs);
}
