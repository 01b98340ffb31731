import type { NodeOfKind } from '../../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  redundancyExplanation,
  unitsForLoadExplanation,
  withinBoundsExplanation,
  loadOnUnits,
  statusOf,
  withRedundancy,
  SizeScratch,
  type SizeContext,
  type SizeNumbers,
} from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';

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
  out.utilization = loadOnUnits(load, current, capacityAtFull);
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
      unitsForLoadExplanation('Instances for the load', load, capacity, base, 'instances', ctx, i),
      redundancyExplanation(base, unclamped, policy, 'instances', ctx, i),
      withinBoundsExplanation('Within autoscaling bounds', unclamped, { name: 'minInstances', value: p.minInstances }, { name: 'maxInstances', value: p.maxInstances }, required, 'instances'),
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
