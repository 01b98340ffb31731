import type { NodeOfKind } from '../../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  redundancyExplanation,
  loadOnUnits,
  statusOf,
  withRedundancy,
  SizeScratch,
  type SizeContext,
  type SizeNumbers,
} from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';

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
  out.utilization = loadOnUnits(load, current, capacityAtFull);
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
