import type { NodeKind, PlanNode } from '../model';
import { kindOf, type Bounds } from '../kinds';
import type { NodeProjection } from './types';

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
 *
 * The minimum an autoscaled tier (service, worker pool) holds at a stage: from the pre-warm
 * (T-1 week) to the event's end (the T-1 day stage holds through the event) it is the stage's
 * own count, so the group's scale-in (CPU below 30 % for 10 minutes) cannot remove the
 * pre-warmed fleet before the surge arrives. Before the pre-warm and after the event it is
 * the plan's own minimum; the schedule steps it down hour by hour with the scale-down ladder.
 */

export const stageIds = ['baseline', 't-2w', 't-1w', 't-1d', 'after'] as const;
export type StageId = (typeof stageIds)[number];

export interface StageOptions {
  /** T-1 week compute level as a multiple of the event month's normal need (seed: 3). */
  interimMultiplier?: number;
}

export type { Bounds };

export interface StageSize {
  /** The group's minimum at this stage: the pre-warmed count while the fleet must hold. */
  min: number;
  desired: number;
  /** What the rule asked for before [min, max]; differs from desired only when clamped. */
  wanted: number;
  clampedToMax: boolean;
}


/** Stages from the pre-warm to the event's end: an autoscaled tier's min is its count. */
export const holdingStages: ReadonlySet<StageId> = new Set(['t-1w', 't-1d']);

export function isAutoscaled(kind: NodeKind): boolean {
  return kindOf(kind).stagePace === 'autoscaled';
}

/** The minimum a node holds at a stage, given its placed size (see the table's note). */
export function minAtStage(kind: NodeKind, stage: StageId, desired: number, bounds: Bounds): number {
  return isAutoscaled(kind) && holdingStages.has(stage) ? Math.max(bounds.min, desired) : bounds.min;
}

/** What a stage rule reads about one node: enough to apply it before a NodeProjection exists. */
export interface StageInputs {
  kind: NodeKind;
  /** Today's count. */
  current: number;
  /** The event target (`atEvent.required`). */
  target: number;
  /** The event month's normal need (no surge). */
  normalAtEvent: number;
  /** The month after the event's normal need (the event month's when the horizon ends there). */
  normalAfter: number;
}

function clampMonth(month: number, months: number): number {
  return Math.min(Math.max(month, 0), Math.max(0, months - 1));
}

/** The stage inputs of a projected node: its monthly `required` around the event month. */
export function stageInputsOf(node: Pick<NodeProjection, 'kind' | 'current' | 'atEvent' | 'series' | 'monthly'>, eventMonthIndex: number): StageInputs {
  const required = node.series?.required ?? node.monthly.map((m) => m.required);
  const at = (m: number) => (required.length === 0 ? node.current : required[clampMonth(m, required.length)] ?? node.current);
  return { kind: node.kind, current: node.current, target: node.atEvent.required, normalAtEvent: at(eventMonthIndex), normalAfter: at(eventMonthIndex + 1) };
}

/** The count a stage's rule asks for, before [min, max]. */
export function wantedFor(n: StageInputs, stage: StageId, options?: StageOptions): number {
  const pace = kindOf(n.kind).stagePace;
  const early = pace === 'early' || pace === 'early-at-t1w';
  switch (stage) {
    case 'baseline':
      return n.current;
    case 't-2w':
      return pace === 'early' ? n.target : n.current;
    case 't-1w': {
      if (early) return n.target;
      const multiplier = options?.interimMultiplier ?? 3;
      return Math.max(n.current, Math.min(n.target, Math.ceil(n.normalAtEvent * multiplier)));
    }
    case 't-1d':
      return n.target;
    case 'after':
      return Math.max(n.current, n.normalAfter);
  }
}

/** The count a stage's rule asks for a projected node, before [min, max]. */
export function wantedAtStage(node: NodeProjection, eventMonthIndex: number, stage: StageId, options: StageOptions = {}): number {
  return wantedFor(stageInputsOf(node, eventMonthIndex), stage, options);
}

/** The plan's own [min, max] for a node's count: autoscaling bounds, the replica limit, or none. */
export function boundsOf(node: PlanNode): Bounds {
  return kindOf(node).bounds(node);
}

/** A wanted count placed in [min, max]: max wins over min (the tfvars validation then refuses it, saying why). */
export function clampToBounds(wanted: number, bounds: Bounds): Omit<StageSize, 'min'> {
  const clampedToMax = bounds.max !== null && wanted > bounds.max;
  return { desired: placedCount(wanted, bounds), wanted, clampedToMax };
}

/** `clampToBounds(wanted, bounds).desired`, as a number only. */
function placedCount(wanted: number, bounds: Bounds): number {
  const upper = bounds.max === null ? wanted : Math.min(wanted, bounds.max);
  const desired = Math.max(bounds.min, upper);
  return bounds.max === null ? desired : Math.min(desired, bounds.max);
}

/**
 * A stage's placed count (`stageSizesFor(n, bounds)[stage].desired`) without building the
 * stage objects: the engine reads three of them per node on every recompute.
 */
export function desiredAtStage(n: StageInputs, stage: StageId, bounds: Bounds, options?: StageOptions): number {
  return placedCount(wantedFor(n, stage, options), bounds);
}

/** A stage's size: the wanted count placed in the bounds, with the minimum the stage holds. */
export function placeAtStage(kind: NodeKind, stage: StageId, wanted: number, bounds: Bounds): StageSize {
  const placed = clampToBounds(wanted, bounds);
  return { min: minAtStage(kind, stage, placed.desired, bounds), ...placed };
}

export function sizeAtStage(node: NodeProjection, eventMonthIndex: number, stage: StageId, bounds: Bounds, options: StageOptions = {}): StageSize {
  return placeAtStage(node.kind, stage, wantedAtStage(node, eventMonthIndex, stage, options), bounds);
}

/** Every stage's size from the stage inputs and the node's bounds. */
export function stageSizesFor(n: StageInputs, bounds: Bounds, options: StageOptions = {}): Record<StageId, StageSize> {
  const out = {} as Record<StageId, StageSize>;
  for (const id of stageIds) out[id] = placeAtStage(n.kind, id, wantedFor(n, id, options), bounds);
  return out;
}

/**
 * Hours each stage's fleet runs before the event ends, for the event's extra cost: T-2 weeks
 * holds from 14 to 7 days before, T-1 week from 7 days to 1 day before, T-1 day the last
 * 24 h, then the event days at the T-1 day size. Baseline and after are the normal plan.
 */
export function stageHours(durationDays: number): Record<'t-2w' | 't-1w' | 't-1d' | 'during', number> {
  return { 't-2w': 7 * 24, 't-1w': 6 * 24, 't-1d': 24, during: durationDays * 24 };
}

/** Every stage's size for one node: what the checklist says and what the tfvars set. */
export function stageSizes(planNode: PlanNode, node: NodeProjection, eventMonthIndex: number, options: StageOptions = {}): Record<StageId, StageSize> {
  return stageSizesFor(stageInputsOf(node, eventMonthIndex), boundsOf(planNode), options);
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
