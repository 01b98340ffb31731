import { describe, expect, it } from 'vitest';
import { parseTrafficText } from '../parser';
import { statsOfPeaks } from '../stats';
import { analyzeHistory, DEFAULT_SETTINGS } from './analyze';
import { DAYS_PER_MONTH } from './robust-trend';
import { synthesize, toCsv, weekdays, type Truth } from './synthetic.test-helper';

/** The old method, for comparison: least squares of ln(peak) on the day over every day. */
function leastSquaresOnEveryPeak(peaks: readonly { peakRps: number }[]): number {
  const n = peaks.length;
  const ys = peaks.map((p) => Math.log(p.peakRps));
  const mx = (n - 1) / 2;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  ys.forEach((y, x) => {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  });
  return Math.expm1((sxy / sxx) * DAYS_PER_MONTH);
}

/** The case: ten weeks, +3 %/month, quieter weekends, a 3-day sale (+250 %) ending two days before the history does. */
const saleTruth: Truth = {
  level: 10_000,
  monthlyGrowth: 0.03,
  weekly: weekdays(0.7),
  dailyAmplitude: 0.6,
  peakHourUtc: 19,
  pointNoise: 0.015,
  dayNoise: 0.008,
  days: 70,
  start: '2025-09-22',
  intervalMinutes: 15,
  missingDays: [],
  surge: { startDay: 65, days: 3, multiplier: 3.5 },
  seed: 14,
};

describe('a short history that ends just after a sale (issue 14)', () => {
  const history = synthesize(saleTruth);
  const analysis = analyzeHistory(history.dailyPeaks, DEFAULT_SETTINGS);

  it('fits the 3 %/month trend within half a point, where least squares on every peak is fooled', () => {
    if (!('fit' in analysis.growth)) throw new Error(analysis.growth.error);
    expect(Math.abs(analysis.growth.fit.monthlyRate - 0.03)).toBeLessThan(0.005);
    const ols = leastSquaresOnEveryPeak(history.dailyPeaks);
    expect(ols).toBeGreaterThan(0.1);
  });

  it('finds the sale: its three days, and how far above the trend it peaked', () => {
    expect(analysis.surges).toHaveLength(1);
    const sale = analysis.surges[0];
    expect(sale?.start).toBe('2025-11-26');
    expect(sale?.end).toBe('2025-11-28');
    expect(sale?.days).toBe(3);
    expect(sale?.multiplier).toBeGreaterThan(3.2);
    expect(sale?.multiplier).toBeLessThan(3.8);
    expect(sale?.percentIncrease).toBeCloseTo(((sale?.multiplier ?? 0) - 1) * 100, 10);
    expect(analysis.excludedDays.filter((d) => d.reason === 'surge').map((d) => d.date)).toEqual(['2025-11-26', '2025-11-27', '2025-11-28']);
  });

  it('leaves the sale out of the baseline, which then sits at the normal weekday peak', () => {
    const b = analysis.baseline;
    expect(b.excludedDays.map((d) => d.date)).toEqual(['2025-11-26', '2025-11-27', '2025-11-28']);
    expect(b.daysUsed).toBe(25);
    const lastWeekdays = history.dailyPeaks.slice(-28).filter((d, i) => ![26 - 3 + 0, 26 - 3 + 1, 26 - 3 + 2].includes(i) && ![0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()));
    const normal = statsOfPeaks(lastWeekdays.map((d) => d.peakRps)).peak;
    expect(b.rps).toBeLessThan(normal * 1.05);
    const withSale = analyzeHistory(history.dailyPeaks, { ...DEFAULT_SETTINGS, includeSurges: true }).baseline;
    expect(withSale.rps).toBeGreaterThan(2 * b.rps);
    expect(withSale.excludedDays).toEqual([]);
    expect(withSale.surgeDaysIncluded).toBe(3);
  });

  it('says in plain words what it did', () => {
    expect(analysis.quality).toMatch(/^weekly cycle removed; 3 days of a surge left out; .*the trend explains \d+% of the rest$/);
  });

  it('gives the same fit through the real parser', () => {
    const parsed = parseTrafficText(toCsv(history.points), { fileName: 'sale.csv' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const again = analyzeHistory(parsed.summary.dailyPeaks, DEFAULT_SETTINGS);
    if (!('fit' in again.growth) || !('fit' in analysis.growth)) throw new Error('no fit');
    expect(again.growth.fit.monthlyRate).toBeCloseTo(analysis.growth.fit.monthlyRate, 4);
  });
});

describe('windows and year over year', () => {
  const year: Truth = { ...saleTruth, days: 430, start: '2024-10-01', monthlyGrowth: 0.02, intervalMinutes: 60, surge: { startDay: 57, days: 3, multiplier: 3.5 }, seed: 9 };
  const history = synthesize(year);

  it('fits only the window asked for: the last N weeks, or a date range', () => {
    const last10 = analyzeHistory(history.dailyPeaks, { ...DEFAULT_SETTINGS, window: { kind: 'lastWeeks', weeks: 10 } });
    expect(last10.window.days).toBe(70);
    expect(last10.window.to).toBe(history.dailyPeaks.at(-1)?.date);
    expect(last10.surges).toEqual([]);
    const range = analyzeHistory(history.dailyPeaks, { ...DEFAULT_SETTINGS, window: { kind: 'range', from: '2024-11-01', to: '2024-12-31' } });
    expect([range.window.from, range.window.to, range.window.days]).toEqual(['2024-11-01', '2024-12-31', 61]);
    expect(range.surges.map((s) => [s.start, s.end])).toEqual([['2024-11-27', '2024-11-29']]);
    expect(range.baseline.to).toBe('2024-12-31');
    expect(range.window.description).toBe('2024-11-01 → 2024-12-31');
  });

  it('with 13 months or more, sets the same month last year beside the fit, last year\'s sale left out', () => {
    const a = analyzeHistory(history.dailyPeaks, DEFAULT_SETTINGS);
    expect(a.yoy?.month).toBe('2025-11');
    expect(a.yoy?.lastYearMonth).toBe('2024-11');
    expect(a.yoy?.yoyGrowth).toBeGreaterThan(Math.pow(1.02, 12) - 1 - 0.04);
    expect(a.yoy?.yoyGrowth).toBeLessThan(Math.pow(1.02, 12) - 1 + 0.04);
    expect(Math.abs((a.yoy?.monthlyEquivalent ?? 0) - 0.02)).toBeLessThan(0.003);
    if (!('fit' in a.growth)) throw new Error(a.growth.error);
    expect(Math.abs(a.growth.fit.monthlyRate - 0.02)).toBeLessThan(0.001);
    expect(analyzeHistory(history.dailyPeaks, { ...DEFAULT_SETTINGS, window: { kind: 'lastWeeks', weeks: 52 } }).yoy).toBeNull();
  });

  it('says why there is no trend when the window holds too little', () => {
    const a = analyzeHistory(history.dailyPeaks, { ...DEFAULT_SETTINGS, window: { kind: 'range', from: '2030-01-01' } });
    expect(a.growth).toEqual({ error: 'Growth needs peaks above 0 on at least 2 different days to fit a trend; the window has 0.' });
    expect(a.baseline.rps).toBe(0);
  });
});

describe('daily peaks as a hand-edited plan file may hold them', () => {
  it('out of order and repeated dates give the fit of the ordered days (the larger peak kept)', () => {
    const { dailyPeaks } = synthesize({ ...saleTruth, intervalMinutes: 60 });
    const shuffled = [...dailyPeaks].reverse();
    shuffled.push({ date: dailyPeaks[10]?.date ?? '', peakRps: 1 });
    const a = analyzeHistory(dailyPeaks, DEFAULT_SETTINGS);
    const b = analyzeHistory(shuffled, DEFAULT_SETTINGS);
    if (!('fit' in a.growth) || !('fit' in b.growth)) throw new Error('no fit');
    expect(b.growth.fit.monthlyRate).toBe(a.growth.fit.monthlyRate);
    expect(b.surges).toEqual(a.surges);
  });
});
