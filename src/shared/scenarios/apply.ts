import { BASE_SCENARIO, NodeSchema, type Plan, type PlanNode, type Scenario } from '../model';
import { paramKeysOf } from '../model/scenario-check';
import { describeProblems, problemsFromZod } from '../model/parse-plan';

/** An override the plan still holds but that no longer applies: reported, never dropped silently. */
export type StaleOverride = {
  scenario: string;
  nodeId: string;
  /** The parameter, when only one of the node's overrides is stale; absent when the node is gone. */
  key?: string;
  reason: string;
};

export type AppliedScenario = {
  /** The plan as this scenario sees it: the base with the overrides laid over it, `activeScenario` = its name, `scenarios` empty. */
  plan: Plan;
  name: string;
  /** The scenario (null for the base). */
  scenario: Scenario | null;
  stale: StaleOverride[];
};

export type ApplyResult = { ok: true; applied: AppliedScenario } | { ok: false; message: string };

/** The names a plan knows, base first: what a switcher lists and what an unknown name is told. */
export function scenarioNames(plan: Plan): string[] {
  return [BASE_SCENARIO, ...plan.scenarios.map((s) => s.name)];
}

export function findScenario(plan: Plan, name: string): Scenario | null | undefined {
  if (name === BASE_SCENARIO) return null;
  return plan.scenarios.find((s) => s.name === name);
}

export function unknownScenarioMessage(plan: Plan, name: string): string {
  return `no scenario named "${name}" in plan "${plan.name}"; its scenarios are: ${scenarioNames(plan).map((n) => `"${n}"`).join(', ')}`;
}

/**
 * The plan as scenario `name` sees it. Pure: the base plan's growth, surge and headroom
 * policy with the scenario's values laid over them, each overridden node's params merged
 * (shallowly: an override of `growth` or `autoscaling` replaces that whole object). An
 * override of a node the plan no longer has, of a parameter the node's kind does not have,
 * or one whose value the node's schema refuses, is left out of the result and listed in
 * `stale`. The result holds no scenarios and names `name` as active: apply scenarios to the
 * stored plan, never to an effective one (applying to an effective plan returns it as it is).
 */
export function applyScenario(plan: Plan, name: string): ApplyResult {
  // A plan without scenarios is its own effective plan (an effective plan is one): idempotent.
  if (plan.scenarios.length === 0 && (name === plan.activeScenario || name === BASE_SCENARIO)) {
    return { ok: true, applied: { plan: name === plan.activeScenario ? plan : { ...plan, activeScenario: name }, name, scenario: null, stale: [] } };
  }
  const scenario = findScenario(plan, name);
  if (scenario === undefined) return { ok: false, message: unknownScenarioMessage(plan, name) };
  if (scenario === null) return { ok: true, applied: { plan: { ...plan, scenarios: [], activeScenario: BASE_SCENARIO }, name, scenario: null, stale: [] } };
  const o = scenario.overrides;
  const stale: StaleOverride[] = [];
  const byId = new Map(plan.nodes.map((n, i) => [n.id, i]));
  let nodes = plan.nodes;
  for (const [nodeId, params] of Object.entries(o.nodes)) {
    const index = byId.get(nodeId);
    if (index === undefined) {
      stale.push({ scenario: name, nodeId, reason: `the plan has no node "${nodeId}" any more (deleted?)` });
      continue;
    }
    const node = nodes[index]!;
    const merged = mergeNodeParams(node, params, name, stale);
    if (merged === node) continue;
    if (nodes === plan.nodes) nodes = [...plan.nodes];
    nodes[index] = merged;
  }
  const effective: Plan = {
    ...plan,
    activeScenario: name,
    // The effective plan is one scenario's whole story: no scenarios to apply a second time
    // over it (another scenario over this one would inherit this one's overrides).
    scenarios: [],
    growth: o.growth ? { ...plan.growth, ...definedOnly(o.growth) } : plan.growth,
    event: o.surge ? { ...plan.event, surge: { mode: o.surge.mode, value: o.surge.value } } : plan.event,
    headroom: o.headroom ? { ...plan.headroom, ...definedOnly(o.headroom) } : plan.headroom,
    nodes,
  };
  return { ok: true, applied: { plan: effective, name, scenario, stale } };
}

/** The plan its active scenario describes (the base when the name is unknown, which parsing refuses). */
export function effectivePlan(plan: Plan): AppliedScenario {
  const result = applyScenario(plan, plan.activeScenario);
  return result.ok ? result.applied : { plan, name: BASE_SCENARIO, scenario: null, stale: [] };
}

function mergeNodeParams(node: PlanNode, params: Record<string, unknown>, scenario: string, stale: StaleOverride[]): PlanNode {
  const keys = paramKeysOf(node.kind);
  const usable: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (!keys.has(key)) stale.push({ scenario, nodeId: node.id, key, reason: `${node.name} (${node.kind}) has no parameter "${key}"` });
    else usable[key] = value;
  }
  if (Object.keys(usable).length === 0) return node;
  const parsed = NodeSchema.safeParse({ ...node, params: { ...node.params, ...usable } });
  if (parsed.success) return parsed.data;
  // One bad value must not take the scenario's other overrides of the node with it.
  let current = node;
  for (const [key, value] of Object.entries(usable)) {
    const one = NodeSchema.safeParse({ ...current, params: { ...current.params, [key]: value } });
    if (one.success) current = one.data;
    else stale.push({ scenario, nodeId: node.id, key, reason: `${node.name}: ${describeProblems(problemsFromZod(one.error), 1)}` });
  }
  return current;
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
