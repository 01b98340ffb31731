import type { KindDefinition } from '../kind';

/** A serverless function: concurrency by Little's law against its reservation or the account quota. */
export type FunctionDetail = {
  kind: 'serverlessFunction';
  /** load × average duration, before the buffer. */
  concurrency: number;
  /** The reservation, or the account's quota when nothing is reserved. */
  limit: number;
  reserved: boolean;
  accountLimit: number;
  /** Environments already warm when the surge starts: max(provisioned, normal concurrency). */
  warmConcurrency: number;
  /** At the event: seconds the platform needs to add the rest (0 in normal months). */
  burstSeconds: number;
  surgeRiseSeconds: number;
  /** At the event: provisioned concurrency that lets the rise fit in the surge's rise time. */
  provisionedNeeded: number;
  provisionedConcurrency: number;
  costPerMillionRequests: number;
};

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type ServerlessFunctionDefinition = KindDefinition<'serverlessFunction'>;

// The function's detail, its unit and its own finding rule join the engine's unions from here.
declare module '../../engine/types' {
  interface SizingDetails {
    serverlessFunction: FunctionDetail;
  }
  interface SizingUnits {
    executions: true;
  }
  interface KindFindingRules {
    'function-burst': true;
  }
}
