import type { NodeKind, Plan, PlanNode } from '../model';
import { monthIndexOf, monthLabels } from './calendar';
import { collectFindings } from './findings';
import { buildGraph } from './graph';
import { propagateLoads } from './propagate';
import { HOURS_PER_MONTH, resolvePolicy, type SizeContext } from './sizing-common';
import { sizeLoadBalancer, sizeService, sizeWorkerPool } from './sizing-compute';
import { sizeCache, sizeDatabase } from './sizing-data';
import { sizeLimited } from './sizing-limits';
import { describeSurge, surgeMultiplier } from './surge';
import type { AddStep, MonthlySeries, ProjectedNode, NodeProjection, NodeSizing, Projection, SizingStatus, SizingUnit } from './types';

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

  const projections: ProjectedNode[] = new Array<ProjectedNode>(plan.nodes.length);
  for (const i of graph.order) {
    const node = plan.nodes[i]!;
    // The monthly results are reduced to number series here and the objects dropped, so
    // they die young (nearly free to collect); `monthly` rebuilds them on first read.
    const series: MonthlySeries = { loadRps: new Array<number>(horizon + 1), required: new Array<number>(horizon + 1), monthlyCost: new Array<number>(horizon + 1), status: new Array<SizingStatus>(horizon + 1) };
    for (let s = 0; s <= horizon; s++) {
      const sizing = sizeNode(node, ctx, i, s);
      series.loadRps[s] = sizing.loadRps;
      series.required[s] = sizing.required;
      series.monthlyCost[s] = sizing.monthlyCost;
      series.status[s] = sizing.status;
      ctx.required[i * slots + s] = sizing.required;
    }
    const atEvent = sizeNode(node, ctx, i, eventSlot);
    ctx.required[i * slots + eventSlot] = atEvent.required;
    const eventBase = sizeNode(node, ctx, i, eventBaseSlot);
    ctx.required[i * slots + eventBaseSlot] = eventBase.required;
    const current = atEvent.current;
    const extraPerMonth = Math.max(0, atEvent.monthlyCost - eventBase.monthlyCost);
    const firstShortMonth = series.status.indexOf('short');
    projections[i] = new LazyNodeProjection(ctx, i, horizon, {
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      unit: unitOf(node),
      current,
      series,
      atEvent,
      firstShortMonth: firstShortMonth < 0 ? null : firstShortMonth,
      addBy: additions(series.required, current),
      eventStep: { from: eventBase.required, to: atEvent.required, add: Math.max(0, atEvent.required - eventBase.required) },
      eventExtraCost: (extraPerMonth / HOURS_PER_MONTH) * 24 * plan.event.durationDays,
      onCycle: graph.unordered[i] === 1,
    });
  }

  const byId: Record<string, NodeProjection> = {};
  for (const p of projections) byId[p.nodeId] = p;
  const cycle = graph.cycle ? graph.cycle.map((i) => plan.nodes[i]!.name) : null;
  const monthlyCost = months.map((_, m) => projections.reduce((sum, p) => sum + p.series.monthlyCost[m]!, 0));
  const entryRps = months.map((_, m) => sumSources(projections, (p) => p.series.loadRps[m]!));
  const findings = collectFindings(plan, projections, { months, eventMonthIndex, cycle, horizon });
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
      monthlyCost,
      eventCost: projections.reduce((sum, p) => sum + p.eventExtraCost, 0),
      currency: plan.currency,
      entryRps,
      entryRpsAtEvent: sumSources(projections, (p) => p.atEvent.loadRps),
      counts,
    },
  };
}

function sumSources(projections: ProjectedNode[], pick: (p: ProjectedNode) => number): number {
  let sum = 0;
  for (const p of projections) if (p.kind === 'trafficSource') sum += pick(p);
  return sum;
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
  const steps: AddStep[] = [];
  let have = current;
  required.forEach((need, month) => {
    if (need > have) {
      steps.push({ month, add: need - have, from: have, to: need });
      have = need;
    }
  });
  return steps;
}

type NodeProjectionFields = Omit<ProjectedNode, 'monthly'>;

/**
 * A node's projection whose `monthly` objects are built on first read (from the same
 * sizing functions, so they equal what the series hold). `toJSON` writes them out.
 */
class LazyNodeProjection implements ProjectedNode {
  readonly nodeId: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly unit: SizingUnit;
  readonly current: number;
  readonly series: MonthlySeries;
  readonly atEvent: NodeSizing;
  readonly firstShortMonth: number | null;
  readonly addBy: AddStep[];
  readonly eventStep: NodeProjection['eventStep'];
  readonly eventExtraCost: number;
  readonly onCycle: boolean;
  #monthly: NodeSizing[] | null = null;
  readonly #ctx: SizeContext;
  readonly #i: number;
  readonly #horizon: number;

  constructor(ctx: SizeContext, i: number, horizon: number, f: NodeProjectionFields) {
    this.#ctx = ctx;
    this.#i = i;
    this.#horizon = horizon;
    this.nodeId = f.nodeId;
    this.name = f.name;
    this.kind = f.kind;
    this.unit = f.unit;
    this.current = f.current;
    this.series = f.series;
    this.atEvent = f.atEvent;
    this.firstShortMonth = f.firstShortMonth;
    this.addBy = f.addBy;
    this.eventStep = f.eventStep;
    this.eventExtraCost = f.eventExtraCost;
    this.onCycle = f.onCycle;
  }

  get monthly(): NodeSizing[] {
    if (this.#monthly === null) {
      const node = this.#ctx.plan.nodes[this.#i]!;
      const out = new Array<NodeSizing>(this.#horizon + 1);
      for (let s = 0; s <= this.#horizon; s++) out[s] = sizeNode(node, this.#ctx, this.#i, s);
      this.#monthly = out;
    }
    return this.#monthly;
  }

  toJSON() {
    const { nodeId, name, kind, unit, current, monthly, atEvent, firstShortMonth, addBy, eventStep, eventExtraCost, onCycle, series } = this;
    return { nodeId, name, kind, unit, current, monthly, atEvent, firstShortMonth, addBy, eventStep, eventExtraCost, onCycle, series };
  }
}
