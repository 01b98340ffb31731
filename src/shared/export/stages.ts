import type { NodeKind } from '../model';
import type { NodeProjection } from '../engine/types';

/**
 * The countdown as Terraform stages: one tfvars file per step, applied in order by the
 * infra team. How each stage's desired count derives from the projection:
 *
 * | stage    | data tier (database, cache)  | compute (service, worker pool, load balancer)            |
 * |----------|------------------------------|----------------------------------------------------------|
 * | baseline | today's count                | today's count                                            |
 * | t-2w     | event target                 | today's count                                            |
 * | t-1w     | event target                 | interim: min(target, max(today, ceil(3 × normal need)))  |
 * | t-1d     | event target                 | event target                                             |
 * | after    | max(today, normal need after)| max(today, normal need after)                            |
 *
 * - *event target* is the engine's `atEvent.required` (buffer, N+k, zones, autoscaling min).
 * - *normal need* is the event month's need without the surge; "3×" is the seed's
 *   "T-1 week: scale compute to 3× normal" (a multiplier, configurable). Never below
 *   today's fleet (a pre-scale never shrinks) and never above the target.
 * - *normal need after* is the month after the event without surge (or the event month's
 *   when the horizon ends there): scale back, but not below what today's traffic needs.
 * Databases and caches go first because they cannot autoscale fast (seed 004).
 * Every value is finally placed in [min, max]; a need above max is written as max with a
 * comment line, never hidden (the engine also reports it as an `above-max` finding).
 */

export const stageIds = ['baseline', 't-2w', 't-1w', 't-1d', 'after'] as const;
export type StageId = (typeof stageIds)[number];

export interface StageInfo {
  id: StageId;
  /** File name stem: `01-baseline`, so a directory listing shows the order to apply. */
  fileStem: string;
  label: string;
  description: string;
}

export const stages: readonly StageInfo[] = [
  { id: 'baseline', fileStem: '01-baseline', label: 'Baseline', description: "today's sizes (what runs now)" },
  { id: 't-2w', fileStem: '02-t-2w', label: 'T-2 weeks', description: 'databases and caches pre-scaled to the event target; compute unchanged' },
  { id: 't-1w', fileStem: '03-t-1w', label: 'T-1 week', description: 'compute at the interim level; data tier at target' },
  { id: 't-1d', fileStem: '04-t-1d', label: 'T-1 day', description: 'everything at the event target' },
  { id: 'after', fileStem: '05-after', label: 'After', description: 'scaled back to the normal need after the event, never below today' },
];

export function isStageId(text: string): text is StageId {
  return (stageIds as readonly string[]).includes(text);
}

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

const dataTier: ReadonlySet<NodeKind> = new Set(['database', 'cache']);

function normalNeed(node: NodeProjection, monthIndex: number): number {
  const months = node.monthly;
  if (months.length === 0) return node.current;
  const i = Math.min(Math.max(monthIndex, 0), months.length - 1);
  return months[i]?.required ?? node.current;
}

/** The count a stage's rule asks for, before [min, max]. */
export function wantedAtStage(node: NodeProjection, eventMonthIndex: number, stage: StageId, options: StageOptions = {}): number {
  const today = node.current;
  const target = node.atEvent.required;
  const data = dataTier.has(node.kind);
  switch (stage) {
    case 'baseline':
      return today;
    case 't-2w':
      return data ? target : today;
    case 't-1w': {
      if (data) return target;
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

export function sizeAtStage(
  node: NodeProjection,
  eventMonthIndex: number,
  stage: StageId,
  bounds: Bounds,
  options: StageOptions = {},
): StageSize {
  const wanted = wantedAtStage(node, eventMonthIndex, stage, options);
  const clampedToMax = bounds.max !== null && wanted > bounds.max;
  const upper = bounds.max === null ? wanted : Math.min(wanted, bounds.max);
  // If a plan has min > max (the schema does not forbid it), max wins: the validation
  // block would reject the file anyway, and the comment line says why.
  const desired = Math.max(bounds.min, upper);
  return { desired: bounds.max === null ? desired : Math.min(desired, bounds.max), wanted, clampedToMax };
}
