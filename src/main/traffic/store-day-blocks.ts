import type { StoredHistory } from '../../shared/api';
import { capHistorySummary, TrafficHistorySummarySchema } from '../../shared/model/traffic-history';
import { dayRanges, type TrafficPoints, type TrafficSummary } from '../../shared/traffic';
import type { DayBlock, StageInput, TrafficRepository } from '../store/traffic-repository';

/**
 * Stores a parsed history from main (the CLI, the bench, tests) the way the renderer's
 * import does over the api: one day block per UTC day, written to a staging series and
 * committed in one transaction, or discarded if anything fails.
 */

/** The points cut into per-day blocks: byte views of the typed arrays, nothing copied. */
export function dayBlocksOf(points: TrafficPoints): DayBlock[] {
  const { t, v } = points;
  return dayRanges(t).map(({ day, start, end }) => ({
    day,
    t: new Uint8Array(t.buffer, t.byteOffset + start * 8, (end - start) * 8),
    v: new Uint8Array(v.buffer, v.byteOffset + start * 8, (end - start) * 8),
  }));
}

export function storeImportedHistory(repo: TrafficRepository, source: StageInput, points: TrafficPoints, summary: TrafficSummary): StoredHistory {
  const seriesId = repo.stage(source);
  try {
    repo.appendBlocks(seriesId, dayBlocksOf(points));
    return repo.commit(seriesId, TrafficHistorySummarySchema.parse(capHistorySummary(summary)));
  } catch (error) {
    repo.discard(seriesId);
    throw error;
  }
}
