import type { KindDefinition } from '../kind';

export type LoadBalancerDetail = { kind: 'loadBalancer'; rpsPerUnit: number; cacheHitRatio: number };

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type LoadBalancerDefinition = KindDefinition<'loadBalancer'>;

// Its sizing detail joins the engine's union from here.
declare module '../../engine/types' {
  interface SizingDetails {
    loadBalancer: LoadBalancerDetail;
  }
}
