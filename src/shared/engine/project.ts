import type { HeadroomPolicy, Plan, PlanNode } from '../model';
import { monthIndexOf, monthLabels } from './calendar';
import { collectFindings } from './findings';
import { quotaReport } from './quotas';
import { buildGraph } from './graph';
import { propagateLoads, slotsOf } from './propagate';
import { heldBy, leaseMonthArrays, ownMonthArrays } from './month-arrays';
import { kindOf, sizingUnits, type Bounds } from '../kinds';
import type { AnyKindDefinition } from '../kinds/kind';
import { HOURS_PER_MONTH, SizeScratch, resolvePolicy, type SizeContext } from './sizing-common';
import { describeSurge, surgeMultiplier } from './surge';
import { LazyNodeProjection, STATUS_CODE, additionsFrom, type MonthStore } from './node-projection';
import { boundsOf, desiredAtStage, stageHours, type StageInputs } from './stages';
import type { AddStep, ProjectedNode, NodeProjection, NodeSizing, Projection, SizingUnit } from './types';

/**
 * The whole plan, month by month and at the event peak: a pure function of the document
 * (no clock, no randomness), so the same plan always gives the same projection.
 */
export function projectPlan(plan: Plan): Projection {
  return recompute(plan, true).projection;
}

/** One recompute into pooled month arrays (month-arrays.ts), or into arrays of its own. */
function recompute(plan: Plan, pooled: boolean): { projection: Projection; ctx: SizeContext } {
  const months = monthLabels(plan.startMonth, plan.horizonMonths);
  const horizon = plan.horizonMonths;
  const eventMonthIndex = monthIndexOf(plan.startMonth, plan.event.startDate);
  const surge = surgeMultiplier(plan.event.surge);
  const graph = buildGraph(plan);
  // The recompute itself is the arrays' holder: `own` below compares it with theirs.
  const holder = {};
  const length = plan.nodes.length * slotsOf(plan);
  const arrays = pooled ? leaseMonthArrays(length, holder) : ownMonthArrays(length);
  const loads = propagateLoads(plan, graph, eventMonthIndex, surge, arrays);
  const slots = loads.slots;
  const eventSlot = horizon + 1;
  const eventBaseSlot = horizon + 2;
  const ctx: SizeContext = {
    plan,
    graph,
    loads,
    policies: plan.nodes.map((node) => resolvePolicy(plan, node)),
    required: arrays.required,
    arrays,
    own: () => {
      if (!heldBy(ctx.arrays, holder)) reclaim(ctx);
    },
    eventSlot,
    resize: sizeNode,
  };
  const store: MonthStore = arrays;
  const scratch = new SizeScratch();
  const projections: ProjectedNode[] = new Array<ProjectedNode>(plan.nodes.length);
  const order = sizingOrder(plan, graph.order);
  const eventMonth = clampMonth(eventMonthIndex, horizon);
  const afterEventMonth = clampMonth(eventMonthIndex + 1, horizon);
  const hours = stageHours(plan.event.durationDays);
  // One pass per node with its kind resolved once, and no closure or stage object per node:
  // this loop runs on every keystroke and its small objects were the bulk of the garbage.
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const node = plan.nodes[i]!;
    const def = kindOf(node);
    const row = i * slots;
    // The months go straight into typed arrays without a result object per month:
    // `series` and `monthly` are built on first read, from the same numbers and functions.
    // `ctx.required` too, which databases read for their clients' connections: each kind
    // fills the one reused scratch object, so there is no allocation per month.
    def.fillMonths(node, ctx, i, horizon, scratch, store);
    const atEvent = def.size(node, ctx, i, eventSlot, false);
    ctx.required[row + eventSlot] = atEvent.required;
    // Only two numbers of the event month's normal size are kept: no result object for it.
    const eventBase = def.numbers(node, ctx, i, eventBaseSlot, scratch);
    const eventBaseRequired = eventBase.required;
    const eventBaseCost = eventBase.monthlyCost;
    ctx.required[row + eventBaseSlot] = eventBaseRequired;
    const current = atEvent.current;
    const unit = def.unit;
    const hourly = hourlyCost(node);
    const policy = ctx.policies[i]!;
    fillPlanned(ctx.required, store.planned, row, horizon, current);
    const plannedAtEvent = store.planned[row + eventMonth]!;
    let eventExtraCost = 0;
    if (def.costFromUsage) eventExtraCost = usageEventExtra(atEvent.monthlyCost, eventBaseCost, plan.event.durationDays);
    else if (unit !== null && hourly !== 0) {
      const stageInputs: StageInputs = { kind: node.kind, current, target: atEvent.required, normalAtEvent: ctx.required[row + eventMonth]!, normalAfter: ctx.required[row + afterEventMonth]! };
      eventExtraCost = eventExtra(def, node, policy, stageInputs, boundsOf(node), plannedAtEvent, hourly, hours);
    }
    projections[i] = new LazyNodeProjection(ctx, i, horizon, {
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      unit,
      current,
      todayMonthlyCost: def.costFromUsage ? store.monthlyCost[row]! : hourly * def.paidUnits(node, current, policy) * HOURS_PER_MONTH,
      atEvent,
      firstShortMonth: firstShort(store.status, row, horizon),
      eventStep: { month: eventMonthIndex, normalNeed: eventBaseRequired, from: plannedAtEvent, to: atEvent.required, add: Math.max(0, atEvent.required - plannedAtEvent) },
      eventExtraCost,
      onCycle: graph.unordered[i] === 1,
    });
  }

  const byId: Record<string, NodeProjection> = {};
  for (const p of projections) byId[p.nodeId] = p;
  const cycle = graph.cycle ? graph.cycle.map((i) => plan.nodes[i]!.name) : null;
  const totals = sumTotals(projections, ctx, store, horizon);
  const quotas = quotaReport(plan, projections, { required: ctx.required, slots, eventMonthIndex, horizon });
  const findings = collectFindings(plan, projections, { months, eventMonthIndex, cycle, horizon, load: loads.load, required: ctx.required, slots, quotas, indexById: graph.indexById, own: () => {
    ctx.own();
    return ctx.arrays;
  } });
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const projection: Projection = {
    months,
    eventMonthIndex,
    surgeMultiplier: surge,
    surgeLabel: describeSurge(plan.event.surge),
    nodes: projections,
    byId,
    findings,
    quotas,
    cycle,
    totals: {
      monthlyCost: totals.monthlyCost,
      todayMonthlyCost: totals.todayMonthlyCost,
      eventCost: totals.eventCost,
      toAddAtEvent: totals.toAddAtEvent,
      currency: plan.currency,
      entryRps: totals.entryRps,
      entryRpsAtEvent: totals.entryRpsAtEvent,
      counts,
    },
  };
  return { projection, ctx };
}

/**
 * Gives a projection whose pooled arrays a later recompute took over arrays of its own,
 * with the same numbers: the engine is a pure function of the plan, so recomputing the
 * plan into arrays no one else takes fills them exactly as the first time.
 */
function reclaim(ctx: SizeContext): void {
  const again = recompute(ctx.plan, false).ctx;
  ctx.arrays = again.arrays;
  ctx.loads = again.loads;
  ctx.required = again.arrays.required;
}

/**
 * Plan-wide sums, added in plan order starting from 0 (as a reduce over the nodes would):
 * floating-point sums depend on their order, and the totals must not move between versions.
 */
function sumTotals(projections: ProjectedNode[], ctx: SizeContext, store: MonthStore, horizon: number) {
  const slots = ctx.loads.slots;
  const load = ctx.loads.load;
  const monthlyCost = new Array<number>(horizon + 1).fill(0);
  const entryRps = new Array<number>(horizon + 1).fill(0);
  let eventCost = 0;
  let todayMonthlyCost = 0;
  let entryRpsAtEvent = 0;
  const toAdd = new Map<NonNullable<SizingUnit>, number>();
  for (let i = 0; i < projections.length; i++) {
    const p = projections[i]!;
    const row = i * slots;
    const node = ctx.plan.nodes[i]!;
    const def = kindOf(node);
    const hourly = hourlyCost(node);
    if (def.costFromUsage) {
      for (let m = 0; m <= horizon; m++) monthlyCost[m] = monthlyCost[m]! + store.monthlyCost[row + m]!;
    } else if (p.unit !== null && hourly > 0) {
      const policy = ctx.policies[i]!;
      for (let m = 0; m <= horizon; m++) monthlyCost[m] = monthlyCost[m]! + hourly * def.paidUnits(node, store.planned[row + m]!, policy) * HOURS_PER_MONTH;
    }
    todayMonthlyCost += p.todayMonthlyCost;
    eventCost += p.eventExtraCost;
    if (p.unit !== null) toAdd.set(p.unit, (toAdd.get(p.unit) ?? 0) + Math.max(0, p.atEvent.required - p.current));
    if (!def.entryPoint) continue;
    for (let m = 0; m <= horizon; m++) entryRps[m] = entryRps[m]! + load[row + m]!;
    entryRpsAtEvent += p.atEvent.loadRps;
  }
  const toAddAtEvent = sizingUnits.filter((u) => toAdd.has(u)).map((unit) => ({ unit, add: toAdd.get(unit)! }));
  return { monthlyCost, todayMonthlyCost, entryRps, eventCost, entryRpsAtEvent, toAddAtEvent };
}

/**
 * What one paid unit of a node costs an hour (what the kind's `paidUnits` counts: a
 * database's primary too, a Kubernetes workload's nodes). Kinds without a price cost 0.
 */
function hourlyCost(node: PlanNode): number {
  return 'hourlyCost' in node.params ? node.params.hourlyCost : 0;
}

/** A month index placed in 0..horizon (the event month's figures when the event is outside it). */
function clampMonth(m: number, horizon: number): number {
  return Math.min(Math.max(m, 0), horizon);
}

/**
 * The walking order for sizing: the topological order, with the kinds that read their
 * clients' counts (databases) moved last, so their connections have those counts even
 * when a cycle puts a client after its database.
 */
function sizingOrder(plan: Plan, order: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < order.length; k++) if (!kindOf(plan.nodes[order[k]!]!).readsClientCounts) out.push(order[k]!);
  for (let k = 0; k < order.length; k++) if (kindOf(plan.nodes[order[k]!]!).readsClientCounts) out.push(order[k]!);
  return out;
}

/** A usage-priced node's event cost: the peak month's rate above the normal one, over the event's hours. */
function usageEventExtra(peakMonthly: number, normalMonthly: number, durationDays: number): number {
  return (Math.max(0, peakMonthly - normalMonthly) / HOURS_PER_MONTH) * durationDays * 24;
}

/** The plan's fleet each month: today's count, raised by each month's addition (`addBy`), never lowered. */
function fillPlanned(required: Float64Array, planned: Float64Array, row: number, horizon: number, current: number): void {
  let have = current;
  for (let m = 0; m <= horizon; m++) {
    const need = required[row + m]!;
    if (need > have) have = need;
    planned[row + m] = have;
  }
}

/**
 * The event's extra cost of one node: each stage's fleet above the normal plan (the
 * planned fleet of the event month), over the hours that stage runs, at the unit price.
 * The stage sizes are the ones the tfvars stage files set (`stages.ts`), counted in paid
 * units (a database's primary cancels out; a workload's pods become nodes).
 */
function eventExtra(def: AnyKindDefinition, node: PlanNode, policy: HeadroomPolicy, n: StageInputs, bounds: Bounds, normal: number, hourly: number, hours: ReturnType<typeof stageHours>): number {
  const paidNormal = def.paidUnits(node, normal, policy);
  const t2w = Math.max(0, def.paidUnits(node, desiredAtStage(n, 't-2w', bounds), policy) - paidNormal);
  const t1w = Math.max(0, def.paidUnits(node, desiredAtStage(n, 't-1w', bounds), policy) - paidNormal);
  const t1d = Math.max(0, def.paidUnits(node, desiredAtStage(n, 't-1d', bounds), policy) - paidNormal);
  const unitHours = t2w * hours['t-2w'] + t1w * hours['t-1w'] + t1d * (hours['t-1d'] + hours.during);
  return unitHours * hourly;
}

function firstShort(status: Uint8Array, row: number, horizon: number): number | null {
  const short = STATUS_CODE.short;
  for (let m = 0; m <= horizon; m++) if (status[row + m] === short) return m;
  return null;
}

function sizeNode(node: PlanNode, ctx: SizeContext, i: number, slot: number, withSteps: boolean): NodeSizing {
  ctx.own();
  return kindOf(node).size(node, ctx, i, slot, withSteps);
}

export function unitOf(node: PlanNode): SizingUnit {
  return kindOf(node).unit;
}

/** What to add when (see `additionsFrom`), over a plain array of monthly needs. */
export function additions(required: readonly number[], current: number): AddStep[] {
  return additionsFrom(required, 0, required.length - 1, current);
}
