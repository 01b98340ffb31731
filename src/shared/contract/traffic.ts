import { z } from 'zod';
import { TrafficHistorySummarySchema } from '../model/traffic-history';
import { TRAFFIC_FORMATS } from '../traffic/types';
import { call } from './call';
import { PlanIdSchema } from './plans';

/**
 * The traffic history calls. The renderer parses a file in a Web Worker and sends the
 * points to main as one block per UTC day: `begin` opens a staging series, `append`
 * adds day blocks, `commit` makes it the source's history in one transaction (replacing
 * the previous one), `discard` drops it (Cancel, or a failure). Until `commit` nothing
 * the user had changes.
 *
 * Blocks travel as base64 of little-endian Float64Array bytes so they are JSON-safe
 * over the web host's HTTP as well as IPC; one call stays under APPEND_MAX_CHARS so it
 * fits the web host's 32 MB body limit with room to spare.
 */
export const APPEND_MAX_CHARS = 8_000_000;

export const SourceNodeIdSchema = z.string().min(1).max(100);
export const ImportIdSchema = z.uuid();

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64 of Float64 bytes');

export const DayBlockSchema = z.object({
  /** Days since 1970-01-01 UTC. */
  day: z.number().int().min(0).max(1_000_000),
  /** Epoch milliseconds of the day's points, ascending: Float64Array bytes, base64. */
  t: base64,
  /** Requests per second of the same points. */
  v: base64,
});
export type DayBlockWire = z.infer<typeof DayBlockSchema>;

export const TrafficBeginSchema = z.object({
  planId: PlanIdSchema,
  sourceNodeId: SourceNodeIdSchema,
  fileName: z.string().min(1).max(500),
  format: z.enum(TRAFFIC_FORMATS),
});

export const TrafficAppendSchema = z
  .object({ importId: ImportIdSchema, blocks: z.array(DayBlockSchema).min(1).max(10_000) })
  .refine((input) => input.blocks.reduce((n, b) => n + b.t.length + b.v.length, 0) <= APPEND_MAX_CHARS, {
    message: `expected at most ${APPEND_MAX_CHARS.toLocaleString('en-US')} characters of blocks per call`,
  });

/** What the store knows of a source's active history. */
export const StoredHistorySchema = z.object({
  seriesId: ImportIdSchema,
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
  rowCount: z.number().int(),
  dayCount: z.number().int(),
  summary: TrafficHistorySummarySchema,
});
export type StoredHistory = z.infer<typeof StoredHistorySchema>;

const sourceRef = z.object({ planId: PlanIdSchema, sourceNodeId: SourceNodeIdSchema });
const importRef = z.object({ importId: ImportIdSchema });

export const trafficContract = {
  begin: call(TrafficBeginSchema, z.object({ importId: ImportIdSchema })),
  append: call(TrafficAppendSchema, z.object({ stored: z.number().int() })),
  /** Checks the rows stored against the summary, then replaces the source's history in one transaction. */
  commit: call(z.object({ importId: ImportIdSchema, summary: TrafficHistorySummarySchema }), StoredHistorySchema),
  discard: call(importRef, z.object({ discarded: z.boolean() })),
  /** The source's active history, or null when none was imported. */
  history: call(sourceRef, StoredHistorySchema.nullable()),
};
