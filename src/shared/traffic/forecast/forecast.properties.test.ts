import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeHistory, DEFAULT_SETTINGS } from './analyze';
import { monthlyStandardError, synthesize, type Truth } from './synthetic.test-helper';

/**
 * Random truths: trend, weekly and daily cycles, noise, missing days, a surge anywhere
 * (near the end included). The fit is held to what the noise allows: within 5 standard
 * errors of a least-squares fit of the clean days (0.05 pt when the history is noiseless).
 * For ten weeks with under 1 % day-to-day noise that bound is under half a point a month.
 */
const truthArb = fc.record({
  level: fc.double({ min: 50, max: 1e6, noNaN: true }),
  monthlyGrowth: fc.double({ min: -0.05, max: 0.15, noNaN: true }),
  weekend: fc.double({ min: 0.5, max: 1.2, noNaN: true }),
  friday: fc.double({ min: 0.9, max: 1.3, noNaN: true }),
  dailyAmplitude: fc.double({ min: 0, max: 0.8, noNaN: true }),
  peakHourUtc: fc.integer({ min: 0, max: 23 }),
  pointNoise: fc.double({ min: 0, max: 0.03, noNaN: true }),
  dayNoise: fc.double({ min: 0, max: 0.03, noNaN: true }),
  weeks: fc.integer({ min: 10, max: 60 }),
  gapShare: fc.double({ min: 0, max: 0.1, noNaN: true }),
  surge: fc.option(fc.record({ fromEnd: fc.integer({ min: 0, max: 60 }), days: fc.integer({ min: 1, max: 5 }), multiplier: fc.double({ min: 1.8, max: 5, noNaN: true }) }), { nil: null }),
  seed: fc.integer(),
});

type Drawn = typeof truthArb extends fc.Arbitrary<infer T> ? T : never;

function truthOf(r: Drawn): Truth {
  const days = r.weeks * 7;
  const surge = r.surge ? { startDay: Math.max(1, days - r.surge.fromEnd - r.surge.days), days: r.surge.days, multiplier: r.surge.multiplier } : null;
  const inSurge = (d: number) => surge !== null && d >= surge.startDay - 1 && d <= surge.startDay + surge.days;
  const missingDays = Array.from({ length: days }, (_, d) => d).filter((d) => d > 0 && d < days - 1 && !inSurge(d) && ((Math.imul(d + 1, 2_654_435_761) ^ r.seed) >>> 0) / 4_294_967_296 < r.gapShare);
  return {
    level: r.level,
    monthlyGrowth: r.monthlyGrowth,
    weekly: [r.weekend, 1, 1, 1, 1, r.friday, r.weekend],
    dailyAmplitude: r.dailyAmplitude,
    peakHourUtc: r.peakHourUtc,
    pointNoise: r.pointNoise,
    dayNoise: r.dayNoise,
    days,
    start: '2025-01-06',
    intervalMinutes: 60,
    missingDays,
    surge,
    seed: r.seed,
  };
}

describe('forecast on random synthetic histories with a known truth', () => {
  it('recovers the monthly growth within what the noise allows, surge or not', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(truthArb, (r) => {
        const truth = truthOf(r);
        const history = synthesize(truth);
        const a = analyzeHistory(history.dailyPeaks, DEFAULT_SETTINGS);
        if (!('fit' in a.growth)) throw new Error(a.growth.error);
        const tolerance = Math.max(5 * monthlyStandardError(history), 0.0005);
        expect(Math.abs(Math.log1p(a.growth.fit.monthlyRate) - Math.log1p(truth.monthlyGrowth))).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 80 },
    );
  });

  it('finds a surge on exactly its days, measures it, and leaves it out of the baseline', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(truthArb.filter((r) => r.surge !== null), (r) => {
        const truth = truthOf(r);
        const surge = truth.surge;
        if (surge === null) return;
        const history = synthesize(truth);
        const a = analyzeHistory(history.dailyPeaks, DEFAULT_SETTINGS);
        const dateOf = (d: number) => new Date(Date.parse(`${truth.start}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
        const found = a.surges.filter((s) => s.end >= dateOf(surge.startDay) && s.start <= dateOf(surge.startDay + surge.days - 1));
        expect(found).toHaveLength(1);
        // A surge is a run of consecutive days left out for being high: it holds every day of the
        // true surge, and a neighbour only when that day is itself at or above the band's top (day
        // noise can put the day after a surge on the band's edge: seed 661907405, 2025-04-16).
        const [first, last] = [dateOf(surge.startDay), dateOf(surge.startDay + surge.days - 1)];
        expect(found[0]!.start <= first && found[0]!.end >= last).toBe(true);
        for (const p of a.points.filter((q) => q.date >= found[0]!.start && q.date <= found[0]!.end && (q.date < first || q.date > last))) {
          expect(p.peakRps, `${p.date} joined the surge`).toBeGreaterThanOrEqual(p.high * (1 - 1e-9));
        }
        // Day-to-day noise moves a day by at most a few %: the measured multiplier is within 15 %.
        expect(Math.abs(Math.log((found[0]?.multiplier ?? 0) / surge.multiplier))).toBeLessThan(Math.log(1.15));
        const inBaseline = a.points.filter((p) => p.date >= a.baseline.from && p.leftOut === 'surge').map((p) => p.date);
        expect(a.baseline.excludedDays.map((d) => d.date)).toEqual(inBaseline);
      }),
      {
        numRuns: 60,
        // The day after this one-day surge sits exactly on the band's top (found in a CI run).
        examples: [[{ level: 50, monthlyGrowth: 0, weekend: 0.5, friday: 0.9, dailyAmplitude: 0, peakHourUtc: 0, pointNoise: 0, dayNoise: 0.027847388004026027, weeks: 15, gapShare: 0.08514511352404953, surge: { fromEnd: 5, days: 1, multiplier: 1.8 }, seed: -30 }]],
      },
    );
  });

  it('keeps every day inside the band and leaves out every day outside it', () => {
    fc.assert(
      fc.property(truthArb, (r) => {
        const a = analyzeHistory(synthesize(truthOf(r)).dailyPeaks, DEFAULT_SETTINGS);
        for (const p of a.points) {
          const outside = p.peakRps < p.low * (1 - 1e-9) || p.peakRps > p.high * (1 + 1e-9);
          if (p.leftOut === null) expect(outside).toBe(false);
        }
        expect(a.excludedDays).toHaveLength(a.points.filter((p) => p.leftOut !== null).length);
      }),
      { numRuns: 30 },
    );
  });
});
