import type { Plan, PlanNode } from '../model';
import { monthIndexOf, monthLabels } from './calendar';
import { collectFindings } from './findings';
import { buildGraph } from './graph';
import { propagateLoads } from './propagate';
import { HOURS_PER_MONTH, resolvePolicy, type SizeContext } from './sizing-common';
import { sizeLoadBalancer, sizeService, sizeWorkerPool } from './sizing-compute';
import { sizeCache, sizeDatabase } from './sizing-data';
import { sizeLimited } from './sizing-limits';
import { describeSurge, surgeMultiplier } from './surge';
import type { AddStep, NodeProjection, NodeSizing, Projection, SizingUnit } from './types';

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
  };

  const projections: NodeProjection[] = new Array<NodeProjection>(plan.nodes.length);
  for (const i of graph.order) {
    const node = plan.nodes[i]!;
    const sizings: NodeSizing[] = new Array<NodeSizing>(slots);
    for (let s = 0; s < slots; s++) {
      const sizing = sizeNode(node, ctx, i, s);
      sizings[s] = sizing;
      ctx.required[i * slots + s] = sizing.required;
    }
    const atEvent = sizings[eventSlot]!;
    const eventBase = sizings[eventBaseSlot]!;
    const monthly = sizings.slice(0, horizon + 1);
    const current = atEvent.current;
    const extraPerMonth = Math.max(0, atEvent.monthlyCost - eventBase.monthlyCost);
    projections[i] = {
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      unit: unitOf(node),
      current,
      monthly,
      atEvent,
      firstShortMonth: firstShort(monthly),
      addBy: additions(monthly, current),
      eventStep: { from: eventBase.required, to: atEvent.required, add: Math.max(0, atEvent.required - eventBase.required) },
      eventExtraCost: (extraPerMonth / HOURS_PER_MONTH) * 24 * plan.event.durationDays,
      onCycle: graph.unordered[i] === 1,
    };
  }

  const byId: Record<string, NodeProjection> = {};
  for (const p of projections) byId[p.nodeId] = p;
  const cycle = graph.cycle ? graph.cycle.map((i) => plan.nodes[i]!.name) : null;
  const monthlyCost = months.map((_, m) => projections.reduce((sum, p) => sum + p.monthly[m]!.monthlyCost, 0));
  const entryRps = months.map((_, m) => sumSources(projections, (p) => p.monthly[m]!.loadRps));
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

function sumSources(projections: NodeProjection[], pick: (p: NodeProjection) => number): number {
  let sum = 0;
  for (const p of projections) if (p.kind === 'trafficSource') sum += pick(p);
  return sum;
}

function sizeNode(node: PlanNode, ctx: SizeContext, i: number, slot: number): NodeSizing {
  switch (node.kind) {
    case 'service':
      return sizeService(node, ctx, i, slot);
    case 'workerPool':
      return sizeWorkerPool(node, ctx, i, slot);
    case 'loadBalancer':
      return sizeLoadBalancer(node, ctx, i, slot);
    case 'database':
      return sizeDatabase(node, ctx, i, slot);
    case 'cache':
      return sizeCache(node, ctx, i, slot);
    default:
      return sizeLimited(node, ctx, i, slot);
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

function firstShort(monthly: NodeSizing[]): number | null {
  const m = monthly.findIndex((s) => s.status === 'short');
  return m < 0 ? null : m;
}

/**
 * What to add when: walking the months, each time the need rises above what is already
 * in place (today's count, then earlier additions) add the difference that month. Needs
 * never shrink the plan: scaling down is the autoscaler's business, not a purchase.
 */
export function additions(monthly: NodeSizing[], current: number): AddStep[] {
  const steps: AddStep[] = [];
  let have = current;
  monthly.forEach((s, month) => {
    if (s.required > have) {
      steps.push({ month, add: s.required - have, from: have, to: s.required });
      have = s.required;
    }
  });
  return steps;
}
