import { kindOf } from '../kinds';
import type { PlanNode } from '../model';
import { boundsOf } from './stages';

/**
 * A tier that runs far above its need outside the event: today's fleet is at least twice
 * what the busiest normal month up to the event needs (or the plan's min, when higher), and
 * two or more units above it. The conference sample's database runs 31 replicas where 6
 * carry today's load. Reported as information (a `right-size` finding) with the monthly
 * cost of the excess at on-demand prices; the event may still need the fleet (it does
 * there: 33), so the advice is to scale down after it, never before.
 */

export const RIGHT_SIZE_FACTOR = 2;
export const RIGHT_SIZE_MIN_EXCESS = 2;

export interface RightSizing {
  /** Today's need (month 0) and the busiest normal month's up to the event. */
  todayNeed: number;
  busiestNeed: number;
  /** What to keep: the busiest need, or the plan's min when higher. */
  keep: number;
  excess: number;
}


/** `required[row + m]` for months 0…lastMonth (the event month, clamped to the horizon). */
export function rightSizing(node: PlanNode, current: number, required: ArrayLike<number>, row: number, lastMonth: number): RightSizing | null {
  if (!kindOf(node).rightSizes) return null;
  const todayNeed = required[row] ?? 0;
  let busiestNeed = todayNeed;
  for (let m = 1; m <= lastMonth; m++) busiestNeed = Math.max(busiestNeed, required[row + m] ?? 0);
  const keep = Math.max(busiestNeed, boundsOf(node).min);
  const excess = current - keep;
  if (excess < RIGHT_SIZE_MIN_EXCESS || current < RIGHT_SIZE_FACTOR * keep) return null;
  return { todayNeed, busiestNeed, keep, excess };
}
