import { keepMonth } from '../../engine/month-row';
import type { CacheDefinition } from './types';
import { cacheReadiness } from './readiness';
import { cacheXlsx } from './xlsx';
import { cacheNumbers, sizeCache } from './sizing';

/** A distributed cache: shards for memory or operations, each with its replicas; passes on its misses. */
export const cache: CacheDefinition = {
  kind: 'cache',
  label: 'Cache',
  defaultName: 'cache',
  unit: 'nodes',
  loadUnit: 'rps',
  maxLabel: 'its max',
  addAheadReason: 'this tier does not autoscale',
  findings: () => [],
  findingRules: [],
  typeAttribute: 'node_type',
  instanceServices: { services: ['elasticache'], what: 'an ElastiCache node type (cache.…)' },
  quota: { key: 'cacheNodesPerCluster', kind: 'cache-nodes-per-cluster', idPrefix: 'cache-nodes', label: 'the quota of nodes per cache cluster', unit: 'nodes' },
  chaosDrill: 'unit',
  rightSizes: true,
  asgScaling: () => null,
  autoscalingBounds: () => null,
  readiness: cacheReadiness,
  readinessFixes: { 'short-at-event': ['add-cache-nodes'] },
  standardChecklist: { gathers: { 'increase-cache-capacity': 'add-cache-nodes', 'prewarm-caches': 'prewarm-cache' }, prescaled: false },
  tfvars: {
    typeAttr: 'node_type',
    typeDescription: 'node type',
    min: null,
    desired: 'node_count',
    max: null,
    unitLabel: 'cache nodes (shards)',
    scheduled: false,
    attributes: [{ name: 'replicas_per_node', type: 'number', description: 'replicas of each shard' }],
    values: (node) => ({ replicas_per_node: node.params.replicasPerNode }),
    validations: () => [],
  },
  xlsx: cacheXlsx,
  stagePace: 'early',
  paidUnits: (_node, count) => count,
  costFromUsage: false,
  passOn: (node) => 1 - node.params.hitRatio,
  numbers: cacheNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, cacheNumbers(node, ctx, i, s, out));
  },
  size: sizeCache,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: () => null,
  dbPoolSize: () => null,
};
