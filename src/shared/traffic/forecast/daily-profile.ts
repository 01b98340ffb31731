import { tzOffset } from '@date-fns/tz';
import type { DailyProfile } from '../../model/traffic-history';
import type { TrafficParseResult, TrafficPoints } from '../types';
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

export function dailyProfile(points: TrafficPoints, intervalSeconds: number, timeZone: string): DailyProfile | null {
  if (!(intervalSeconds > 0) || intervalSeconds > 3600) return null;
  const { t, v } = points;
  const expected = 86_400 / intervalSeconds;
  const ratios: number[] = [];
  const slotSum = new Float64Array(SLOTS);
  const slotDays = new Uint32Array(SLOTS);
  const daySlotSum = new Float64Array(SLOTS);
  const daySlotCount = new Uint32Array(SLOTS);
  let i = 0;
  while (i < t.length) {
    const day = Math.floor((t[i] ?? 0) / MS_PER_DAY);
    let j = i;
    let sum = 0;
    let peak = 0;
    daySlotSum.fill(0);
    daySlotCount.fill(0);
    while (j < t.length && Math.floor((t[j] ?? 0) / MS_PER_DAY) === day) {
      const value = v[j] ?? 0;
      sum += value;
      if (value > peak) peak = value;
      const slot = Math.floor(((t[j] ?? 0) - day * MS_PER_DAY) / SLOT_MS);
      daySlotSum[slot] = (daySlotSum[slot] ?? 0) + value;
      daySlotCount[slot] = (daySlotCount[slot] ?? 0) + 1;
      j++;
    }
    const count = j - i;
    const mean = sum / count;
    if (count >= FULL_DAY * expected && mean > 0) {
      ratios.push(peak / mean);
      for (let s = 0; s < SLOTS; s++) {
        const c = daySlotCount[s] ?? 0;
        if (c > 0) {
          slotSum[s] = (slotSum[s] ?? 0) + (daySlotSum[s] ?? 0) / c / mean;
          slotDays[s] = (slotDays[s] ?? 0) + 1;
        }
      }
    }
    i = j;
  }
  if (ratios.length === 0) return null;
  const quarterHours = Array.from(slotSum, (s, k) => ((slotDays[k] ?? 0) > 0 ? Math.round((s / (slotDays[k] ?? 1)) * 10_000) / 10_000 : null));
  const shape = { quarterHours, timeZone };
  return { peakToAverage: Math.max(1, median(ratios)), peakHour: peakHourIn(shape, timeZone, t[t.length - 1] ?? 0), timeZone, daysUsed: ratios.length, quarterHours };
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

/** A parse result with its summary's daily profile, when the data is fine enough to have one. */
export function withDailyProfile(result: TrafficParseResult, timeZone: string): TrafficParseResult {
  if (!result.ok) return result;
  const profile = dailyProfile(result.points, result.summary.intervalSeconds, timeZone);
  return profile === null ? result : { ...result, summary: { ...result.summary, profile } };
}
