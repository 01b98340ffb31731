import type { KindDefinition } from '../kind';

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type CdnDefinition = KindDefinition<'cdn'>;

// It is one of the limit-only kinds (kinds/limited.ts): their shared detail covers it from here.
declare module '../../engine/types' {
  interface LimitedKinds {
    cdn: true;
  }
}
