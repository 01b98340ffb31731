import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, theilSenNaive, theilSenSlope } from './theil-sen';

function ascending(gaps: number[]): number[] {
  let x = 0;
  return gaps.map((g) => (x += g));
}

describe('Theil–Sen slope', () => {
  it('is the median of the pairwise slopes, as listing them all gives, on random points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 60 }),
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 60, maxLength: 60 }),
        (gaps, values) => {
          const xs = ascending(gaps);
          const ys = values.slice(0, xs.length);
          const fast = theilSenSlope(xs, ys);
          const slow = theilSenNaive(xs, ys);
          expect(Math.abs(fast - slow)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(slow)));
        },
      ),
    );
  });

  it('ignores a few wild points that would drag a least-squares line', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const ys = xs.map((x) => 2 * x + 10);
    ys[47] = 500;
    ys[48] = 600;
    ys[49] = 550;
    expect(theilSenSlope(xs, ys)).toBeCloseTo(2, 9);
  });

  it('gives the exact slope of points on a line, and of two points', () => {
    expect(theilSenSlope([0, 1, 3, 7], [1, 1.5, 2.5, 4.5])).toBeCloseTo(0.5, 12);
    expect(theilSenSlope([2, 5], [4, -2])).toBe(-2);
  });

  it('median of an even and an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
