import type { KindDefinition } from '../kind';

export type DatabaseDetail = {
  kind: 'database';
  readRps: number;
  writeRps: number;
  replicasRequired: number;
  maxReplicas: number;
  aboveMax: boolean;
  /** Writes × (1 + buffer) / primary write capacity at target: above 1 the primary is short. */
  primaryWriteUtilization: number;
  /** Σ over connected services and worker pools of (their required count × pool size). */
  clientConnections: number;
  /** What the database sees: clientConnections, or the pooler's server connections when there is one. */
  connections: number;
  maxConnections: number;
};

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type DatabaseDefinition = KindDefinition<'database'>;

// Its sizing detail joins the engine's union from here.
declare module '../../engine/types' {
  interface SizingDetails {
    database: DatabaseDetail;
  }
}
