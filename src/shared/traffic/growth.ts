import { lastWindow } from './stats';
import type { DailyPeak, GrowthMethod } from './types';

/**
 * Growth fitted from daily peaks by ordinary least squares, x = days since the first
 * day used.
 * - compound: fits ln(peak) = intercept + slope·x, so peak ≈ e^intercept · e^(slope·x);
 *   monthlyRate = e^(slope · 30.4375) − 1 (30.4375 = 365.25 / 12 days per month), the g of
 *   load(m) = baseline · (1 + g)^m. R² is measured in log space, where the fit is made.
 * - linear: fits peak = intercept + slope·x; monthlyRate = slope · 30.4375 / intercept, i.e.
 *   the monthly increase relative to the fitted value on the first day, the g of
 *   load(m) = baseline · (1 + g·m) when the baseline is that first-day value.
 * Partial first/last days are used as they are; trim them with `windowDays` if they skew.
 */
export interface GrowthFit {
  method: GrowthMethod;
  monthlyRate: number;
  /** Coefficient of determination in the space fitted (log for compound); 1 when the data is flat and fitted exactly. */
  r2: number;
  /** Fitted value at x = 0 (ln of req/s for compound, req/s for linear). */
  intercept: number;
  /** Per day (ln units/day for compound, req/s per day for linear). */
  slope: number;
  /** The fitted curve in req/s, one point per daily peak used. */
  fittedLine: { date: string; value: number }[];
  pointsUsed: number;
  firstDate: string;
  lastDate: string;
}

export class GrowthFitError extends Error {
  override name = 'GrowthFitError';
}

export const DAYS_PER_MONTH = 30.4375;
const MS_PER_DAY = 86_400_000;

export function fitGrowth(dailyPeaks: readonly DailyPeak[], method: GrowthMethod, windowDays?: number): GrowthFit {
  const used = windowDays === undefined ? [...dailyPeaks] : lastWindow(dailyPeaks, windowDays);
  const days = used.map((d) => Date.parse(`${d.date}T00:00:00Z`) / MS_PER_DAY);
  if (days.some((d) => !Number.isFinite(d))) throw new GrowthFitError('Growth needs daily peaks dated YYYY-MM-DD.');
  const distinct = new Set(days).size;
  if (distinct < 2) {
    throw new GrowthFitError(`Growth needs peaks on at least 2 different days to fit a trend; the history has ${distinct}.`);
  }
  if (method === 'compound') {
    const bad = used.find((d) => !(d.peakRps > 0));
    if (bad !== undefined) {
      throw new GrowthFitError(`A compound fit takes the logarithm of each daily peak, so every peak must be above 0; ${bad.date} has ${bad.peakRps}. Use a linear fit or a window without that day.`);
    }
  }
  const x0 = Math.min(...days);
  const xs = days.map((d) => d - x0);
  const ys = used.map((d) => (method === 'compound' ? Math.log(d.peakRps) : d.peakRps));
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) {
    const r = (ys[i] ?? 0) - (intercept + slope * (xs[i] ?? 0));
    ssRes += r * r;
  }
  // Relative threshold: float noise on flat data must not turn into a meaningless R².
  const r2 = syy <= 1e-24 * Math.max(1, my * my) ? 1 : Math.max(0, 1 - ssRes / syy);
  let monthlyRate: number;
  if (method === 'compound') monthlyRate = Math.expm1(slope * DAYS_PER_MONTH);
  else {
    if (!(intercept > 0)) {
      throw new GrowthFitError(`A linear rate is relative to the fitted value on the first day (${used[0]?.date}), which is ${intercept.toFixed(2)} req/s here: not above 0. Use a shorter window or a typed rate.`);
    }
    monthlyRate = (slope * DAYS_PER_MONTH) / intercept;
  }
  const fittedLine = used.map((d, i) => {
    const y = intercept + slope * (xs[i] ?? 0);
    return { date: d.date, value: method === 'compound' ? Math.exp(y) : y };
  });
  return { method, monthlyRate, r2, intercept, slope, fittedLine, pointsUsed: n, firstDate: used[0]?.date ?? '', lastDate: used[n - 1]?.date ?? '' };
}
