import { describe, expect, it } from 'vitest';
import { percentileOfSorted, statsOfPeaks } from './stats';
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
