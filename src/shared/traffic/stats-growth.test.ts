import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, fitGrowth, GrowthFitError } from './growth';
import { baselineFromSummary, percentileOfSorted, statsOfPeaks } from './stats';
import type { DailyPeak } from './types';

function days(values: number[], start = Date.UTC(2026, 0, 1)): DailyPeak[] {
  return values.map((peakRps, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), peakRps }));
}

describe('statistics of daily peaks', () => {
  it('interpolates percentiles linearly (PERCENTILE.INC)', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileOfSorted(sorted, 95)).toBeCloseTo(95.05, 10);
    expect(percentileOfSorted(sorted, 99)).toBeCloseTo(99.01, 10);
    expect(percentileOfSorted([7], 95)).toBe(7);
  });

  it('summarises max, mean, p95 and p99', () => {
    const s = statsOfPeaks([4, 1, 3, 2]);
    expect(s.peak).toBe(4);
    expect(s.mean).toBe(2.5);
    expect(s.p95).toBeCloseTo(3.85, 12);
    expect(s.p99).toBeCloseTo(3.97, 12);
  });
});

describe('baselineFromSummary', () => {
  const history = { dailyPeaks: days([...Array(30).fill(10), ...Array.from({ length: 28 }, (_, i) => 100 + i)]) };

  it('takes the statistic over the last N days only', () => {
    expect(baselineFromSummary(history, 'max', 28)).toBe(127);
    expect(baselineFromSummary(history, 'mean', 28)).toBe(113.5);
    expect(baselineFromSummary(history, 'p95', 28)).toBeCloseTo(100 + 0.95 * 27, 10);
    expect(baselineFromSummary(history, 'p99', 7)).toBeCloseTo(121 + 0.99 * 6, 10);
    expect(baselineFromSummary(history, 'mean', 1000)).toBeCloseTo((30 * 10 + 28 * 113.5) / 58, 10);
  });

  it('counts calendar days, so missing days shrink the sample rather than reach back', () => {
    const sparse = { dailyPeaks: [{ date: '2026-01-01', peakRps: 999 }, { date: '2026-01-20', peakRps: 5 }] };
    expect(baselineFromSummary(sparse, 'max', 7)).toBe(5);
  });

  it('is 0 for an empty history', () => {
    expect(baselineFromSummary({ dailyPeaks: [] }, 'p95', 28)).toBe(0);
  });
});

describe('fitGrowth', () => {
  it('recovers an exact compound monthly rate with R² = 1', () => {
    const g = 0.1;
    const peaks = Array.from({ length: 120 }, (_, d) => 1000 * Math.pow(1 + g, d / DAYS_PER_MONTH));
    const fit = fitGrowth(days(peaks), 'compound');
    expect(fit.monthlyRate).toBeCloseTo(g, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(Math.exp(fit.intercept)).toBeCloseTo(1000, 6);
    expect(fit.fittedLine[119]?.value).toBeCloseTo(peaks[119] ?? 0, 6);
    expect(fit.pointsUsed).toBe(120);
  });

  it('recovers a linear rate relative to the fitted first-day value', () => {
    const peaks = Array.from({ length: 60 }, (_, d) => 500 + 2 * d);
    const fit = fitGrowth(days(peaks), 'linear');
    expect(fit.slope).toBeCloseTo(2, 10);
    expect(fit.intercept).toBeCloseTo(500, 8);
    expect(fit.monthlyRate).toBeCloseTo((2 * DAYS_PER_MONTH) / 500, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('reports a low R² for noise with no trend', () => {
    const fit = fitGrowth(days([100, 140, 90, 150, 95, 145, 100, 140]), 'compound');
    expect(fit.r2).toBeLessThan(0.2);
  });

  it('fits only the window when asked', () => {
    const fit = fitGrowth(days([1, 1, 1, 1, 100, 110, 121]), 'compound', 3);
    expect(fit.pointsUsed).toBe(3);
    expect(fit.monthlyRate).toBeCloseTo(Math.pow(1.1, DAYS_PER_MONTH) - 1, 6);
  });

  it('uses real day distances when days are missing', () => {
    const fit = fitGrowth([{ date: '2026-01-01', peakRps: 100 }, { date: '2026-01-11', peakRps: 200 }], 'linear');
    expect(fit.slope).toBeCloseTo(10, 10);
  });

  it('refuses fewer than 2 distinct days, or a zero peak for a log fit', () => {
    expect(() => fitGrowth(days([5]), 'compound')).toThrow(GrowthFitError);
    expect(() => fitGrowth(days([5]), 'compound')).toThrow(/at least 2 different days/);
    expect(() => fitGrowth(days([5, 0, 6]), 'compound')).toThrow(/2026-01-02 has 0/);
    expect(() => fitGrowth(days([100, 50, 0]), 'linear')).not.toThrow();
  });

  it('a faster-growing history never fits a lower compound rate', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 2, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (g, extra) => {
        const a = days(Array.from({ length: 30 }, (_, d) => 100 * Math.pow(1 + g, d / 30)));
        const b = days(Array.from({ length: 30 }, (_, d) => 100 * Math.pow(1 + g + extra, d / 30)));
        expect(fitGrowth(b, 'compound').monthlyRate).toBeGreaterThan(fitGrowth(a, 'compound').monthlyRate);
      }),
    );
  });
});
