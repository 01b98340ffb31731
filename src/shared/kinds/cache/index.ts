import type { KindDefinition } from '../kind';
import { cacheNumbers, sizeCache } from './sizing';

/** A distributed cache: shards for memory or operations, each with its replicas; passes on its misses. */
export const cache: KindDefinition<'cache'> = {
  kind: 'cache',
  label: 'Cache',
  unit: 'nodes',
  loadUnit: 'rps',
  stagePace: 'early',
  fixedUnits: 0,
  passOn: (node) => 1 - node.params.hitRatio,
  numbers: cacheNumbers,
  size: sizeCache,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  readsClientCounts: false,
  entryPoint: false,
  dbPoolSize: () => null,
};
