import { describe, expect, it } from 'vitest';
import { TrafficHistorySummarySchema } from '../../model/traffic-history';
import { parseTrafficText } from '../parser';
import { averageFromPeak, dailyProfile, peakHourIn, profileForEvent } from './daily-profile';
import { synthesize, toCsv, weekdays, type Truth } from './synthetic.test-helper';

const truth: Truth = {
  level: 2_000,
  monthlyGrowth: 0.02,
  weekly: weekdays(0.8),
  dailyAmplitude: 0.6,
  peakHourUtc: 19,
  pointNoise: 0.01,
  dayNoise: 0.01,
  days: 28,
  start: '2026-01-05',
  intervalMinutes: 15,
  missingDays: [],
  surge: null,
  seed: 3,
};

describe('daily profile', () => {
  const { points } = synthesize(truth);
  const profile = dailyProfile(points, 900, 'UTC');

  it('measures the peak-to-average ratio of a day: 1 + the wave amplitude', () => {
    expect(profile?.peakToAverage).toBeGreaterThan(1.6);
    expect(profile?.peakToAverage).toBeLessThan(1.7);
    expect(profile?.daysUsed).toBe(28);
    expect(profile?.peakHour).toBe(19);
  });

  it('tells the peak hour in the event zone, with the offset of the event date (DST)', () => {
    if (!profile) throw new Error('no profile');
    expect(peakHourIn(profile, 'Europe/Paris', Date.UTC(2026, 0, 15))).toBe(20);
    expect(peakHourIn(profile, 'Europe/Paris', Date.UTC(2026, 6, 15))).toBe(21);
    expect(peakHourIn(profile, 'America/New_York', Date.UTC(2026, 0, 15))).toBe(14);
    expect(peakHourIn(profile, 'Asia/Kolkata', Date.UTC(2026, 0, 15))).toBe(0);
    expect(profileForEvent(profile, { timeZone: 'Europe/Paris', startDate: '2026-07-01' })).toEqual({ peakToAverage: profile.peakToAverage, peakHour: 21, timeZone: 'Europe/Paris' });
    expect(averageFromPeak(1600, { peakToAverage: 1.6 })).toBe(1000);
  });

  it('uses full days only, and has no shape for data coarser than hourly', () => {
    const partial = { t: points.t.subarray(40), v: points.v.subarray(40) };
    expect(dailyProfile(partial, 900, 'UTC')?.daysUsed).toBe(27);
    expect(dailyProfile(points, 6 * 3600, 'UTC')).toBeNull();
  });

  it('comes with the summary of an import, in the zone the import read times in, and fits the plan schema', () => {
    const parsed = parseTrafficText(toCsv(points), { fileName: 'shape.csv', timeZone: 'Europe/Berlin' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.summary.profile?.timeZone).toBe('Europe/Berlin');
    expect(parsed.summary.profile?.peakHour).toBe(20);
    expect(TrafficHistorySummarySchema.safeParse(parsed.summary).success).toBe(true);
    const streamed = parseTrafficText(toCsv(points), { fileName: 'shape.csv', timeZone: 'Europe/Berlin', keepPoints: false });
    if (!streamed.ok) throw new Error(streamed.error.message);
    expect(streamed.summary.profile).toEqual(parsed.summary.profile);
  });
});
