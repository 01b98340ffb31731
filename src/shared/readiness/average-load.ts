import { kindOf } from '../kinds';
import type { EntryTraffic } from '../kinds/kind';
import type { Plan, PlanNode } from '../model';
import type { Projection } from '../engine/types';

/**
 * The average (not peak) load entering the system, per traffic source and in all, today
 * and at the event. Where a source's average comes from, in this order:
 *  1. imported history: the history's peak-to-average ratio (`historySummary.profile.
 *     peakToAverage`, written by the traffic import when it profiles the history), so
 *     average = baseline peak ÷ ratio;
 *  2. typed: `params.averageRps`;
 *  3. unknown: then the system's average is unknown too, and the stress test falls back to
 *     the peak with its buffer (load-tests.ts says so).
 * At the event a source's average grows and surges with its peak: average at the event =
 * the source's event-peak load × (average ÷ peak today), so a 40,000 average beside an
 * 85,000 peak stays 47 % of it.
 */
export type AverageSource = 'history' | 'typed' | 'unknown';

export type SourceAverage = {
  nodeId: string;
  name: string;
  from: AverageSource;
  /** Today's average requests/s here; null when unknown. */
  todayRps: number | null;
  /** The same share of the source's load at the event peak; null when unknown. */
  atEventRps: number | null;
};

export type AverageLoad = {
  sources: SourceAverage[];
  /** Σ over the sources at the event; null when any source with traffic has no average. */
  atEventRps: number | null;
  /** Names of the sources with traffic whose average is not known. */
  missing: string[];
};

/** The imported history's peak-to-average ratio, when its profile has one (≥ 1). */
export function historyPeakToAverage(node: PlanNode): number | null {
  const ratio = kindOf(node).entryTraffic(node)?.historySummary?.profile?.peakToAverage;
  return ratio !== undefined && Number.isFinite(ratio) && ratio >= 1 ? ratio : null;
}

function sourceAverage(node: PlanNode, entry: EntryTraffic, projection: Projection): SourceAverage {
  const peakToday = entry.baselineRps;
  const peakAtEvent = projection.byId[node.id]?.atEvent.loadRps ?? 0;
  const ratio = historyPeakToAverage(node);
  const typed = entry.averageRps;
  const base = { nodeId: node.id, name: node.name };
  let todayRps: number | null = null;
  let from: AverageSource = 'unknown';
  if (ratio !== null) {
    todayRps = peakToday / ratio;
    from = 'history';
  } else if (typed !== undefined) {
    todayRps = typed;
    from = 'typed';
  }
  if (todayRps === null) return { ...base, from, todayRps: null, atEventRps: null };
  const atEventRps = peakToday > 0 ? peakAtEvent * (todayRps / peakToday) : 0;
  return { ...base, from, todayRps, atEventRps };
}

export function averageLoad(plan: Plan, projection: Projection): AverageLoad {
  const sources = plan.nodes.flatMap((node) => {
    const entry = kindOf(node).entryTraffic(node);
    return entry ? [sourceAverage(node, entry, projection)] : [];
  });
  const missing = sources.filter((s) => s.atEventRps === null && (projection.byId[s.nodeId]?.atEvent.loadRps ?? 0) > 0).map((s) => s.name);
  const atEventRps = missing.length > 0 || sources.length === 0 ? null : sources.reduce((sum, s) => sum + (s.atEventRps ?? 0), 0);
  return { sources, atEventRps, missing };
}
