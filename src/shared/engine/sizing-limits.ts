import type { PlanNode } from '../model';
import { TIGHT_THRESHOLD, explainLoad, Sizing, type SizeContext } from './sizing-common';
import type { NodeSizing, SizingStatus } from './types';

/**
 * Kinds the engine does not size but checks against a limit: a CDN's request limit, a
 * queue's message rate, an external provider's rate limit. A limit of 0 means none known.
 * Traffic sources are reported with their load only.
 */
export function sizeLimited(node: Extract<PlanNode, { kind: 'cdn' | 'queue' | 'external' | 'trafficSource' }>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  if (node.kind === 'trafficSource') {
    const g = ctx.loads.groupOfNode[i]!;
    const factor = ctx.loads.groups[g]?.factors[slot] ?? 1;
    return new Sizing(load, 0, 0, 0, 'ok', 0, 0, { kind: 'trafficSource', growthFactor: factor }, withSteps ? [explainLoad(ctx, i, slot)] : null, node, ctx, i, slot);
  }
  const limit = node.kind === 'cdn' ? node.params.maxRps : node.kind === 'queue' ? node.params.maxMessagesPerSecond : node.params.rateLimitRps;
  const utilization = limit > 0 ? load / limit : 0;
  const status: SizingStatus = utilization > 1 ? 'short' : utilization >= TIGHT_THRESHOLD ? 'tight' : 'ok';
  return new Sizing(load, 0, 0, 0, status, utilization, 0, { kind: node.kind, limit }, withSteps ? [
    explainLoad(ctx, i, slot),
    {
      label: 'Share of the limit',
      formula: 'load / limit (no limit known when 0)',
      inputs: [{ name: 'load', value: load, unit: 'rps' }, { name: 'limit', value: limit, unit: 'rps' }],
      value: utilization,
      unit: 'ratio',
    },
  ] : null, node, ctx, i, slot);
}
