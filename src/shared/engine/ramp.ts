import type { PlanNode } from '../model';
import { rampMinutes, rampPaceOf } from './scaling-policy';
import { boundsOf, stageSizesFor } from './stages';
import type { ProjectedNode } from './types';

/**
 * Ramp time of an autoscaled tier's two pre-scale steps, from the stage files' counts: the
 * T-1 week step (T-2 weeks count → T-1 week count) has the 6 days before T-1 day, the
 * T-1 day step (→ the event target) the last 24 h. Longer than that is `ramp-too-slow`.
 */

/** Minutes a phase leaves for its pre-scale step: T-1 week has 6 days before T-1 day, T-1 day 24 h. */
export const RAMP_WINDOW_MINUTES = { 't-1w': 6 * 24 * 60, 't-1d': 24 * 60 } as const;

/** The two pre-scale steps of an autoscaled tier (the stage files' counts) and their ramp times. */
export function rampSteps(node: PlanNode, p: ProjectedNode, eventMonthIndex: number, horizon: number, env: { required: Float64Array; slots: number }, i: number) {
  const policy = rampPaceOf(node);
  if (!policy) return null;
  const at = (m: number) => env.required[i * env.slots + Math.min(Math.max(m, 0), horizon)] ?? p.current;
  const sizes = stageSizesFor({ kind: node.kind, current: p.current, target: p.atEvent.required, normalAtEvent: at(eventMonthIndex), normalAfter: at(eventMonthIndex + 1) }, boundsOf(node));
  return {
    policy,
    t1w: { from: sizes['t-2w'].desired, to: sizes['t-1w'].desired, minutes: rampMinutes(sizes['t-2w'].desired, sizes['t-1w'].desired, policy) },
    t1d: { from: sizes['t-1w'].desired, to: sizes['t-1d'].desired, minutes: rampMinutes(sizes['t-1w'].desired, sizes['t-1d'].desired, policy) },
  };
}

