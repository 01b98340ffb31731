import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DailyPeak } from '../types';
import { DAYS_PER_MONTH, fitRobustTrend, GrowthFitError } from './robust-trend';

function days(values: number[], start = Date.UTC(2026, 0, 1)): DailyPeak[] {
  return values.map((peakRps, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), peakRps }));
}

describe('robust trend', () => {
  it('recovers an exact compound monthly rate with R² = 1 and leaves no day out', () => {
    const g = 0.1;
    const peaks = Array.from({ length: 120 }, (_, d) => 1000 * Math.pow(1 + g, d / DAYS_PER_MONTH));
    const fit = fitRobustTrend(days(peaks), 'compound');
    expect(fit.monthlyRate).toBeCloseTo(g, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(Math.exp(fit.intercept)).toBeCloseTo(1000, 6);
    expect(fit.points[119]?.trend).toBeCloseTo(peaks[119] ?? 0, 6);
    expect(fit.pointsUsed).toBe(120);
    expect(fit.points.every((p) => p.leftOut === null)).toBe(true);
  });

  it('takes an exact weekly cycle out and still finds the rate exactly', () => {
    const weekly = [0.6, 1, 1.05, 1, 1.1, 0.95, 0.55];
    const start = Date.UTC(2026, 0, 1);
    const peaks = Array.from({ length: 91 }, (_, d) => 500 * Math.pow(1.04, d / DAYS_PER_MONTH) * (weekly[new Date(start + d * 86_400_000).getUTCDay()] ?? 1));
    const fit = fitRobustTrend(days(peaks, start), 'compound');
    expect(fit.weekly.removed).toBe(true);
    expect(fit.monthlyRate).toBeCloseTo(0.04, 9);
    const mean = Math.exp(weekly.reduce((s, w) => s + Math.log(w), 0) / 7);
    weekly.forEach((w, d) => expect(fit.weekly.factors[d]).toBeCloseTo(w / mean, 9));
    expect(fit.r2).toBeCloseTo(1, 9);
  });

  it('linear: the monthly increase relative to the trend on the last day, so load(m) = baseline·(1 + g·m) grows from today', () => {
    const peaks = Array.from({ length: 60 }, (_, d) => 500 + 2 * d);
    const fit = fitRobustTrend(days(peaks), 'linear');
    expect(fit.slope).toBeCloseTo(2, 9);
    expect(fit.intercept).toBeCloseTo(500, 7);
    expect(fit.monthlyRate).toBeCloseTo((2 * DAYS_PER_MONTH) / (500 + 2 * 59), 9);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('reports a low R² for noise with no trend', () => {
    const fit = fitRobustTrend(days([100, 140, 90, 150, 95, 145, 100, 140, 92, 148, 97, 139]), 'compound');
    expect(fit.r2).toBeLessThan(0.2);
  });

  it('uses real day distances when days are missing', () => {
    const fit = fitRobustTrend([{ date: '2026-01-01', peakRps: 100 }, { date: '2026-01-11', peakRps: 200 }], 'linear');
    expect(fit.slope).toBeCloseTo(10, 10);
  });

  it('leaves out a day with no traffic instead of refusing the fit, and says why', () => {
    const peaks = Array.from({ length: 30 }, (_, d) => 100 + d);
    peaks[10] = 0;
    const fit = fitRobustTrend(days(peaks), 'compound');
    expect(fit.points[10]?.leftOut).toBe('zero');
    expect(fit.pointsUsed).toBe(29);
  });

  it('leaves out an outage day as low', () => {
    const peaks = Array.from({ length: 40 }, (_, d) => 1000 * (1 + 0.002 * d) * (1 + 0.01 * Math.sin(d)));
    peaks[20] = 300;
    const fit = fitRobustTrend(days(peaks), 'compound');
    expect(fit.points[20]?.leftOut).toBe('low');
    expect(fit.points.filter((p) => p.leftOut !== null)).toHaveLength(1);
  });

  it('refuses fewer than 2 days with traffic, saying so', () => {
    expect(() => fitRobustTrend(days([5]), 'compound')).toThrow(GrowthFitError);
    expect(() => fitRobustTrend(days([5, 0, 0]), 'compound')).toThrow(/at least 2 different days.*has 1/);
    expect(() => fitRobustTrend(days([100, 60, 10, 1]), 'linear')).toThrow(/not above 0/);
  });

  it('a faster-growing history never fits a lower compound rate', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 2, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (g, extra) => {
        const a = days(Array.from({ length: 30 }, (_, d) => 100 * Math.pow(1 + g, d / 30)));
        const b = days(Array.from({ length: 30 }, (_, d) => 100 * Math.pow(1 + g + extra, d / 30)));
        expect(fitRobustTrend(b, 'compound').monthlyRate).toBeGreaterThan(fitRobustTrend(a, 'compound').monthlyRate);
      }),
    );
  });
});
