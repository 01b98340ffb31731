import { tzOffset } from '@date-fns/tz';
import type { DailyProfile } from '../../model/traffic-history';
import type { TrafficPoints } from '../types';
import { median } from './theil-sen';

/**
 * The daily shape of a history, from its points (not its daily peaks):
 * - peakToAverage = median over full UTC days of (the day's highest point ÷ the day's mean
 *   of points). A plan's average load is baseline ÷ peakToAverage: the load a
 *   "400 % of average" stress test starts from.
 * - quarterHours[s] = mean over full days of (mean of the day's points in UTC quarter-hour
 *   s ÷ the day's mean); the peak hour is the local hour whose quarter-hours average
 *   highest, told in a zone with its UTC offset on a given date (so DST is right).
 * A full day has at least 90 % of the points its interval promises. Data coarser than
 * hourly has no daily shape: null.
 */
const MS_PER_DAY = 86_400_000;
const SLOT_MS = 15 * 60_000;
const SLOTS = 96;
const FULL_DAY = 0.9;

/** Folds points one at a time (either time direction; a day's points together), as the import reads them. */
export interface ProfileFold {
  add(t: number, v: number): void;
  /** The profile once the interval is known; null when no day is full or the data is coarser than hourly. */
  result(intervalSeconds: number, timeZone: string, atMs: number): DailyProfile | null;
}

interface DayShape {
  count: number;
  ratio: number;
  /** Mean of each quarter-hour ÷ the day's mean; NaN where the day has no point. */
  slots: Float32Array;
}

export function createProfileFold(): ProfileFold {
  const closed: DayShape[] = [];
  const slotSum = new Float64Array(SLOTS);
  const slotCount = new Uint32Array(SLOTS);
  let day = NaN;
  let count = 0;
  let sum = 0;
  let peak = 0;
  function close(): void {
    if (count === 0) return;
    const mean = sum / count;
    if (mean > 0) {
      const slots = new Float32Array(SLOTS);
      for (let s = 0; s < SLOTS; s++) slots[s] = (slotCount[s] ?? 0) > 0 ? (slotSum[s] ?? 0) / (slotCount[s] ?? 1) / mean : NaN;
      closed.push({ count, ratio: peak / mean, slots });
    }
    slotSum.fill(0);
    slotCount.fill(0);
    count = 0;
    sum = 0;
    peak = 0;
  }
  return {
    add(t: number, v: number): void {
      const d = Math.floor(t / MS_PER_DAY);
      if (d !== day) {
        close();
        day = d;
      }
      count++;
      sum += v;
      if (v > peak) peak = v;
      const slot = Math.floor((t - d * MS_PER_DAY) / SLOT_MS);
      slotSum[slot] = (slotSum[slot] ?? 0) + v;
      slotCount[slot] = (slotCount[slot] ?? 0) + 1;
    },
    result(intervalSeconds: number, timeZone: string, atMs: number): DailyProfile | null {
      close();
      if (!(intervalSeconds > 0) || intervalSeconds > 3600) return null;
      const full = closed.filter((d) => d.count >= FULL_DAY * (86_400 / intervalSeconds));
      if (full.length === 0) return null;
      const total = new Float64Array(SLOTS);
      const days = new Uint32Array(SLOTS);
      for (const d of full) {
        for (let s = 0; s < SLOTS; s++) {
          const x = d.slots[s] ?? NaN;
          if (x === x) {
            total[s] = (total[s] ?? 0) + x;
            days[s] = (days[s] ?? 0) + 1;
          }
        }
      }
      const quarterHours = Array.from(total, (x, s) => ((days[s] ?? 0) > 0 ? Math.round((x / (days[s] ?? 1)) * 10_000) / 10_000 : null));
      const peakToAverage = Math.max(1, median(full.map((d) => d.ratio)));
      return { peakToAverage, peakHour: peakHourIn({ quarterHours }, timeZone, atMs), timeZone, daysUsed: full.length, quarterHours };
    },
  };
}

/** The profile of points already in hand (tests, and callers holding the points). */
export function dailyProfile(points: TrafficPoints, intervalSeconds: number, timeZone: string): DailyProfile | null {
  const fold = createProfileFold();
  for (let i = 0; i < points.t.length; i++) fold.add(points.t[i] ?? 0, points.v[i] ?? 0);
  return fold.result(intervalSeconds, timeZone, points.t[points.t.length - 1] ?? 0);
}

/** UTC offset of a zone at an instant, in minutes; 0 for a zone the runtime does not know. */
function offsetMinutes(timeZone: string, atMs: number): number {
  const minutes = tzOffset(timeZone, new Date(atMs));
  return Number.isFinite(minutes) ? minutes : 0;
}

/** The local hour (0–23) the profile peaks at in `timeZone`, with the offset in force at `atMs`. */
export function peakHourIn(profile: Pick<DailyProfile, 'quarterHours'>, timeZone: string, atMs: number): number {
  const shift = Math.round(offsetMinutes(timeZone, atMs) / 15);
  const hourSum = new Float64Array(24);
  const hourCount = new Uint32Array(24);
  profile.quarterHours.forEach((value, slot) => {
    if (value === null) return;
    const local = (((slot + shift) % SLOTS) + SLOTS) % SLOTS;
    const h = Math.floor(local / 4);
    hourSum[h] = (hourSum[h] ?? 0) + value;
    hourCount[h] = (hourCount[h] ?? 0) + 1;
  });
  let best = 0;
  let bestValue = -Infinity;
  for (let h = 0; h < 24; h++) {
    const c = hourCount[h] ?? 0;
    if (c === 0) continue;
    const mean = (hourSum[h] ?? 0) / c;
    if (mean > bestValue) {
      bestValue = mean;
      best = h;
    }
  }
  return best;
}

/**
 * The profile as the event sees it: peak hour in the event's zone on its first day. The
 * readiness view warns when the event starts in that hour; the plan's average load is
 * baselineRps ÷ peakToAverage.
 */
export function profileForEvent(profile: DailyProfile, event: { timeZone: string; startDate: string }): { peakToAverage: number; peakHour: number; timeZone: string } {
  const at = Date.parse(`${event.startDate}T12:00:00Z`);
  return { peakToAverage: profile.peakToAverage, peakHour: peakHourIn(profile, event.timeZone, Number.isFinite(at) ? at : 0), timeZone: event.timeZone };
}

/** Average req/s that goes with a peak baseline, by the history's peak-to-average ratio. */
export function averageFromPeak(baselineRps: number, profile: Pick<DailyProfile, 'peakToAverage'>): number {
  return baselineRps / profile.peakToAverage;
}
