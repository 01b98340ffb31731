import { describeGrowth } from '../engine/calendar';
import { describeSurge } from '../engine/surge';
import type { NodeProjection, SizingStatus, SizingUnit } from '../engine/types';
import { BASE_SCENARIO, type Plan, type ScenarioOverrides } from '../model';
import { scenarioNames, unknownScenarioMessage, type StaleOverride } from './apply';
import { projectScenario } from './project-scenario';

export const DEFAULT_COMPARE_HORIZONS: readonly number[] = [6, 12, 24];

/** A tier's numbers at one month of one scenario; null figures when the month is past the plan's horizon. */
export type HorizonFigure = { month: number; label: string | null; required: number | null; monthlyCost: number | null; status: SizingStatus | null };

export type ScenarioTier = {
  nodeId: string;
  name: string;
  unit: NonNullable<SizingUnit>;
  atEvent: { required: number; loadRps: number; monthlyCost: number; status: SizingStatus };
  horizons: HorizonFigure[];
  firstShortMonth: number | null;
  firstShortLabel: string | null;
  /** The scenario's overrides this tier's numbers used, in words (empty: the base's assumptions). */
  why: string[];
};

export type ScenarioColumn = {
  name: string;
  description: string;
  /** Every override of the scenario, in words. */
  overrides: string[];
  stale: StaleOverride[];
  surgeLabel: string;
  growthLabel: string;
  eventMonthIndex: number;
  /** Σ of the tiers' event-peak monthly cost. */
  eventMonthlyCost: number;
  currency: string;
  nodes: ScenarioTier[];
};

/** Per tier, the largest event need across the scenarios: what provisioning for the worst credible case takes. */
export type LeastRegretRow = {
  nodeId: string;
  name: string;
  unit: NonNullable<SizingUnit>;
  required: number;
  /** The scenario that drives it (the first in order, on a tie: the base wins ties). */
  drivenBy: string;
  monthlyCost: number;
  /** The expected case: the base scenario's need and cost. */
  baseRequired: number;
  baseMonthlyCost: number;
  /** What the worst case costs a month over the expected one. */
  extraMonthlyCost: number;
  /** True when the scenarios disagree about this tier's event need. */
  differs: boolean;
};

export type ScenarioComparison = {
  horizons: number[];
  scenarios: ScenarioColumn[];
  leastRegret: LeastRegretRow[];
  totals: { baseMonthlyCost: number; leastRegretMonthlyCost: number; extraMonthlyCost: number; currency: string };
};

export type CompareOptions = { scenarios?: readonly string[]; horizons?: readonly number[] };

/**
 * Every chosen scenario side by side, tier by tier: the need at the event peak and at each
 * horizon month, cost and first short month, each number read from that scenario's own
 * projection (projectScenario, the same the app shows), never recomputed here. Tiers are the
 * sized nodes (those with a unit).
 */
export function compareScenarios(plan: Plan, options: CompareOptions = {}): { ok: true; comparison: ScenarioComparison } | { ok: false; message: string } {
  const names = options.scenarios && options.scenarios.length > 0 ? [...options.scenarios] : scenarioNames(plan);
  const horizons = [...(options.horizons ?? DEFAULT_COMPARE_HORIZONS)];
  for (const h of horizons) {
    if (!Number.isInteger(h) || h < 0) return { ok: false, message: `a horizon is a whole number of months ≥ 0, got ${h}` };
  }
  const columns: ScenarioColumn[] = [];
  for (const name of names) {
    const projected = projectScenario(plan, name);
    if (!projected.ok) return { ok: false, message: unknownScenarioMessage(plan, name) };
    const { applied, projection } = projected.result;
    const words = overrideWords(plan, applied.plan, applied.scenario?.overrides);
    const nodes: ScenarioTier[] = [];
    let eventMonthlyCost = 0;
    const reached = reachedFrom(plan, words.byNode.keys());
    for (const p of projection.nodes) {
      if (p.unit === null) continue;
      eventMonthlyCost += p.atEvent.monthlyCost;
      // A tier's numbers use its own overrides and those of every node its traffic passes first.
      const reaching: string[] = [];
      for (const [id, list] of words.byNode) if (reached.get(id)?.has(p.nodeId)) reaching.push(...list);
      nodes.push(tierOf(p, p.unit, projection.months, horizons, [...words.planWide, ...reaching]));
    }
    columns.push({
      name,
      description: applied.scenario?.description ?? '',
      overrides: [...words.planWide, ...[...words.byNode.values()].flat()],
      stale: applied.stale,
      surgeLabel: projection.surgeLabel,
      growthLabel: describeGrowth(applied.plan.growth),
      eventMonthIndex: projection.eventMonthIndex,
      eventMonthlyCost,
      currency: plan.currency,
      nodes,
    });
  }
  const leastRegret = leastRegretRows(columns);
  const baseMonthlyCost = leastRegret.reduce((s, r) => s + r.baseMonthlyCost, 0);
  const leastRegretMonthlyCost = leastRegret.reduce((s, r) => s + r.monthlyCost, 0);
  return {
    ok: true,
    comparison: {
      horizons,
      scenarios: columns,
      leastRegret,
      totals: { baseMonthlyCost, leastRegretMonthlyCost, extraMonthlyCost: leastRegretMonthlyCost - baseMonthlyCost, currency: plan.currency },
    },
  };
}

function tierOf(p: NodeProjection, unit: NonNullable<SizingUnit>, months: readonly string[], horizons: readonly number[], why: string[]): ScenarioTier {
  const series = p.series;
  return {
    nodeId: p.nodeId,
    name: p.name,
    unit,
    atEvent: { required: p.atEvent.required, loadRps: p.atEvent.loadRps, monthlyCost: p.atEvent.monthlyCost, status: p.atEvent.status },
    horizons: horizons.map((month) =>
      month < series.required.length
        ? { month, label: months[month] ?? null, required: series.required[month]!, monthlyCost: series.monthlyCost[month]!, status: series.status[month]! }
        : { month, label: null, required: null, monthlyCost: null, status: null },
    ),
    firstShortMonth: p.firstShortMonth,
    firstShortLabel: p.firstShortMonth === null ? null : months[p.firstShortMonth] ?? null,
    why,
  };
}

function leastRegretRows(columns: readonly ScenarioColumn[]): LeastRegretRow[] {
  const first = columns[0];
  if (!first) return [];
  // The expected case is the base; when the base is not compared, the first scenario stands in.
  const expected = columns.find((c) => c.name === BASE_SCENARIO) ?? first;
  const rows: LeastRegretRow[] = [];
  for (const [i, tier] of first.nodes.entries()) {
    let worst = { column: first, tier };
    let differs = false;
    for (const column of columns) {
      const t = column.nodes[i]!;
      if (t.atEvent.required !== tier.atEvent.required) differs = true;
      if (t.atEvent.required > worst.tier.atEvent.required || (t.atEvent.required === worst.tier.atEvent.required && column === expected && worst.column !== expected)) worst = { column, tier: t };
    }
    const base = expected.nodes[i]!;
    rows.push({
      nodeId: tier.nodeId,
      name: tier.name,
      unit: tier.unit,
      required: worst.tier.atEvent.required,
      drivenBy: worst.column.name,
      monthlyCost: worst.tier.atEvent.monthlyCost,
      baseRequired: base.atEvent.required,
      baseMonthlyCost: base.atEvent.monthlyCost,
      extraMonthlyCost: worst.tier.atEvent.monthlyCost - base.atEvent.monthlyCost,
      differs,
    });
  }
  return rows;
}

/**
 * For each overridden node, the nodes its traffic reaches (itself included): a forward walk
 * from each overridden node only, so a plan of thousands of nodes with a few overrides
 * pays a few walks, not one per tier.
 */
function reachedFrom(plan: Plan, from: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, string[]>();
  for (const e of plan.edges) {
    const list = out.get(e.source);
    if (list) list.push(e.target);
    else out.set(e.source, [e.target]);
  }
  const reached = new Map<string, Set<string>>();
  for (const id of from) {
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const next of out.get(stack.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    reached.set(id, seen);
  }
  return reached;
}

type Words = { planWide: string[]; byNode: Map<string, string[]> };

/** Each override in words, with the base value it replaces: "surge: 5× normal (base: a 300% increase (4× normal))". */
function overrideWords(base: Plan, effective: Plan, overrides: ScenarioOverrides | undefined): Words {
  const words: Words = { planWide: [], byNode: new Map() };
  if (!overrides) return words;
  if (overrides.growth) words.planWide.push(`growth: ${describeGrowth(effective.growth)} (base: ${describeGrowth(base.growth)})`);
  if (overrides.surge) words.planWide.push(`surge: ${describeSurge(effective.event.surge)} (base: ${describeSurge(base.event.surge)})`);
  for (const [key, value] of Object.entries(overrides.headroom ?? {})) {
    if (value === undefined) continue;
    words.planWide.push(`headroom ${key}: ${String(value)} (base: ${String(base.headroom[key as keyof typeof base.headroom])})`);
  }
  const baseById = new Map(base.nodes.map((n) => [n.id, n]));
  for (const node of effective.nodes) {
    const o = overrides.nodes[node.id];
    const before = baseById.get(node.id);
    if (!o || !before) continue;
    const list: string[] = [];
    for (const key of Object.keys(o)) {
      const now = (node.params as Record<string, unknown>)[key];
      const was = (before.params as Record<string, unknown>)[key];
      // A refused override (stale) left the base value: it is not a number this tier used.
      if (JSON.stringify(now) === JSON.stringify(was) && JSON.stringify(o[key]) !== JSON.stringify(was)) continue;
      list.push(`${node.name} ${key}: ${show(now)} (base: ${show(was)})`);
    }
    if (list.length > 0) words.byNode.set(node.id, list);
  }
  return words;
}

function show(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
