import type { KindDefinition } from '../kind';
import { cacheXlsx } from './xlsx';
import { cacheNumbers, sizeCache } from './sizing';

/** A distributed cache: shards for memory or operations, each with its replicas; passes on its misses. */
export const cache: KindDefinition<'cache'> = {
  kind: 'cache',
  label: 'Cache',
  defaultName: 'cache',
  unit: 'nodes',
  loadUnit: 'rps',
  maxLabel: 'its max',
  addAheadReason: 'this tier does not autoscale',
  findings: () => [],
  typeAttribute: 'node_type',
  autoscalingBounds: () => null,
  xlsx: cacheXlsx,
  stagePace: 'early',
  paidUnits: (_node, count) => count,
  costFromUsage: false,
  passOn: (node) => 1 - node.params.hitRatio,
  numbers: cacheNumbers,
  size: sizeCache,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  readsClientCounts: false,
  entryPoint: false,
  dbPoolSize: () => null,
};
