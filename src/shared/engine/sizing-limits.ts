import type { PlanNode } from '../model';
import { TIGHT_THRESHOLD, explainLoad, Sizing, SizeScratch, type SizeContext, type SizeNumbers } from './sizing-common';
import type { NodeSizing } from './types';

type LimitedNode = Extract<PlanNode, { kind: 'cdn' | 'queue' | 'external' | 'trafficSource' }>;

export type LimitedNumbers = SizeNumbers & { limit: number; needed: number; growthFactor: number };

/**
 * Kinds the engine does not size but checks against a limit: a CDN's request limit, a
 * queue's message rate, an external provider's rate limit. A limit of 0 means none known.
 * The limit must hold the load with the node's buffer, as a sized tier's capacity does:
 * `utilization` is that need over the limit, so 1,979 rps with a 50 % buffer (2,969) on a
 * 2,000 limit is 148 %, short, where the bare load (99 %) would only look tight.
 * Traffic sources are reported with their load only.
 */
export function limitedNumbers(node: LimitedNode, ctx: SizeContext, i: number, slot: number, out: LimitedNumbers): LimitedNumbers {
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  out.loadRps = load;
  out.base = 0;
  out.required = 0;
  out.requiredUnclamped = 0;
  out.current = 0;
  out.monthlyCost = 0;
  if (node.kind === 'trafficSource') {
    const g = ctx.loads.groupOfNode[i]!;
    out.status = 'ok';
    out.utilization = 0;
    out.limit = 0;
    out.needed = 0;
    out.growthFactor = ctx.loads.groups[g]?.factors[slot] ?? 1;
    return out;
  }
  const limit = node.kind === 'cdn' ? node.params.maxRps : node.kind === 'queue' ? node.params.maxMessagesPerSecond : node.params.rateLimitRps;
  const needed = load * (1 + ctx.policies[i]!.buffer);
  const utilization = limit > 0 ? needed / limit : 0;
  out.needed = needed;
  out.status = utilization > 1 ? 'short' : utilization >= TIGHT_THRESHOLD ? 'tight' : 'ok';
  out.utilization = utilization;
  out.limit = limit;
  out.growthFactor = 1;
  return out;
}

export function sizeLimited(node: LimitedNode, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const n = limitedNumbers(node, ctx, i, slot, new SizeScratch());
  if (node.kind === 'trafficSource') {
    return new Sizing(n, { kind: 'trafficSource', growthFactor: n.growthFactor }, withSteps ? [explainLoad(ctx, i, slot)] : null, ctx, i, slot);
  }
  const { loadRps: load, utilization, limit, needed } = n;
  const buffer = ctx.policies[i]!.buffer;
  return new Sizing(n, { kind: node.kind, limit, buffer, needed }, withSteps ? [
    explainLoad(ctx, i, slot),
    {
      label: 'Need with the buffer',
      formula: 'load × (1 + buffer)',
      inputs: [{ name: 'load', value: load, unit: 'rps' }, { name: 'buffer', value: buffer, unit: 'ratio' }],
      value: needed,
      unit: 'rps',
    },
    {
      label: 'Share of the limit',
      formula: 'need / limit (no limit known when 0)',
      inputs: [{ name: 'need', value: needed, unit: 'rps' }, { name: 'limit', value: limit, unit: 'rps' }],
      value: utilization,
      unit: 'ratio',
    },
  ] : null, ctx, i, slot);
}
