import type { NodeKind, PlanNode } from '../model';
import type { NodeProjection } from '../engine/types';

/**
 * One rule per stage of the countdown: how many units each node runs at each step. The
 * checklist's texts and the Terraform stage files both read these functions, so "T-1 week:
 * api 60 → 90" and `03-t-1w.tfvars`'s `desired_capacity = 90` cannot disagree.
 *
 * | stage    | data tier (database, cache) and load balancers | compute (service, worker pool)                  |
 * |----------|-------------------------------------------------|-------------------------------------------------|
 * | baseline | today's count                                   | today's count                                   |
 * | t-2w     | event target                                    | today's count                                   |
 * | t-1w     | event target                                    | min(target, max(today, ceil(3 × normal need)))  |
 * | t-1d     | event target                                    | event target                                    |
 * | after    | max(today, normal need after)                   | max(today, normal need after)                   |
 *
 * - *event target* is the engine's `atEvent.required` (buffer, N+k, zones, autoscaling min).
 * - *normal need* is the event month's need without the surge; "3×" is the seed's
 *   "T-1 week: scale compute to 3× normal" (a multiplier, configurable). Never below
 *   today's fleet (a pre-scale never shrinks) and never above the target.
 * - *normal need after* is the month after the event without surge (or the event month's
 *   when the horizon ends there): scale back, but not below what today's traffic needs.
 * Databases and caches go first because they cannot autoscale fast (seed 004). Managed
 * load balancers are pre-warmed by the provider, which takes days: they reach the target
 * at T-1 week, when the checklist asks the provider for it.
 * Every value is finally placed in [min, max]; a need above max is written as max with a
 * note, never hidden (the engine also reports it as an `above-max` finding).
 */

export const stageIds = ['baseline', 't-2w', 't-1w', 't-1d', 'after'] as const;
export type StageId = (typeof stageIds)[number];

export interface StageOptions {
  /** T-1 week compute level as a multiple of the event month's normal need (seed: 3). */
  interimMultiplier?: number;
}

export interface Bounds {
  min: number;
  /** null: the kind has no upper bound in the plan. */
  max: number | null;
}

export interface StageSize {
  desired: number;
  /** What the rule asked for before [min, max]; differs from desired only when clamped. */
  wanted: number;
  clampedToMax: boolean;
}

const earlyKinds: ReadonlySet<NodeKind> = new Set(['database', 'cache', 'loadBalancer']);

function normalNeed(node: Pick<NodeProjection, 'current' | 'monthly' | 'series'>, monthIndex: number): number {
  const required = node.series?.required ?? node.monthly.map((m) => m.required);
  if (required.length === 0) return node.current;
  const i = Math.min(Math.max(monthIndex, 0), required.length - 1);
  return required[i] ?? node.current;
}

/** The count a stage's rule asks for, before [min, max]. */
export function wantedAtStage(node: NodeProjection, eventMonthIndex: number, stage: StageId, options: StageOptions = {}): number {
  const today = node.current;
  const target = node.atEvent.required;
  const early = earlyKinds.has(node.kind);
  switch (stage) {
    case 'baseline':
      return today;
    case 't-2w':
      return early && node.kind !== 'loadBalancer' ? target : today;
    case 't-1w': {
      if (early) return target;
      const multiplier = options.interimMultiplier ?? 3;
      const interim = Math.ceil(normalNeed(node, eventMonthIndex) * multiplier);
      return Math.max(today, Math.min(target, interim));
    }
    case 't-1d':
      return target;
    case 'after':
      return Math.max(today, normalNeed(node, eventMonthIndex + 1));
  }
}

/** The plan's own [min, max] for a node's count: autoscaling bounds, the replica limit, or none. */
export function boundsOf(node: PlanNode): Bounds {
  switch (node.kind) {
    case 'service':
      return { min: node.params.minInstances, max: node.params.maxInstances };
    case 'workerPool':
      return { min: node.params.minWorkers, max: node.params.maxWorkers };
    case 'database':
      return { min: 0, max: node.params.maxReplicas };
    default:
      return { min: 0, max: null };
  }
}

export function sizeAtStage(node: NodeProjection, eventMonthIndex: number, stage: StageId, bounds: Bounds, options: StageOptions = {}): StageSize {
  const wanted = wantedAtStage(node, eventMonthIndex, stage, options);
  const clampedToMax = bounds.max !== null && wanted > bounds.max;
  const upper = bounds.max === null ? wanted : Math.min(wanted, bounds.max);
  // If a plan has min > max (the schema does not forbid it), max wins: the validation
  // block would reject the file anyway, and the comment line says why.
  const desired = Math.max(bounds.min, upper);
  return { desired: bounds.max === null ? desired : Math.min(desired, bounds.max), wanted, clampedToMax };
}

/** Every stage's size for one node: what the checklist says and what the tfvars set. */
export function stageSizes(planNode: PlanNode, node: NodeProjection, eventMonthIndex: number, options: StageOptions = {}): Record<StageId, StageSize> {
  const bounds = boundsOf(planNode);
  const out = {} as Record<StageId, StageSize>;
  for (const id of stageIds) out[id] = sizeAtStage(node, eventMonthIndex, id, bounds, options);
  return out;
}

/** More steps than any real fleet needs (1e15 → 0 at 30 % an hour takes ~100). */
const MAX_LADDER_STEPS = 200;

/**
 * "Scale down gradually (30 % an hour)": each hour keep 70 % of the previous hour's fleet,
 * and at least one unit fewer (ceil(2 × 0.7) is 2 again), never below `floor`. Bounded by
 * construction: every step drops by ≥ 1 and by ≥ 30 % while above 3, and after
 * MAX_LADDER_STEPS the last step goes straight to the floor (only for absurd sizes).
 */
export function scaleDownSteps(peak: number, floor: number, ratePerHour = 0.3): number[] {
  const steps = [peak];
  if (!Number.isFinite(peak) || !Number.isFinite(floor)) return peak > floor ? [peak, floor] : steps;
  const keep = Math.min(1, Math.max(0, 1 - ratePerHour));
  let size = peak;
  while (size > floor && steps.length < MAX_LADDER_STEPS) {
    size = Math.max(floor, Math.min(size - 1, Math.ceil(size * keep)));
    steps.push(size);
  }
  if (size > floor) steps.push(floor);
  return steps;
}
