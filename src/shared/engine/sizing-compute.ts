import type { NodeOfKind } from '../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  redundancyExplanation,
  statusOf,
  withRedundancy,
  SizeScratch,
  type SizeContext,
  type SizeNumbers,
} from './sizing-common';
import type { NodeSizing } from './types';

/**
 * Stateless compute. Capacity per instance at the target scales linearly from a measured
 * point (500 rps at 40 % CPU, target 60 % → 750): CPU-bound services are close to linear
 * in that range, and the UI says so.
 */
export type ServiceNumbers = SizeNumbers & { capacity: number; base: number; capacityAtFull: number };

export function serviceNumbers(node: NodeOfKind<'service'>, ctx: SizeContext, i: number, slot: number, out: ServiceNumbers): ServiceNumbers {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  const capacity = (p.measuredRps * policy.targetUtilization) / p.measuredUtilization;
  const base = ceilSafe((load * (1 + policy.buffer)) / capacity);
  const unclamped = withRedundancy(base, policy);
  const required = Math.max(unclamped, p.minInstances);
  const current = p.currentInstances;
  const capacityAtFull = p.measuredRps / p.measuredUtilization;
  out.loadRps = load;
  out.required = required;
  out.requiredUnclamped = unclamped;
  out.current = current;
  out.status = statusOf(required, unclamped, current, false);
  out.utilization = current > 0 ? load / (current * capacityAtFull) : load > 0 ? Infinity : 0;
  out.monthlyCost = p.hourlyCost * required * HOURS_PER_MONTH;
  out.capacity = capacity;
  out.base = base;
  out.capacityAtFull = capacityAtFull;
  return out;
}

export function sizeService(node: NodeOfKind<'service'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const n = serviceNumbers(node, ctx, i, slot, new SizeScratch());
  const { loadRps: load, requiredUnclamped: unclamped, required, current, utilization, capacity, base, capacityAtFull } = n;
  return new Sizing(
    n,
    { kind: 'service', capacityPerInstance: capacity, minInstances: p.minInstances, maxInstances: p.maxInstances, aboveMax: required > p.maxInstances },
    withSteps ? [
      explainLoad(ctx, i, slot),
      {
        label: 'Capacity per instance at target',
        formula: 'measuredRps × targetUtilization / measuredUtilization',
        inputs: [
          { name: 'measuredRps', value: p.measuredRps, unit: 'rps' },
          { name: 'measuredUtilization', value: p.measuredUtilization, unit: 'ratio' },
          policyInput(ctx, i, 'targetUtilization', 'targetUtilization', 'ratio'),
        ],
        value: capacity,
        unit: 'rps',
      },
      {
        label: 'Instances for the load',
        formula: 'ceil(load × (1 + buffer) / capacity)',
        inputs: [
          { name: 'load', value: load, unit: 'rps' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: 'capacity', value: capacity, unit: 'rps' },
        ],
        value: base,
        unit: 'instances',
      },
      redundancyExplanation(base, unclamped, policy, 'instances', ctx, i),
      {
        label: 'Within autoscaling bounds',
        formula: 'max(need, minInstances); a need above maxInstances is reported, not clamped',
        inputs: [
          { name: 'need', value: unclamped, unit: 'instances' },
          { name: 'minInstances', value: p.minInstances, unit: 'instances' },
          { name: 'maxInstances', value: p.maxInstances, unit: 'instances' },
        ],
        value: required,
        unit: 'instances',
      },
      {
        label: "Today's fleet at this load (projected CPU)",
        formula: 'load / (currentInstances × measuredRps / measuredUtilization)',
        inputs: [
          { name: 'load', value: load, unit: 'rps' },
          { name: 'currentInstances', value: current, unit: 'instances' },
          { name: 'capacity at 100%', value: capacityAtFull, unit: 'rps' },
        ],
        value: utilization,
        unit: 'ratio',
      },
    ] : null,
    ctx, i, slot,
  );
}

/** The backlog (messages) queued in front of a worker pool when the event starts. */
export function backlogInto(ctx: SizeContext, i: number): number {
  let backlog = 0;
  for (const e of ctx.graph.inEdges[i]!) {
    const src = ctx.plan.nodes[ctx.graph.edgeSource[e]!]!;
    if (src.kind === 'queue') backlog += src.params.initialBacklog;
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
  out.utilization = current > 0 ? busy / current : busy > 0 ? Infinity : 0;
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
      {
        label: 'Within pool bounds',
        formula: 'max(need, minWorkers); a need above maxWorkers is reported, not clamped',
        inputs: [
          { name: 'need', value: unclamped, unit: 'workers' },
          { name: 'minWorkers', value: p.minWorkers, unit: 'workers' },
          { name: 'maxWorkers', value: p.maxWorkers, unit: 'workers' },
        ],
        value: required,
        unit: 'workers',
      },
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

export type LoadBalancerNumbers = SizeNumbers & { base: number };

export function loadBalancerNumbers(node: NodeOfKind<'loadBalancer'>, ctx: SizeContext, i: number, slot: number, out: LoadBalancerNumbers): LoadBalancerNumbers {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  const base = ceilSafe((load * (1 + policy.buffer)) / p.rpsPerUnit);
  const required = withRedundancy(base, policy);
  const current = p.currentUnits;
  // rpsPerUnit is typed "at target": utilization is the share of it (no target applies).
  const capacityAtFull = p.rpsPerUnit;
  out.loadRps = load;
  out.required = required;
  out.requiredUnclamped = required;
  out.current = current;
  out.status = statusOf(required, required, current, false);
  out.utilization = current > 0 ? load / (current * capacityAtFull) : load > 0 ? Infinity : 0;
  out.monthlyCost = p.hourlyCost * required * HOURS_PER_MONTH;
  out.base = base;
  return out;
}

/** Load balancer / API gateway units: like a service, with a per-unit rate given at target. */
export function sizeLoadBalancer(node: NodeOfKind<'loadBalancer'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const n = loadBalancerNumbers(node, ctx, i, slot, new SizeScratch());
  const { loadRps: load, required, base } = n;
  return new Sizing(
    n,
    { kind: 'loadBalancer', rpsPerUnit: p.rpsPerUnit, cacheHitRatio: p.cacheHitRatio },
    withSteps ? [
      explainLoad(ctx, i, slot),
      {
        label: 'Units for the load',
        formula: 'ceil(load × (1 + buffer) / rpsPerUnit)',
        inputs: [
          { name: 'load', value: load, unit: 'rps' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: 'rpsPerUnit', value: p.rpsPerUnit, unit: 'rps' },
        ],
        value: base,
        unit: 'units',
      },
      redundancyExplanation(base, required, policy, 'units', ctx, i),
    ] : null,
    ctx, i, slot,
  );
}
