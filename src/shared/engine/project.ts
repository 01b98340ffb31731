import type { Plan, PlanNode } from '../model';
import { monthIndexOf, monthLabels } from './calendar';
import { collectFindings } from './findings';
import { buildGraph } from './graph';
import { propagateLoads } from './propagate';
import { HOURS_PER_MONTH, SizeScratch, resolvePolicy, type SizeContext, type SizeNumbers } from './sizing-common';
import {
  loadBalancerNumbers,
  serviceNumbers,
  sizeLoadBalancer,
  sizeService,
  sizeWorkerPool,
  workerPoolNumbers,
} from './sizing-compute';
import { cacheNumbers, databaseNumbers, sizeCache, sizeDatabase } from './sizing-data';
import { limitedNumbers, sizeLimited } from './sizing-limits';
import { describeSurge, surgeMultiplier } from './surge';
import { LazyNodeProjection, STATUS_CODE, type MonthStore } from './node-projection';
import type { AddStep, ProjectedNode, NodeProjection, NodeSizing, Projection, SizingUnit } from './types';

/**
 * The whole plan, month by month and at the event peak: a pure function of the document
 * (no clock, no randomness), so the same plan always gives the same projection.
 */
export function projectPlan(plan: Plan): Projection {
  const months = monthLabels(plan.startMonth, plan.horizonMonths);
  const horizon = plan.horizonMonths;
  const eventMonthIndex = monthIndexOf(plan.startMonth, plan.event.startDate);
  const surge = surgeMultiplier(plan.event.surge);
  const graph = buildGraph(plan);
  const loads = propagateLoads(plan, graph, eventMonthIndex, surge);
  const slots = loads.slots;
  const eventSlot = horizon + 1;
  const eventBaseSlot = horizon + 2;
  const ctx: SizeContext = {
    plan,
    graph,
    loads,
    policies: plan.nodes.map((node) => resolvePolicy(plan, node)),
    required: new Float64Array(plan.nodes.length * slots),
    eventSlot,
    resize: sizeNode,
  };

  const store: MonthStore = { monthlyCost: new Float64Array(plan.nodes.length * slots), status: new Uint8Array(plan.nodes.length * slots) };
  const scratch = new SizeScratch();
  const projections: ProjectedNode[] = new Array<ProjectedNode>(plan.nodes.length);
  for (const i of graph.order) {
    const node = plan.nodes[i]!;
    // The months go straight into typed arrays without a result object per month:
    // `series` and `monthly` are built on first read, from the same numbers and functions.
    fillMonths(node, ctx, store, scratch, i, horizon);
    const atEvent = sizeNode(node, ctx, i, eventSlot);
    ctx.required[i * slots + eventSlot] = atEvent.required;
    // Only two numbers of the event month's normal size are kept: no result object for it.
    const eventBase = numbersAt(node, ctx, i, eventBaseSlot, scratch);
    const eventBaseRequired = eventBase.required;
    ctx.required[i * slots + eventBaseSlot] = eventBaseRequired;
    const current = atEvent.current;
    const extraPerMonth = Math.max(0, atEvent.monthlyCost - eventBase.monthlyCost);
    projections[i] = new LazyNodeProjection(ctx, store, i, horizon, {
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      unit: unitOf(node),
      current,
      atEvent,
      firstShortMonth: firstShort(store.status, i * slots, horizon),
      addBy: additionsFrom(ctx.required, i * slots, horizon, current),
      eventStep: { from: eventBaseRequired, to: atEvent.required, add: Math.max(0, atEvent.required - eventBaseRequired) },
      eventExtraCost: (extraPerMonth / HOURS_PER_MONTH) * 24 * plan.event.durationDays,
      onCycle: graph.unordered[i] === 1,
    });
  }

  const byId: Record<string, NodeProjection> = {};
  for (const p of projections) byId[p.nodeId] = p;
  const cycle = graph.cycle ? graph.cycle.map((i) => plan.nodes[i]!.name) : null;
  const totals = sumTotals(projections, ctx, store, horizon);
  const findings = collectFindings(plan, projections, { months, eventMonthIndex, cycle, horizon, load: loads.load, required: ctx.required, slots });
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return {
    months,
    eventMonthIndex,
    surgeMultiplier: surge,
    surgeLabel: describeSurge(plan.event.surge),
    nodes: projections,
    byId,
    findings,
    cycle,
    totals: {
      monthlyCost: totals.monthlyCost,
      eventCost: totals.eventCost,
      currency: plan.currency,
      entryRps: totals.entryRps,
      entryRpsAtEvent: totals.entryRpsAtEvent,
      counts,
    },
  };
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
  let entryRpsAtEvent = 0;
  for (let i = 0; i < projections.length; i++) {
    const p = projections[i]!;
    const row = i * slots;
    for (let m = 0; m <= horizon; m++) monthlyCost[m] = monthlyCost[m]! + store.monthlyCost[row + m]!;
    eventCost += p.eventExtraCost;
    if (p.kind !== 'trafficSource') continue;
    for (let m = 0; m <= horizon; m++) entryRps[m] = entryRps[m]! + load[row + m]!;
    entryRpsAtEvent += p.atEvent.loadRps;
  }
  return { monthlyCost, entryRps, eventCost, entryRpsAtEvent };
}

/** One node's numbers at one slot, into `out` (no result object). */
function numbersAt(node: PlanNode, ctx: SizeContext, i: number, slot: number, out: SizeScratch): SizeNumbers {
  switch (node.kind) {
    case 'service':
      return serviceNumbers(node, ctx, i, slot, out);
    case 'workerPool':
      return workerPoolNumbers(node, ctx, i, slot, out);
    case 'loadBalancer':
      return loadBalancerNumbers(node, ctx, i, slot, out);
    case 'database':
      return databaseNumbers(node, ctx, i, slot, out);
    case 'cache':
      return cacheNumbers(node, ctx, i, slot, out);
    default:
      return limitedNumbers(node, ctx, i, slot, out);
  }
}

/**
 * Months 0..horizon of one node into the typed arrays (`ctx.required` too, which databases
 * read for their clients' connections). The kind is resolved once per node, and each
 * kind's numbers function fills the one reused scratch object: no allocation per month.
 */
function fillMonths(node: PlanNode, ctx: SizeContext, store: MonthStore, out: SizeScratch, i: number, horizon: number): void {
  switch (node.kind) {
    case 'service':
      for (let s = 0; s <= horizon; s++) keep(ctx, store, i, s, serviceNumbers(node, ctx, i, s, out));
      return;
    case 'workerPool':
      for (let s = 0; s <= horizon; s++) keep(ctx, store, i, s, workerPoolNumbers(node, ctx, i, s, out));
      return;
    case 'loadBalancer':
      for (let s = 0; s <= horizon; s++) keep(ctx, store, i, s, loadBalancerNumbers(node, ctx, i, s, out));
      return;
    case 'database':
      for (let s = 0; s <= horizon; s++) keep(ctx, store, i, s, databaseNumbers(node, ctx, i, s, out));
      return;
    case 'cache':
      for (let s = 0; s <= horizon; s++) keep(ctx, store, i, s, cacheNumbers(node, ctx, i, s, out));
      return;
    default:
      for (let s = 0; s <= horizon; s++) keep(ctx, store, i, s, limitedNumbers(node, ctx, i, s, out));
  }
}

/** The load is already in `loads.load`; the rest of what `series` shows is kept here. */
function keep(ctx: SizeContext, store: MonthStore, i: number, s: number, n: SizeNumbers): void {
  const at = i * ctx.loads.slots + s;
  ctx.required[at] = n.required;
  store.monthlyCost[at] = n.monthlyCost;
  // Compared rather than looked up by key: a keyed load per month showed in the profile.
  store.status[at] = n.status === 'ok' ? STATUS_CODE.ok : n.status === 'tight' ? STATUS_CODE.tight : STATUS_CODE.short;
}

function firstShort(status: Uint8Array, row: number, horizon: number): number | null {
  const short = STATUS_CODE.short;
  for (let m = 0; m <= horizon; m++) if (status[row + m] === short) return m;
  return null;
}

function sizeNode(node: PlanNode, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  switch (node.kind) {
    case 'service':
      return sizeService(node, ctx, i, slot, withSteps);
    case 'workerPool':
      return sizeWorkerPool(node, ctx, i, slot, withSteps);
    case 'loadBalancer':
      return sizeLoadBalancer(node, ctx, i, slot, withSteps);
    case 'database':
      return sizeDatabase(node, ctx, i, slot, withSteps);
    case 'cache':
      return sizeCache(node, ctx, i, slot, withSteps);
    default:
      return sizeLimited(node, ctx, i, slot, withSteps);
  }
}

export function unitOf(node: PlanNode): SizingUnit {
  switch (node.kind) {
    case 'service':
      return 'instances';
    case 'database':
      return 'replicas';
    case 'cache':
      return 'nodes';
    case 'workerPool':
      return 'workers';
    case 'loadBalancer':
      return 'units';
    default:
      return null;
  }
}

/**
 * What to add when: walking the months, each time the need rises above what is already
 * in place (today's count, then earlier additions) add the difference that month. Needs
 * never shrink the plan: scaling down is the autoscaler's business, not a purchase.
 */
export function additions(required: readonly number[], current: number): AddStep[] {
  return additionsFrom(required, 0, required.length - 1, current);
}

/** `additions` over months 0..horizon of a row of a flat array (no copy of the row). */
function additionsFrom(required: ArrayLike<number>, row: number, horizon: number, current: number): AddStep[] {
  const steps: AddStep[] = [];
  let have = current;
  for (let month = 0; month <= horizon; month++) {
    const need = required[row + month]!;
    if (need > have) {
      steps.push({ month, add: need - have, from: have, to: need });
      have = need;
    }
  }
  return steps;
}
