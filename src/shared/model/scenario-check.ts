import type { z } from 'zod';
import { NodeSchema, type NodeKind, type Plan } from './plan';
import { BASE_SCENARIO } from './scenario';

type Problem = { path: string; message: string };

const paramKeys: Record<NodeKind, ReadonlySet<string>> = (() => {
  const out = {} as Record<NodeKind, ReadonlySet<string>>;
  for (const option of NodeSchema.options) {
    // params is `prefault({})` over the kind's params object.
    const params = option.shape.params.unwrap() as z.ZodObject;
    out[option.shape.kind.value] = new Set(Object.keys(params.shape));
  }
  return out;
})();

/** The parameter names a node kind has (what a scenario's node override may set). */
export function paramKeysOf(kind: NodeKind): ReadonlySet<string> {
  return paramKeys[kind];
}

/**
 * What the schema alone cannot say about a plan's scenarios: names are unique, the active
 * one exists, and each override of a node the plan has names one of its parameters with a
 * value its kind accepts. An override of a node the plan no longer has is *not* a problem:
 * the file keeps it and the app reports it as a finding (scenarios/project-scenario.ts).
 */
export function checkScenarios(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  plan.scenarios.forEach((scenario, i) => {
    const key = scenario.name.toLowerCase();
    if (seen.has(key)) problems.push({ path: `scenarios[${i}].name`, message: `duplicate scenario name "${scenario.name}"` });
    seen.add(key);
  });
  if (plan.activeScenario !== BASE_SCENARIO && !plan.scenarios.some((s) => s.name === plan.activeScenario)) {
    const known = [BASE_SCENARIO, ...plan.scenarios.map((s) => s.name)].map((n) => `"${n}"`).join(', ');
    problems.push({ path: 'activeScenario', message: `no scenario named "${plan.activeScenario}"; the plan's scenarios are ${known}` });
  }
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  plan.scenarios.forEach((scenario, i) => {
    for (const [nodeId, params] of Object.entries(scenario.overrides.nodes)) {
      const node = byId.get(nodeId);
      if (!node) continue;
      for (const [param, value] of Object.entries(params)) {
        const path = `scenarios[${i}].overrides.nodes.${nodeId}.${param}`;
        if (!paramKeys[node.kind].has(param)) {
          problems.push({ path, message: `${node.name} is a ${node.kind}, which has no parameter "${param}"` });
          continue;
        }
        const parsed = NodeSchema.safeParse({ ...node, params: { ...node.params, [param]: value } });
        if (!parsed.success) problems.push({ path, message: parsed.error.issues[0]?.message ?? 'not a valid value' });
      }
    }
  });
  return problems;
}
