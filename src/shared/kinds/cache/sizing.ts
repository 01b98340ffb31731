import type { NodeOfKind } from '../../model';
import {
  HOURS_PER_MONTH,
  ceilSafe,
  explainLoad,
  Sizing,
  policyInput,
  loadOnUnits,
  statusOf,
  SizeScratch,
  type SizeContext,
  type SizeNumbers,
} from '../../engine/sizing-common';
import type { NodeSizing } from '../../engine/types';

/**
 * Cache: shards = max(memory need, ops need), then every shard gets its replicas, then the
 * total rounds up to a multiple of the zones. N+k is not added: replicas are the cache's
 * redundancy. The working set is taken as typed (it does not grow with traffic).
 */
export type CacheNumbers = SizeNumbers & { memoryNodes: number; opsNodes: number; shards: number };

export function cacheNumbers(node: NodeOfKind<'cache'>, ctx: SizeContext, i: number, slot: number, out: CacheNumbers): CacheNumbers {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const load = ctx.loads.load[i * ctx.loads.slots + slot]!;
  const memoryNeed = p.workingSetGb * (1 + p.memoryOverhead);
  const memoryNodes = ceilSafe(memoryNeed / p.nodeMemoryGb);
  const opsNodes = ceilSafe((load * (1 + policy.buffer)) / p.opsPerNode);
  const shards = Math.max(memoryNodes, opsNodes);
  out.base = shards;
  const z = policy.zones;
  const perShard = 1 + p.replicasPerNode;
  const required = z > 1 ? Math.ceil((shards * perShard) / z) * z : shards * perShard;
  const current = p.currentNodes;
  const currentShards = current / perShard;
  out.loadRps = load;
  out.required = required;
  out.requiredUnclamped = required;
  out.current = current;
  out.status = statusOf(required, required, current, false);
  out.utilization = Math.max(loadOnUnits(load, currentShards, p.opsPerNode), loadOnUnits(memoryNeed, currentShards, p.nodeMemoryGb));
  out.monthlyCost = p.hourlyCost * required * HOURS_PER_MONTH;
  out.memoryNodes = memoryNodes;
  out.opsNodes = opsNodes;
  out.shards = shards;
  return out;
}

export function sizeCache(node: NodeOfKind<'cache'>, ctx: SizeContext, i: number, slot: number, withSteps = false): NodeSizing {
  const p = node.params;
  const policy = ctx.policies[i]!;
  const n = cacheNumbers(node, ctx, i, slot, new SizeScratch());
  const { loadRps: load, required, memoryNodes, opsNodes, shards } = n;
  const z = policy.zones;
  return new Sizing(
    n,
    { kind: 'cache', memoryNodes, opsNodes, shards, replicasPerNode: p.replicasPerNode, hitRatio: p.hitRatio },
    withSteps ? [
      explainLoad(ctx, i, slot),
      {
        label: 'Shards for memory',
        formula: 'ceil(workingSetGb × (1 + memoryOverhead) / nodeMemoryGb)',
        inputs: [
          { name: 'workingSetGb', value: p.workingSetGb, unit: 'GB' },
          { name: 'memoryOverhead', value: p.memoryOverhead, unit: 'ratio' },
          { name: 'nodeMemoryGb', value: p.nodeMemoryGb, unit: 'GB' },
        ],
        value: memoryNodes,
        unit: 'nodes',
      },
      {
        label: 'Shards for operations',
        formula: 'ceil(ops × (1 + buffer) / opsPerNode)',
        inputs: [
          { name: 'ops', value: load, unit: 'ops/s' },
          policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
          { name: 'opsPerNode', value: p.opsPerNode, unit: 'ops/s' },
        ],
        value: opsNodes,
        unit: 'nodes',
      },
      {
        label: 'Nodes with replicas',
        formula: 'roundUpToMultiple(max(memory, ops) × (1 + replicasPerNode), zones)',
        inputs: [
          { name: 'shards', value: shards, unit: 'nodes' },
          { name: 'replicasPerNode', value: p.replicasPerNode, unit: 'replicas' },
          { name: 'zones', value: z, unit: 'zones' },
        ],
        value: required,
        unit: 'nodes',
      },
    ] : null,
    ctx, i, slot,
  );
}
