import type { DailyPeak, GrowthMethod } from '../types';
import { median, theilSenSlope } from './theil-sen';

/**
 * The growth trend of daily peaks, fitted so that neither the weekly cycle nor a sale or an
 * outage moves it (issue 14). In log space, y = ln(peak):
 *
 *   y_i = a + b·t_i + w[dow_i] + e_i          t = days since the first day, Σw = 0
 *
 * 1. Backfitting, two rounds: b = Theil–Sen slope of (t, y − w), a = median(y − w − b·t);
 *    w[d] = median of the residuals y − a − b·t on weekday d, centred to sum 0.
 * 2. Residuals r_i = y_i − (a + b·t_i + w[dow_i]) on every day; σ = 1.4826 · MAD(r).
 *    A day is left out when |r_i| > c = max(3σ, ln 1.1): more than 3 robust standard
 *    deviations and more than 10 % from what its weekday would be at that point of the trend.
 * 3. Refit on the days kept; repeat 2–3 until the days left out stop changing (≤ 5 rounds).
 *
 * compound: g = e^(b·30.4375) − 1. linear: the kept days' peak ÷ e^w[dow] (the weekly
 * cycle taken out) fitted by Theil–Sen, g = slope·30.4375 ÷ the trend on the last day,
 * so load(m) = baseline·(1 + g·m) grows from today's level. R² is measured on the kept
 * days with the weekly cycle removed, in the space fitted: how much of what is left the
 * trend explains.
 */
export const DAYS_PER_MONTH = 30.4375;
const MS_PER_DAY = 86_400_000;
/** Robust standard deviations from the expected value beyond which a day is left out. */
export const OUTLIER_SIGMAS = 3;
/** …and never a day within ±10 % of it, so a very smooth history does not lose ordinary days. */
export const MIN_OUTLIER_LOG = Math.log(1.1);
/** MAD → standard deviation for normal noise. */
const MAD_TO_SIGMA = 1.4826;
/** Below this many usable days, no day is called an outlier. */
export const MIN_DAYS_FOR_OUTLIERS = 10;
/** The weekly cycle is removed only with at least this many of every weekday kept. */
const MIN_PER_WEEKDAY = 2;
/** Rounds of leaving days out and refitting before the kept set must have settled. */
const MAX_ROUNDS = 8;

export type LeftOutReason = 'surge' | 'high' | 'low' | 'zero';

export interface TrendPoint {
  date: string;
  peakRps: number;
  /** The trend without the weekly cycle, req/s. */
  trend: number;
  /** What this weekday would be at this point of the trend: trend × weekday factor. */
  expected: number;
  /** The band days are kept in: expected × e^(∓c). */
  low: number;
  high: number;
  /** Why this day was left out of the fit, or null when it was used. */
  leftOut: LeftOutReason | null;
}

export interface TrendFit {
  method: GrowthMethod;
  monthlyRate: number;
  /** Share of the kept days' variation (weekly cycle removed) the trend explains, in the space fitted. */
  r2: number;
  /** Fitted trend at t = 0 (ln req/s for compound, req/s for linear). */
  intercept: number;
  /** Per day, in the space fitted. */
  slope: number;
  weekly: { removed: boolean; factors: number[]; note: string | null };
  /** Days outside expected × e^(±logCut) are left out; null when too few days to judge. */
  logCut: number | null;
  points: TrendPoint[];
  pointsUsed: number;
  firstDate: string;
  lastDate: string;
}

export class GrowthFitError extends Error {
  override name = 'GrowthFitError';
}

interface LogFit {
  a: number;
  b: number;
  w: number[];
  weekly: boolean;
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

/** Trend and weekday effects of the kept days, by alternating Theil–Sen and weekday medians. */
function backfit(t: number[], y: number[], dow: number[], kept: number[], tryWeekly: boolean): LogFit {
  const perDay = [0, 0, 0, 0, 0, 0, 0];
  for (const i of kept) perDay[dow[i] ?? 0]! += 1;
  const weekly = tryWeekly && perDay.every((c) => c >= MIN_PER_WEEKDAY);
  let w = [0, 0, 0, 0, 0, 0, 0];
  const xs = kept.map((i) => t[i] ?? 0);
  let a = 0;
  let b = 0;
  for (let round = 0; round < (weekly ? 2 : 1); round++) {
    const z = kept.map((i) => (y[i] ?? 0) - (w[dow[i] ?? 0] ?? 0));
    b = theilSenSlope(xs, z);
    a = median(z.map((v, k) => v - b * (xs[k] ?? 0)));
    if (!weekly) break;
    const byDay: number[][] = [[], [], [], [], [], [], []];
    for (const i of kept) byDay[dow[i] ?? 0]!.push((y[i] ?? 0) - a - b * (t[i] ?? 0));
    const raw = byDay.map((r) => median(r));
    const mean = raw.reduce((s, v) => s + v, 0) / 7;
    w = raw.map((v) => v - mean);
  }
  if (weekly) {
    const z = kept.map((i) => (y[i] ?? 0) - (w[dow[i] ?? 0] ?? 0));
    b = theilSenSlope(xs, z);
    a = median(z.map((v, k) => v - b * (xs[k] ?? 0)));
  }
  return { a, b, w, weekly };
}

/**
 * Least squares with weekday effects on the kept days (Frisch–Waugh: the slope from values
 * centred within each weekday), the efficient estimate once the wild days are out.
 */
function leastSquares(t: number[], y: number[], dow: number[], kept: number[], tryWeekly: boolean): LogFit {
  const perDay = [0, 0, 0, 0, 0, 0, 0];
  for (const i of kept) perDay[dow[i] ?? 0]! += 1;
  const weekly = tryWeekly && perDay.every((c) => c >= MIN_PER_WEEKDAY);
  const group = (i: number): number => (weekly ? (dow[i] ?? 0) : 0);
  const sumT = [0, 0, 0, 0, 0, 0, 0];
  const sumY = [0, 0, 0, 0, 0, 0, 0];
  const n = [0, 0, 0, 0, 0, 0, 0];
  for (const i of kept) {
    const g = group(i);
    sumT[g]! += t[i] ?? 0;
    sumY[g]! += y[i] ?? 0;
    n[g]! += 1;
  }
  const meanT = sumT.map((v, g) => (n[g] ? v / (n[g] ?? 1) : 0));
  const meanY = sumY.map((v, g) => (n[g] ? v / (n[g] ?? 1) : 0));
  let sxx = 0;
  let sxy = 0;
  for (const i of kept) {
    const g = group(i);
    const dt = (t[i] ?? 0) - (meanT[g] ?? 0);
    sxx += dt * dt;
    sxy += dt * ((y[i] ?? 0) - (meanY[g] ?? 0));
  }
  const b = sxx > 0 ? sxy / sxx : 0;
  if (!weekly) return { a: (meanY[0] ?? 0) - b * (meanT[0] ?? 0), b, w: [0, 0, 0, 0, 0, 0, 0], weekly };
  const levels = meanY.map((m, g) => m - b * (meanT[g] ?? 0));
  const a = levels.reduce((s, v) => s + v, 0) / 7;
  return { a, b, w: levels.map((v) => v - a), weekly };
}

function lineByLeastSquares(xs: number[], ys: number[]): { intercept: number; slope: number } {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += ((xs[i] ?? 0) - mx) ** 2;
    sxy += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { intercept: my - slope * mx, slope };
}

function rSquared(obs: number[], fit: number[]): number {
  const n = obs.length;
  const mean = obs.reduce((s, v) => s + v, 0) / n;
  let ssTot = 0;
  let ssRes = 0;
  for (let i = 0; i < n; i++) {
    ssTot += ((obs[i] ?? 0) - mean) ** 2;
    ssRes += ((obs[i] ?? 0) - (fit[i] ?? 0)) ** 2;
  }
  // Relative threshold: float noise on flat data must not turn into a meaningless R².
  if (ssTot <= 1e-24 * Math.max(1, mean * mean)) return ssRes <= 1e-20 * Math.max(1, mean * mean) ? 1 : 0;
  return Math.max(0, 1 - ssRes / ssTot);
}

/** Steps 1–3 in log space: which days are kept, the weekday effects, the cut-off. Both methods start from it. */
export interface LogStage {
  days: readonly DailyPeak[];
  t: number[];
  y: number[];
  dow: number[];
  kept: number[];
  fit: LogFit;
  logCut: number | null;
  tryWeekly: boolean;
}

/** Steps 1–3 of the fit on `days` (ascending, one peak per date). Throws GrowthFitError with what to do. */
export function fitLogStage(days: readonly DailyPeak[]): LogStage {
  const all = days.map((d) => dayNumber(d.date));
  if (all.some((d) => !Number.isFinite(d))) throw new GrowthFitError('Growth needs daily peaks dated YYYY-MM-DD.');
  const usable = days.map((d, i) => i).filter((i) => (days[i]?.peakRps ?? 0) > 0);
  if (usable.length < 2) {
    throw new GrowthFitError(`Growth needs peaks above 0 on at least 2 different days to fit a trend; the window has ${usable.length}.`);
  }
  const t0 = all[0] ?? 0;
  const t = all.map((d) => d - t0);
  const y = days.map((d) => (d.peakRps > 0 ? Math.log(d.peakRps) : NaN));
  const dow = days.map((d) => new Date(`${d.date}T00:00:00Z`).getUTCDay());
  const judge = usable.length >= MIN_DAYS_FOR_OUTLIERS;
  const spanDays = (t[usable[usable.length - 1] ?? 0] ?? 0) - (t[usable[0] ?? 0] ?? 0) + 1;
  const tryWeekly = spanDays >= 21;

  let kept = usable;
  let fit = backfit(t, y, dow, kept, tryWeekly);
  let logCut: number | null = null;
  if (!judge) fit = leastSquares(t, y, dow, kept, tryWeekly);
  for (let round = 0; judge && round < MAX_ROUNDS; round++) {
    const r = usable.map((i) => (y[i] ?? 0) - fit.a - fit.b * (t[i] ?? 0) - (fit.w[dow[i] ?? 0] ?? 0));
    const mid = median(r);
    const sigma = MAD_TO_SIGMA * median(r.map((v) => Math.abs(v - mid)));
    logCut = Math.max(OUTLIER_SIGMAS * sigma, MIN_OUTLIER_LOG);
    const cut = logCut;
    const next = usable.filter((_, k) => Math.abs(r[k] ?? 0) <= cut);
    if (next.length < 2) break;
    const same = next.length === kept.length && next.every((v, k) => v === kept[k]);
    if (same && round > 0) break;
    kept = next;
    fit = leastSquares(t, y, dow, kept, tryWeekly);
  }
  return { days, t, y, dow, kept, fit, logCut, tryWeekly };
}

/** Fits the trend of `days` (ascending, one peak per date); pass the log stage when it is already fitted. */
export function fitRobustTrend(days: readonly DailyPeak[], method: GrowthMethod, stage: LogStage = fitLogStage(days)): TrendFit {
  const { t, y, dow, kept, logCut, tryWeekly } = stage;
  const fit = { ...stage.fit, w: [...stage.fit.w] };
  const keptSet = new Set(kept);
  const factor = fit.w.map((v) => Math.exp(v));
  const lastT = t[t.length - 1] ?? 0;
  let intercept = fit.a;
  let slope = fit.b;
  let monthlyRate = Math.expm1(fit.b * DAYS_PER_MONTH);
  let trendAt = (x: number): number => Math.exp(fit.a + fit.b * x);
  let r2: number;
  if (method === 'compound') {
    r2 = rSquared(kept.map((i) => (y[i] ?? 0) - (fit.w[dow[i] ?? 0] ?? 0)), kept.map((i) => fit.a + fit.b * (t[i] ?? 0)));
  } else {
    const xs = kept.map((i) => t[i] ?? 0);
    const p = kept.map((i) => days[i]?.peakRps ?? 0);
    // peak = (a + b·t) × f[dow]: alternate the line (least squares on peak ÷ f) and the
    // weekday factors (mean of peak ÷ line per weekday, geometric mean 1), from the log fit's f.
    let z = p;
    for (let round = 0; round < (fit.weekly ? 30 : 1); round++) {
      z = kept.map((i, k) => (p[k] ?? 0) / (factor[dow[i] ?? 0] ?? 1));
      ({ intercept, slope } = lineByLeastSquares(xs, z));
      if (!fit.weekly) break;
      const sum = [0, 0, 0, 0, 0, 0, 0];
      const n = [0, 0, 0, 0, 0, 0, 0];
      kept.forEach((i, k) => {
        const line = intercept + slope * (xs[k] ?? 0);
        if (line > 0) {
          sum[dow[i] ?? 0]! += (p[k] ?? 0) / line;
          n[dow[i] ?? 0]! += 1;
        }
      });
      const raw = sum.map((v, d) => (n[d] ? v / (n[d] ?? 1) : 1));
      const geo = Math.exp(raw.reduce((s, v) => s + Math.log(v), 0) / 7);
      raw.forEach((v, d) => (factor[d] = v / geo));
    }
    const level = intercept + slope * lastT;
    if (!(level > 0)) {
      throw new GrowthFitError(`A linear rate is relative to the trend on the last day (${days[days.length - 1]?.date}), which is ${level.toFixed(2)} req/s here: not above 0. Use a compound fit, another window or a typed rate.`);
    }
    monthlyRate = (slope * DAYS_PER_MONTH) / level;
    const [ia, sb] = [intercept, slope];
    trendAt = (x: number) => ia + sb * x;
    r2 = rSquared(z, xs.map((x) => ia + sb * x));
  }
  const band = logCut === null ? null : Math.exp(logCut);
  const points: TrendPoint[] = days.map((d, i) => {
    const trend = trendAt(t[i] ?? 0);
    const expected = trend * (factor[dow[i] ?? 0] ?? 1);
    let leftOut: LeftOutReason | null = null;
    if (!(d.peakRps > 0)) leftOut = 'zero';
    else if (!keptSet.has(i)) leftOut = d.peakRps > expected ? 'high' : 'low';
    return { date: d.date, peakRps: d.peakRps, trend, expected, low: band === null ? expected : expected / band, high: band === null ? expected : expected * band, leftOut };
  });
  const note = fit.weekly ? null : !tryWeekly ? 'under 3 weeks of days: the weekly cycle is not removed' : 'some weekday has under 2 days kept: the weekly cycle is not removed';
  return {
    method,
    monthlyRate,
    r2,
    intercept,
    slope,
    weekly: { removed: fit.weekly, factors: factor, note },
    logCut,
    points,
    pointsUsed: kept.length,
    firstDate: days[0]?.date ?? '',
    lastDate: days[days.length - 1]?.date ?? '',
  };
}
