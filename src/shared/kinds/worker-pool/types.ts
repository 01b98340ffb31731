import type { KindDefinition } from '../kind';

export type WorkerPoolDetail = {
  kind: 'workerPool';
  arrivalRate: number;
  secondsPerMessage: number;
  minWorkers: number;
  maxWorkers: number;
  aboveMax: boolean;
  /** Backlog (messages) waiting at the start, from the queues feeding this pool. */
  backlog: number;
  /** Seconds to drain the backlog with `required` workers (null: never drains). */
  drainSeconds: number | null;
  /** Seconds to drain it with today's workers (null: never drains). */
  drainSecondsAtCurrent: number | null;
};

/**
 * The kind's definition type, named here so the registry's declaration (kinds/index.ts)
 * refers to this file: that keeps the merging below in every program that reads the registry.
 */
export type WorkerPoolDefinition = KindDefinition<'workerPool'>;

// Its sizing detail joins the engine's union from here.
declare module '../../engine/types' {
  interface SizingDetails {
    workerPool: WorkerPoolDetail;
  }
}
