import type { KindDefinition } from '../kind';

export type SourceDetail = { kind: 'trafficSource'; growthFactor: number };

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type TrafficSourceDefinition = KindDefinition<'trafficSource'>;

// Its sizing detail joins the engine's union from here.
declare module '../../engine/types' {
  interface SizingDetails {
    trafficSource: SourceDetail;
  }
}
