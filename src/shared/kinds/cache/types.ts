import type { KindDefinition } from '../kind';

export type CacheDetail = {
  kind: 'cache';
  /** Shards needed to hold the working set: ceil(workingSet × (1 + overhead) / node memory). */
  memoryNodes: number;
  /** Shards needed for the operations: ceil(ops × (1 + buffer) / ops per node). */
  opsNodes: number;
  shards: number;
  replicasPerNode: number;
  hitRatio: number;
};

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type CacheDefinition = KindDefinition<'cache'>;

// Its sizing detail joins the engine's union from here.
declare module '../../engine/types' {
  interface SizingDetails {
    cache: CacheDetail;
  }
}
