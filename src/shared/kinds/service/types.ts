import type { KindDefinition } from '../kind';

export type ServiceDetail = {
  kind: 'service';
  /** Requests/s one instance serves at the target utilization. */
  capacityPerInstance: number;
  minInstances: number;
  maxInstances: number;
  /** True when `requiredUnclamped` exceeds `maxInstances` (a finding, never hidden). */
  aboveMax: boolean;
};

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type ServiceDefinition = KindDefinition<'service'>;

// Its sizing detail joins the engine's union from here.
declare module '../../engine/types' {
  interface SizingDetails {
    service: ServiceDetail;
  }
}
