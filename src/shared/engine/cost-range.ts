import type { Plan, PlanNode } from '../model';
import { kindOf } from '../kinds';
import { HOURS_PER_MONTH, resolvePolicy } from './sizing-common';
import { boundsOf, isAutoscaled, stageSizes, type StageId } from './stages';
import type { NodeProjection, Projection, SizingUnit } from './types';

/**
 * What the fleet costs as a range and as bought. Each priced tier's monthly cost at its
 * min, desired and max count (the stage files' own numbers: `min_size`, `desired_capacity`,
 * `max_size`), at the baseline stage (the normal fleet) and at the T-1 day stage (the event
 * fleet), priced by the tier's `pricing`:
 *
 *   committed units C = commitment share × today's fleet (a database's primary included),
 *                       paid at hourly × (1 − commitment discount) whether they run or not
 *   a unit above C      costs hourly × (1 − spot share × spot discount): the spot share at
 *                       its discount, the rest on demand
 *   monthly(n)         = (C × hourly × (1 − d_c) + max(0, n − C) × marginal) × 730 h
 *
 * The event's extra cost is the engine's (`eventExtraCost`: the pre-scaled stages above the
 * plan's fleet in the event month, from the T-2 weeks step to the event's end) priced at the
 * marginal rate: a surge is never covered by a commitment sized on today's fleet.
 * The app's Capacity view, the CLI and the XLSX all print this one summary.
 */

export interface CostBand {
  min: number;
  desired: number;
  max: number;
}

export interface StageCost {
  /** Units at min / desired / max (a database's primary not included, as in the tfvars). */
  counts: CostBand;
  /** Monthly cost at each, with the tier's pricing. */
  monthly: CostBand;
}

export interface TierCost {
  nodeId: string;
  name: string;
  unit: NonNullable<SizingUnit>;
  /** On-demand price of one unit per hour (the plan's `hourlyCost`). */
  hourly: number;
  pricingLabel: string;
  /** Units the commitment covers (share × today's fleet, a database's primary included). */
  committedUnits: number;
  /** Price per hour of one unit above the commitment. */
  marginalHourly: number;
  baseline: StageCost;
  event: StageCost;
  /** The event's extra cost on demand (the engine's `eventExtraCost`) and at this tier's pricing. */
  eventExtraOnDemand: number;
  eventExtra: number;
}

export interface CostSummary {
  currency: string;
  /** Priced tiers (hourly cost above 0), in plan order. */
  tiers: TierCost[];
  baseline: CostBand;
  event: CostBand;
  eventExtraOnDemand: number;
  eventExtra: number;
  /** True when some tier is bought other than on demand. */
  discounted: boolean;
}

function pricingOf(node: PlanNode) {
  return 'pricing' in node.params ? node.params.pricing : undefined;
}

/** "on demand", "60% reserved at −40%, 30% of the rest spot at −70%". */
export function describePricing(node: PlanNode): string {
  const p = pricingOf(node);
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const parts: string[] = [];
  if (p?.commitment && p.commitment.share > 0) parts.push(`${pct(p.commitment.share)} ${p.commitment.kind === 'reserved' ? 'reserved' : 'savings plan'} at −${pct(p.commitment.discount)}`);
  if (p?.spot && p.spot.share > 0) parts.push(`${pct(p.spot.share)} ${parts.length > 0 ? 'of the rest ' : ''}spot at −${pct(p.spot.discount)}`);
  return parts.length === 0 ? 'on demand' : parts.join(', ');
}

function tierCost(plan: Plan, node: PlanNode, p: NodeProjection, eventMonthIndex: number): TierCost | null {
  const hourly = 'hourlyCost' in node.params ? node.params.hourlyCost : 0;
  if (p.unit === null || !(hourly > 0)) return null;
  const pricing = pricingOf(node);
  // The units an hourly price pays for at a count (a database's primary too, a workload's nodes): the kind's.
  const policy = resolvePolicy(plan, node);
  const paid = (count: number) => kindOf(node).paidUnits(node, count, policy);
  const committedUnits = (pricing?.commitment?.share ?? 0) * paid(p.current);
  const committedHourly = hourly * (1 - (pricing?.commitment?.discount ?? 0));
  const marginalHourly = hourly * (1 - (pricing?.spot?.share ?? 0) * (pricing?.spot?.discount ?? 0));
  const monthly = (count: number) => (committedUnits * committedHourly + Math.max(0, paid(count) - committedUnits) * marginalHourly) * HOURS_PER_MONTH;
  const sizes = stageSizes(node, p, eventMonthIndex);
  const bounds = boundsOf(node);
  const at = (stage: StageId): StageCost => {
    const size = sizes[stage];
    const counts = { min: isAutoscaled(node.kind) ? size.min : size.desired, desired: size.desired, max: bounds.max ?? size.desired };
    return { counts, monthly: { min: monthly(counts.min), desired: monthly(counts.desired), max: monthly(counts.max) } };
  };
  return {
    nodeId: node.id,
    name: node.name,
    unit: p.unit,
    hourly,
    pricingLabel: describePricing(node),
    committedUnits,
    marginalHourly,
    baseline: at('baseline'),
    event: at('t-1d'),
    eventExtraOnDemand: p.eventExtraCost,
    eventExtra: p.eventExtraCost * (marginalHourly / hourly),
  };
}

function addBand(a: CostBand, b: CostBand): CostBand {
  return { min: a.min + b.min, desired: a.desired + b.desired, max: a.max + b.max };
}

export function costSummary(plan: Plan, projection: Pick<Projection, 'eventMonthIndex' | 'byId'>): CostSummary {
  const tiers: TierCost[] = [];
  for (const node of plan.nodes) {
    const p = projection.byId[node.id];
    if (!p) continue;
    const t = tierCost(plan, node, p, projection.eventMonthIndex);
    if (t) tiers.push(t);
  }
  const zero = { min: 0, desired: 0, max: 0 };
  return {
    currency: plan.currency,
    tiers,
    baseline: tiers.reduce((s, t) => addBand(s, t.baseline.monthly), zero),
    event: tiers.reduce((s, t) => addBand(s, t.event.monthly), zero),
    eventExtraOnDemand: tiers.reduce((s, t) => s + t.eventExtraOnDemand, 0),
    eventExtra: tiers.reduce((s, t) => s + t.eventExtra, 0),
    discounted: tiers.some((t) => t.pricingLabel !== 'on demand'),
  };
}

/**
 * The summary in words, for the Capacity view and the CLI (the XLSX writes the numbers):
 * "Monthly at min / desired / max: normal 1 / 2 / 3 USD · at the event (T-1 day) 4 / 5 / 6 USD",
 * then the event's extra cost as bought when some tier is not on demand.
 */
export function describeCostRange(s: CostSummary, format: (n: number) => string): string[] {
  if (s.tiers.length === 0) return [];
  const band = (b: CostBand) => `${format(b.min)} / ${format(b.desired)} / ${format(b.max)} ${s.currency}`;
  const lines = [`Monthly at min / desired / max: normal ${band(s.baseline)} · at the event (T-1 day) ${band(s.event)}`];
  if (s.discounted) lines.push(`The event's extra cost as bought (reserved, savings plan, spot): ${format(s.eventExtra)} ${s.currency} (${format(s.eventExtraOnDemand)} on demand)`);
  return lines;
}
