import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ApiError, type StoredHistory } from '../../shared/api';
import { describeProblems, problemsFromZod } from '../../shared/model/parse-plan';
import { TrafficHistorySummarySchema, type TrafficHistorySummary } from '../../shared/model/traffic-history';
import { MS_PER_DAY } from '../../shared/traffic';

/** One UTC day of points: little-endian Float64 bytes of epoch-ms timestamps and req/s values. */
export interface DayBlock {
  day: number;
  t: Uint8Array;
  v: Uint8Array;
}

export interface StageInput {
  planId: string;
  sourceNodeId: string;
  fileName: string;
  format: string;
}

interface SeriesRow {
  id: string;
  plan_id: string;
  source_node_id: string;
  status: 'staging' | 'active';
  file_name: string;
  format: string;
  imported_at: string;
  row_count: number;
  summary: string | null;
}

/**
 * Traffic histories (tables `traffic_series` and `traffic_blocks`, migration 3). An
 * import is staged as its own series, day blocks are appended to it, and `commit`
 * replaces the source's active series with it in one transaction: until then the old
 * history is untouched, so a cancelled or failed import changes nothing. Staging series
 * left by a crash are dropped at start-up (`discardAllStaging`).
 */
export function createTrafficRepository(db: Database, now: () => Date = () => new Date()) {
  const selectPlan = db.prepare<[string], { id: string }>('SELECT id FROM plans WHERE id = ?');
  const insertSeries = db.prepare(
    `INSERT INTO traffic_series (id, plan_id, source_node_id, status, file_name, format, imported_at, row_count)
     VALUES (?, ?, ?, 'staging', ?, ?, ?, 0)`,
  );
  const selectSeries = db.prepare<[string], SeriesRow>('SELECT * FROM traffic_series WHERE id = ?');
  const insertBlock = db.prepare('INSERT INTO traffic_blocks (series_id, day, point_count, t, v) VALUES (?, ?, ?, ?, ?)');
  const countStaged = db.prepare<[string], { points: number | null; days: number }>(
    'SELECT SUM(point_count) AS points, COUNT(*) AS days FROM traffic_blocks WHERE series_id = ?',
  );
  const deleteOthers = db.prepare("DELETE FROM traffic_series WHERE plan_id = ? AND source_node_id = ? AND status = 'active' AND id <> ?");
  const activate = db.prepare("UPDATE traffic_series SET status = 'active', row_count = ?, summary = ?, imported_at = ? WHERE id = ?");
  const deleteSeries = db.prepare('DELETE FROM traffic_series WHERE id = ?');
  const deleteStaging = db.prepare("DELETE FROM traffic_series WHERE status = 'staging'");
  const selectActive = db.prepare<[string, string], SeriesRow>(
    "SELECT * FROM traffic_series WHERE plan_id = ? AND source_node_id = ? AND status = 'active'",
  );
  const selectBlocks = db.prepare<[string], { day: number; t: Buffer; v: Buffer }>('SELECT day, t, v FROM traffic_blocks WHERE series_id = ? ORDER BY day');

  function requireStaging(seriesId: string): SeriesRow {
    const row = selectSeries.get(seriesId);
    if (!row) throw new ApiError('not-found', `no traffic import ${seriesId} (it was cancelled, or the app restarted)`);
    if (row.status !== 'staging') throw new ApiError('conflict', `traffic import ${seriesId} is already committed`);
    return row;
  }

  const appendTx = db.transaction((seriesId: string, blocks: readonly DayBlock[]) => {
    requireStaging(seriesId);
    let points = 0;
    for (const block of blocks) {
      const count = checkBlock(block);
      try {
        insertBlock.run(seriesId, block.day, count, block.t, block.v);
      } catch (error) {
        if (/UNIQUE|PRIMARY KEY/.test(String(error))) throw new ApiError('conflict', `day ${block.day} was sent twice in one import`);
        throw error;
      }
      points += count;
    }
    return points;
  });

  const commitTx = db.transaction((seriesId: string, summary: TrafficHistorySummary): StoredHistory => {
    const row = requireStaging(seriesId);
    const stored = countStaged.get(seriesId);
    const points = stored?.points ?? 0;
    if (points !== summary.rows) {
      throw new ApiError('invalid-input', `the import stored ${points.toLocaleString('en-US')} points but its summary says ${summary.rows.toLocaleString('en-US')} rows; nothing was changed`);
    }
    const importedAt = now().toISOString();
    deleteOthers.run(row.plan_id, row.source_node_id, seriesId);
    activate.run(points, JSON.stringify(summary), importedAt, seriesId);
    return { seriesId, fileName: row.file_name, format: row.format, importedAt, rowCount: points, dayCount: stored?.days ?? 0, summary };
  });

  function toHistory(row: SeriesRow): StoredHistory {
    let json: unknown = null;
    try {
      json = JSON.parse(row.summary ?? 'null');
    } catch {
      /* reported below */
    }
    const parsed = TrafficHistorySummarySchema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError('storage', `the stored summary of traffic history ${row.id} could not be read: ${describeProblems(problemsFromZod(parsed.error))}`);
    }
    return {
      seriesId: row.id,
      fileName: row.file_name,
      format: row.format,
      importedAt: row.imported_at,
      rowCount: row.row_count,
      dayCount: countStaged.get(row.id)?.days ?? 0,
      summary: parsed.data,
    };
  }

  return {
    /** Opens a staging series for an import; returns its id. */
    stage(input: StageInput): string {
      if (!selectPlan.get(input.planId)) throw new ApiError('not-found', `no plan with id ${input.planId}`);
      const id = randomUUID();
      insertSeries.run(id, input.planId, input.sourceNodeId, input.fileName, input.format, now().toISOString());
      return id;
    },
    /** Adds day blocks to a staging series, all or none of them; returns the points added. */
    appendBlocks(seriesId: string, blocks: readonly DayBlock[]): number {
      return appendTx(seriesId, blocks);
    },
    commit(seriesId: string, summary: TrafficHistorySummary): StoredHistory {
      return commitTx(seriesId, summary);
    },
    /** Drops a staging series (Cancel or failure). An active one is never discarded here. */
    discard(seriesId: string): boolean {
      const row = selectSeries.get(seriesId);
      if (!row || row.status !== 'staging') return false;
      deleteSeries.run(seriesId);
      return true;
    },
    /** At start-up: imports interrupted by a crash or a closed window. */
    discardAllStaging(): number {
      return deleteStaging.run().changes;
    },
    history(planId: string, sourceNodeId: string): StoredHistory | null {
      const row = selectActive.get(planId, sourceNodeId);
      return row ? toHistory(row) : null;
    },
    /** The source's active points, day by day (for charts that need more than daily peaks). */
    *points(planId: string, sourceNodeId: string): Generator<{ day: number; t: Float64Array; v: Float64Array }> {
      const row = selectActive.get(planId, sourceNodeId);
      if (!row) return;
      for (const block of selectBlocks.iterate(row.id)) yield { day: block.day, t: float64s(block.t), v: float64s(block.v) };
    },
  };
}
export type TrafficRepository = ReturnType<typeof createTrafficRepository>;

/**
 * Checks one block before it is stored: whole Float64s, as many values as timestamps,
 * timestamps ascending inside the block's UTC day, values finite and ≥ 0. Returns the
 * point count. The renderer's parser already checked the file; this guards the seam.
 */
function checkBlock(block: DayBlock): number {
  const { day, t, v } = block;
  if (t.byteLength === 0 || t.byteLength % 8 !== 0) throw new ApiError('invalid-input', `day ${day}: expected whole Float64 timestamps, found ${t.byteLength} bytes`);
  if (v.byteLength !== t.byteLength) throw new ApiError('invalid-input', `day ${day}: expected as many values as timestamps, found ${v.byteLength / 8} values for ${t.byteLength / 8} timestamps`);
  const tv = new DataView(t.buffer, t.byteOffset, t.byteLength);
  const vv = new DataView(v.buffer, v.byteOffset, v.byteLength);
  const start = day * MS_PER_DAY;
  let previous = start - 1;
  for (let at = 0; at < t.byteLength; at += 8) {
    const time = tv.getFloat64(at, true);
    if (!(time > previous) || time >= start + MS_PER_DAY) {
      throw new ApiError('invalid-input', `day ${day}: timestamp ${at / 8 + 1} is out of order or outside the day`);
    }
    previous = time;
    const value = vv.getFloat64(at, true);
    if (!(value >= 0) || !Number.isFinite(value)) throw new ApiError('invalid-input', `day ${day}: value ${at / 8 + 1} is not a number ≥ 0`);
  }
  return t.byteLength / 8;
}

/** Copies into an aligned Float64Array (a SQLite BLOB's Buffer may sit at any offset). */
function float64s(bytes: Uint8Array): Float64Array {
  const out = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
