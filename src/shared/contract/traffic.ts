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
 * Blocks travel as bytes (little-endian Float64Array bytes in a Uint8Array): Electron's
 * IPC clones them as they are, and the web host takes them in a binary body
 * (shared/api-binary.ts), so no call pays for base64, JSON of numbers or a regex. One call
 * stays under APPEND_MAX_BYTES so it fits the web host's 32 MB body limit with room to spare.
 */
export const APPEND_MAX_BYTES = 16 * 1024 * 1024;

export const SourceNodeIdSchema = z.string().min(1).max(100);
export const ImportIdSchema = z.uuid();

const float64Bytes = z
  .instanceof(Uint8Array, { message: 'expected the bytes of Float64 values' })
  .refine((bytes) => bytes.byteLength > 0, 'expected at least one point')
  .refine((bytes) => bytes.byteLength % 8 === 0, 'expected whole Float64 values (a multiple of 8 bytes)');

export const DayBlockSchema = z.object({
  /** Days since 1970-01-01 UTC. */
  day: z.number().int().min(0).max(1_000_000),
  /** Epoch milliseconds of the day's points, ascending: Float64Array bytes. */
  t: float64Bytes,
  /** Requests per second of the same points. */
  v: float64Bytes,
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
  .refine((input) => input.blocks.reduce((n, b) => n + b.t.byteLength + b.v.byteLength, 0) <= APPEND_MAX_BYTES, {
    message: `expected at most ${APPEND_MAX_BYTES.toLocaleString('en-US')} bytes of blocks per call`,
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
