import type { DayBlockWire } from '../../../shared/api';
import type { TrafficImportError, TrafficImportOptions, TrafficSummary } from '../../../shared/traffic';

/** Messages between the traffic view and its import Worker (import.worker.ts). */
export type ToWorker =
  | { type: 'start'; file: File; options: TrafficImportOptions }
  /** Send the next batch of day blocks (one per api call): the page sets the pace, so memory stays flat. */
  | { type: 'next' };

export type FromWorker =
  | { type: 'progress'; bytesRead: number; totalBytes: number; rows: number }
  | { type: 'parsed'; summary: TrafficSummary; warnings: string[]; days: number; seriesChoices: string[] }
  | { type: 'failed'; error: TrafficImportError }
  | { type: 'batch'; blocks: DayBlockWire[]; daysSent: number }
  | { type: 'end' }
  | { type: 'crashed'; message: string };
