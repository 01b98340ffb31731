/**
 * How a history is cut for storage: one block per UTC day (days since 1970-01-01), the
 * layout of the store's `traffic_blocks` table. A block is written once and read whole,
 * which is far cheaper than a row per point (see docs/traffic-import.md, Performance).
 */
export const MS_PER_DAY = 86_400_000;

export interface DayRange {
  /** Days since 1970-01-01 UTC. */
  day: number;
  /** Index of the day's first point. */
  start: number;
  /** One past the day's last point. */
  end: number;
}

/** `t` is epoch ms, strictly ascending (as the parser returns it). */
export function dayRanges(t: ArrayLike<number>): DayRange[] {
  const out: DayRange[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const day = Math.floor((t[i] ?? 0) / MS_PER_DAY);
    const dayEnd = (day + 1) * MS_PER_DAY;
    let j = i + 1;
    while (j < n && (t[j] ?? 0) < dayEnd) j++;
    out.push({ day, start: i, end: j });
    i = j;
  }
  return out;
}

/** `YYYY-MM-DD` of a day number. */
export function dayToDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
