import type { DailyPeak, TrafficPoints } from '../types';
import { DAYS_PER_MONTH } from './robust-trend';

/**
 * Synthetic histories with a known truth, for the forecast tests: a compound trend, a
 * weekly cycle, a daily wave, noise per point and per day, missing days and a surge.
 */
export interface Truth {
  /** req/s of the daily peak's level on day 0 (before weekly factor and noise). */
  level: number;
  monthlyGrowth: number;
  /** Multiplier of each weekday, Sunday first. */
  weekly: number[];
  /** Daily wave: value × (1 + amplitude·cos(2π(h − peakHourUtc)/24)), h in UTC hours. */
  dailyAmplitude: number;
  peakHourUtc: number;
  /** Lognormal noise: per point and per day (the whole day up or down). */
  pointNoise: number;
  dayNoise: number;
  days: number;
  /** UTC date of day 0. */
  start: string;
  intervalMinutes: number;
  missingDays: number[];
  surge: { startDay: number; days: number; multiplier: number } | null;
  seed: number;
}

export const weekdays = (weekend: number): number[] => [weekend, 1, 1, 1, 1, 1, weekend];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export interface Synthetic {
  points: TrafficPoints;
  dailyPeaks: DailyPeak[];
  /** ln(peak ÷ (trend × weekday × wave peak)) of each non-surge day: the noise the fit faced. */
  dayResiduals: { day: number; residual: number }[];
}

export function synthesize(truth: Truth): Synthetic {
  const rand = mulberry32(truth.seed);
  const start = Date.parse(`${truth.start}T00:00:00Z`);
  const perDay = Math.round(1440 / truth.intervalMinutes);
  const missing = new Set(truth.missingDays);
  const t: number[] = [];
  const v: number[] = [];
  const dailyPeaks: DailyPeak[] = [];
  const dayResiduals: { day: number; residual: number }[] = [];
  for (let d = 0; d < truth.days; d++) {
    if (missing.has(d)) continue;
    const dayStart = start + d * 86_400_000;
    const dow = new Date(dayStart).getUTCDay();
    const trend = truth.level * Math.pow(1 + truth.monthlyGrowth, d / DAYS_PER_MONTH);
    const inSurge = truth.surge !== null && d >= truth.surge.startDay && d < truth.surge.startDay + truth.surge.days;
    const surge = inSurge && truth.surge ? truth.surge.multiplier : 1;
    const dayFactor = Math.exp(truth.dayNoise * gaussian(rand));
    let peak = 0;
    for (let k = 0; k < perDay; k++) {
      const hour = (k * truth.intervalMinutes) / 60;
      const wave = (1 + truth.dailyAmplitude * Math.cos((2 * Math.PI * (hour - truth.peakHourUtc)) / 24)) / (1 + truth.dailyAmplitude);
      const value = trend * (truth.weekly[dow] ?? 1) * surge * dayFactor * wave * Math.exp(truth.pointNoise * gaussian(rand));
      t.push(dayStart + k * truth.intervalMinutes * 60_000);
      v.push(value);
      if (value > peak) peak = value;
    }
    dailyPeaks.push({ date: new Date(dayStart).toISOString().slice(0, 10), peakRps: peak });
    if (!inSurge) dayResiduals.push({ day: d, residual: Math.log(peak / (trend * (truth.weekly[dow] ?? 1))) });
  }
  return { points: { t: Float64Array.from(t), v: Float64Array.from(v) }, dailyPeaks, dayResiduals };
}

/** The growth a fit of these days can tell apart from noise: the least-squares standard error, per month. */
export function monthlyStandardError(s: Synthetic): number {
  const r = s.dayResiduals;
  const n = r.length;
  const meanR = r.reduce((a, x) => a + x.residual, 0) / n;
  const meanT = r.reduce((a, x) => a + x.day, 0) / n;
  // The bias of a max over noisy points is constant; only the spread matters.
  const sigma = Math.sqrt(r.reduce((a, x) => a + (x.residual - meanR) ** 2, 0) / Math.max(1, n - 2));
  const sxx = r.reduce((a, x) => a + (x.day - meanT) ** 2, 0);
  return (sigma / Math.sqrt(sxx)) * DAYS_PER_MONTH;
}

/** The points as a CSV export, for tests that go through the real parser. */
export function toCsv(points: TrafficPoints): string {
  const lines = ['timestamp,requests_per_second'];
  for (let i = 0; i < points.t.length; i++) lines.push(`${new Date(points.t[i] ?? 0).toISOString()},${(points.v[i] ?? 0).toFixed(3)}`);
  return `${lines.join('\n')}\n`;
}
