import type { NodeOfKind } from '../../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  redundancyExplanation,
  withinBoundsExplanation,
  loadOnUnits,
  statusOf,
  withRedundancy,
  SizeScratch,
  type SizeContext,
  type SizeNumbers,
} from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';
import { kindOf } from '..';

/** The backlog (messages) queued in front of a worker pool when the event starts. */
export function backlogInto(ctx: SizeContext, i: number): number {
  let backlog = 0;
  for (const e of ctx.graph.inEdges[i]!) {
    const src = ctx.plan.nodes[ctx.graph.edgeSource[e]!]!;
    backlog += kindOf(src).backlogAtStart(src);
  }
  return backlog;
}

/** Seconds to drain `backlog` with `workers` while `arrival` keeps coming; null = never. */
export function drainSeconds(backlog: number, workers: number, secondsPerMessage: number, arrival: number): number | null {
  if (backlog <= 0) return 0;
  const net = workers / secondsPerMessage - arrival;
  return net > 0 ? backlog / net : null;
}

/**
 * Little's law: busy workers = arrival rate × time per message. Dividing by the target
 * utilization leaves slack for bursts; the plan's buffer is applied as everywhere else
 * (with buffer 0 this is exactly capacity-model.md's formula).
 */
export type WorkerPoolNumbers = SizeNumbers & { base: number };

export function workerPoolNumbers(node: NodeOfKind<'workerPool'>, ctx: SizeContext, i: number, slot: number, out: WorkerPoolNumbers): WorkerPoolNumbers {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const arrival = ctx.loads.load[i * ctx.loads.slots + slot]!;
  const base = ceilSafe((arrival * (1 + policy.buffer) * p.secondsPerMessage) / policy.targetUtilization);
  const unclamped = withRedundancy(base, policy);
  const required = Math.max(unclamped, p.minWorkers);
  const current = p.currentWorkers;
  const busy = arrival * p.secondsPerMessage;
  out.loadRps = arrival;
  out.required = required;
  out.requiredUnclamped = unclamped;
  out.current = current;
  out.status = statusOf(required, unclamped, current, false);
  out.utilization = loadOnUnits(busy, current);
  out.monthlyCost = p.hourlyCost * required * HOURS_PER_MONTH;
  out.base = base;
  return out;
}

export function sizeWorkerPool(node: NodeOfKind<'workerPool'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const n = workerPoolNumbers(node, ctx, i, slot, new SizeScratch());
  const { loadRps: arrival, requiredUnclamped: unclamped, required, current, base } = n;
  // Only the event starts with a backlog (the queue's initialBacklog); normal months start empty.
  const backlog = slot === ctx.eventSlot ? backlogInto(ctx, i) : 0;
  const drain = drainSeconds(backlog, required, p.secondsPerMessage, arrival);
  const drainAtCurrent = drainSeconds(backlog, current, p.secondsPerMessage, arrival);
  return new Sizing(
    n,
    {
      kind: 'workerPool', arrivalRate: arrival, secondsPerMessage: p.secondsPerMessage, minWorkers: p.minWorkers,
      maxWorkers: p.maxWorkers, aboveMax: required > p.maxWorkers, backlog, drainSeconds: drain, drainSecondsAtCurrent: drainAtCurrent,
    },
    withSteps ? [
      explainLoad(ctx, i, slot),
      {
        label: "Workers by Little's law",
        formula: 'ceil(arrivalRate × (1 + buffer) × secondsPerMessage / targetUtilization)',
        inputs: [
          { name: 'arrivalRate', value: arrival, unit: 'msg/s' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: 'secondsPerMessage', value: p.secondsPerMessage, unit: 's' },
          policyInput(ctx, i, 'targetUtilization', 'targetUtilization', 'ratio'),
        ],
        value: base,
        unit: 'workers',
      },
      redundancyExplanation(base, unclamped, policy, 'workers', ctx, i),
      withinBoundsExplanation('Within pool bounds', unclamped, { name: 'minWorkers', value: p.minWorkers }, { name: 'maxWorkers', value: p.maxWorkers }, required, 'workers'),
      {
        label: 'Time to drain the backlog',
        formula: 'backlog / (workers / secondsPerMessage − arrivalRate)',
        inputs: [
          { name: 'backlog', value: backlog, unit: 'messages' },
          { name: 'workers', value: required, unit: 'workers' },
          { name: 'secondsPerMessage', value: p.secondsPerMessage, unit: 's' },
          { name: 'arrivalRate', value: arrival, unit: 'msg/s' },
        ],
        value: drain ?? Infinity,
        unit: 's',
      },
    ] : null,
    ctx, i, slot,
  );
}
