import { BASE_SCENARIO, ScenarioSchema, type Plan, type Scenario, type ScenarioOverrides } from '../model';
import { findScenario } from '../scenarios/apply';

/**
 * Pure edits of a plan's scenarios (the app's switcher, the inspector's overrides). Each
 * returns a new plan, or a message saying what is wrong, so the store keeps one undo step
 * per edit and never holds an invalid name.
 */
export type ScenarioEdit = { ok: true; plan: Plan } | { ok: false; message: string };

/** Where an override sits: a plan-wide assumption or one node's parameter. */
export type OverrideTarget =
  | { kind: 'growth'; key: 'method' | 'monthlyRate' }
  | { kind: 'surge' }
  | { kind: 'headroom'; key: 'targetUtilization' | 'buffer' | 'nPlusK' | 'zones' | 'surviveZoneLoss' }
  | { kind: 'node'; nodeId: string; key: string };

function checkName(plan: Plan, name: string, except?: string): string | null {
  const parsed = ScenarioSchema.shape.name.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'not a valid name';
  const trimmed = parsed.data;
  if (plan.scenarios.some((s) => s.name !== except && s.name.toLowerCase() === trimmed.toLowerCase())) return `the plan already has a scenario named "${trimmed}"`;
  return null;
}

/** A new scenario cloned from the active one (its overrides; none when the base is active), made active. */
export function createScenario(plan: Plan, name: string): ScenarioEdit {
  const problem = checkName(plan, name);
  if (problem) return { ok: false, message: problem };
  if (plan.scenarios.length >= 50) return { ok: false, message: 'a plan holds at most 50 scenarios' };
  const from = findScenario(plan, plan.activeScenario);
  const overrides: ScenarioOverrides = from ? structuredClone(from.overrides) : { nodes: {} };
  const scenario: Scenario = { name: name.trim(), description: from ? `Cloned from "${from.name}".` : 'Cloned from the base.', overrides };
  return { ok: true, plan: { ...plan, scenarios: [...plan.scenarios, scenario], activeScenario: scenario.name } };
}

export function renameScenario(plan: Plan, from: string, to: string): ScenarioEdit {
  if (!plan.scenarios.some((s) => s.name === from)) return { ok: false, message: from === BASE_SCENARIO ? 'the base scenario keeps its name' : `no scenario named "${from}"` };
  const problem = checkName(plan, to, from);
  if (problem) return { ok: false, message: problem };
  const name = to.trim();
  if (name === from) return { ok: true, plan };
  return {
    ok: true,
    plan: { ...plan, scenarios: plan.scenarios.map((s) => (s.name === from ? { ...s, name } : s)), activeScenario: plan.activeScenario === from ? name : plan.activeScenario },
  };
}

export function deleteScenario(plan: Plan, name: string): ScenarioEdit {
  if (!plan.scenarios.some((s) => s.name === name)) return { ok: false, message: name === BASE_SCENARIO ? 'the base scenario is the plan itself and cannot be deleted' : `no scenario named "${name}"` };
  return { ok: true, plan: { ...plan, scenarios: plan.scenarios.filter((s) => s.name !== name), activeScenario: plan.activeScenario === name ? BASE_SCENARIO : plan.activeScenario } };
}

export function setActiveScenario(plan: Plan, name: string): ScenarioEdit {
  if (findScenario(plan, name) === undefined) return { ok: false, message: `no scenario named "${name}"` };
  return { ok: true, plan: plan.activeScenario === name ? plan : { ...plan, activeScenario: name } };
}

/** The override's value in a scenario, or undefined when it uses the base's. */
export function overrideOf(scenario: Scenario | null | undefined, target: OverrideTarget): unknown {
  if (!scenario) return undefined;
  const o = scenario.overrides;
  switch (target.kind) {
    case 'growth':
      return o.growth?.[target.key];
    case 'surge':
      return o.surge;
    case 'headroom':
      return o.headroom?.[target.key];
    case 'node':
      return o.nodes[target.nodeId]?.[target.key];
  }
}

/**
 * Sets (or, with `value` undefined, removes: back to the base) one override of scenario
 * `name`. The value is taken as it is: callers validate it against the effective plan first.
 */
export function setOverride(plan: Plan, name: string, target: OverrideTarget, value: unknown): ScenarioEdit {
  const scenario = plan.scenarios.find((s) => s.name === name);
  if (!scenario) return { ok: false, message: name === BASE_SCENARIO ? 'the base scenario has no overrides: edit the plan itself' : `no scenario named "${name}"` };
  const o = scenario.overrides;
  let next: ScenarioOverrides;
  switch (target.kind) {
    case 'growth':
      next = { ...o, growth: withKey(o.growth, target.key, value) };
      break;
    case 'headroom':
      next = { ...o, headroom: withKey(o.headroom, target.key, value) };
      break;
    case 'surge':
      next = { ...o, surge: value as ScenarioOverrides['surge'] };
      break;
    case 'node': {
      const params = withKey(o.nodes[target.nodeId], target.key, value);
      const nodes = { ...o.nodes };
      if (params) nodes[target.nodeId] = params;
      else delete nodes[target.nodeId];
      next = { ...o, nodes };
      break;
    }
  }
  // A removed section is left out rather than kept as {}: the file says only what changes.
  if (next.surge === undefined) delete next.surge;
  if (next.growth === undefined) delete next.growth;
  if (next.headroom === undefined) delete next.headroom;
  return { ok: true, plan: { ...plan, scenarios: plan.scenarios.map((s) => (s === scenario ? { ...s, overrides: next } : s)) } };
}

/** Drops a scenario's overrides of nodes the plan no longer has (the stale ones the Compare view lists). */
export function removeOverridesOfMissingNodes(plan: Plan, name: string): ScenarioEdit {
  const scenario = plan.scenarios.find((s) => s.name === name);
  if (!scenario) return { ok: false, message: `no scenario named "${name}"` };
  const ids = new Set(plan.nodes.map((n) => n.id));
  const nodes = Object.fromEntries(Object.entries(scenario.overrides.nodes).filter(([id]) => ids.has(id)));
  return { ok: true, plan: { ...plan, scenarios: plan.scenarios.map((s) => (s === scenario ? { ...s, overrides: { ...s.overrides, nodes } } : s)) } };
}

function withKey<T extends Record<string, unknown>>(obj: T | undefined, key: string, value: unknown): T | undefined {
  const next: Record<string, unknown> = { ...(obj ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length === 0 ? undefined : (next as T);
}
