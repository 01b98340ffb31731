import type { PlanNode } from '../model';
import { rampMinutes, rampPaceOf } from './scaling-policy';
import { boundsOf, desiredAtStage } from './stages';
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
  const row = i * env.slots;
  const n = { kind: node.kind, current: p.current, target: p.atEvent.required, normalAtEvent: env.required[row + Math.min(Math.max(eventMonthIndex, 0), horizon)] ?? p.current, normalAfter: env.required[row + Math.min(Math.max(eventMonthIndex + 1, 0), horizon)] ?? p.current };
  // The three counts only (as `stageSizesFor` places them): the findings check every autoscaled tier on each recompute.
  const bounds = boundsOf(node);
  const t2w = desiredAtStage(n, 't-2w', bounds);
  const t1w = desiredAtStage(n, 't-1w', bounds);
  const t1d = desiredAtStage(n, 't-1d', bounds);
  return {
    policy,
    t1w: { from: t2w, to: t1w, minutes: rampMinutes(t2w, t1w, policy) },
    t1d: { from: t1w, to: t1d, minutes: rampMinutes(t1w, t1d, policy) },
  };
}
