import { kindOf } from '../kinds';
import type { Plan, PlanNode } from '../model';
import { resolvePolicy } from './sizing-common';
import type { NodeProjection } from './types';

/**
 * The scaling policy an autoscaled tier is handed off with, from the plan: target tracking
 * on average CPU at the headroom target (60 % by default), or on requests per instance at
 * the measured capacity per instance at that target. `requestsPerInstance` is written per
 * minute, as AWS's ALBRequestCountPerTarget counts: rps per instance × 60.
 */

export const SCALING_DEFAULTS = {
  metric: 'cpu',
  scaleOutCooldownSeconds: 60,
  scaleInCooldownSeconds: 300,
  warmupSeconds: 300,
  launchPerMinute: 10,
} as const;

export const scalingMetricNames = { cpu: 'ASGAverageCPUUtilization', requestsPerInstance: 'ALBRequestCountPerTarget' } as const;

export interface ScalingPolicy {
  metric: keyof typeof scalingMetricNames;
  /** CPU percent, or requests per instance per minute. */
  target: number;
  scaleOutCooldownSeconds: number;
  scaleInCooldownSeconds: number;
  warmupSeconds: number;
  launchPerMinute: number;
}

/**
 * A target as people write it: whole numbers from 1,000 up, three significant digits below
 * (65.5 %, 0.072 a minute). Never 0 for a positive value: terraform's validation (and AWS)
 * refuse a target of 0, and rounding a slow tier's requests a minute to a whole number did.
 */
function readableTarget(value: number): number {
  return value >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
}

/** The tier's policy, or null for a node without an Auto Scaling group. */
export function scalingPolicyOf(plan: Plan, node: PlanNode, projected: Pick<NodeProjection, 'atEvent'>): ScalingPolicy | null {
  const scaling = kindOf(node).asgScaling(node);
  if (!scaling) return null;
  const a = scaling.settings;
  const requestsPerUnit = scaling.requestsPerUnit(projected.atEvent);
  const cpuTarget = readableTarget(resolvePolicy(plan, node).targetUtilization * 100);
  return {
    metric: requestsPerUnit !== null ? 'requestsPerInstance' : 'cpu',
    target: requestsPerUnit !== null ? readableTarget(requestsPerUnit * 60) : cpuTarget,
    scaleOutCooldownSeconds: a.scaleOutCooldownSeconds ?? SCALING_DEFAULTS.scaleOutCooldownSeconds,
    scaleInCooldownSeconds: a.scaleInCooldownSeconds ?? SCALING_DEFAULTS.scaleInCooldownSeconds,
    warmupSeconds: a.warmupSeconds ?? SCALING_DEFAULTS.warmupSeconds,
    launchPerMinute: a.launchPerMinute ?? SCALING_DEFAULTS.launchPerMinute,
  };
}

/**
 * Minutes for a group to grow from `from` to `to` instances: launches at `launchPerMinute`,
 * and the last launched instance needs `warmupSeconds` before it takes traffic.
 * 0 when there is nothing to add. (30 → 183 at 10 a minute with 300 s warm-up: 16 + 5 = 21 min.)
 */
export function rampMinutes(from: number, to: number, policy: Pick<ScalingPolicy, 'launchPerMinute' | 'warmupSeconds'>): number {
  if (!(to > from)) return 0;
  return Math.ceil((to - from) / policy.launchPerMinute) + policy.warmupSeconds / 60;
}

/** How fast an autoscaled tier grows (launch rate, warm-up), or null for a node without an Auto Scaling group. */
export function rampPaceOf(node: PlanNode): Pick<ScalingPolicy, 'launchPerMinute' | 'warmupSeconds'> | null {
  const scaling = kindOf(node).asgScaling(node);
  if (!scaling) return null;
  const a = scaling.settings;
  return { launchPerMinute: a.launchPerMinute ?? SCALING_DEFAULTS.launchPerMinute, warmupSeconds: a.warmupSeconds ?? SCALING_DEFAULTS.warmupSeconds };
}
