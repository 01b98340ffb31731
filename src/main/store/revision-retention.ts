/**
 * Which of a plan's revisions stay in the history. Every save is one revision row at first;
 * as it ages, it is thinned:
 * - the newest revision is always kept (it is the plan as saved);
 * - saved in the last hour: the last save of each minute (saves while typing coalesce);
 * - saved in the last 7 days: the last save of each hour;
 * - older: the last save of each day (UTC), kept for good: the daily snapshots.
 * So a history holds at most 60 + 168 revisions plus one per day the plan was edited,
 * however many saves there were (docs/architecture.md → Persistence).
 */
export interface RevisionStamp {
  revision: number;
  savedAt: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const RETENTION = [
  { within: HOUR, bucket: MINUTE },
  { within: 7 * DAY, bucket: HOUR },
  { within: Number.POSITIVE_INFINITY, bucket: DAY },
] as const;

function bucketOf(savedAt: number, now: number): string {
  const age = now - savedAt;
  const tier = RETENTION.findIndex((t) => age < t.within);
  const { bucket } = RETENTION[tier === -1 ? RETENTION.length - 1 : tier]!;
  return `${tier}:${Math.floor(savedAt / bucket)}`;
}

/** The revisions to delete: every one that a later revision in its bucket supersedes. */
export function revisionsToPrune(stamps: readonly RevisionStamp[], now: Date): number[] {
  const at = now.getTime();
  const newestInBucket = new Map<string, RevisionStamp>();
  for (const stamp of stamps) {
    const time = Date.parse(stamp.savedAt);
    const key = Number.isFinite(time) ? bucketOf(time, at) : `unparsed:${stamp.revision}`;
    const held = newestInBucket.get(key);
    if (!held || held.revision < stamp.revision) newestInBucket.set(key, stamp);
  }
  const kept = new Set([...newestInBucket.values()].map((s) => s.revision));
  return stamps.filter((s) => !kept.has(s.revision)).map((s) => s.revision);
}
