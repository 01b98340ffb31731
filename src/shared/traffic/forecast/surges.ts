import type { LeftOutReason, TrendFit, TrendPoint } from './robust-trend';

/**
 * Surges: runs of consecutive calendar days left out of the fit for being high, whose
 * highest day is at least SURGE_MIN_MULTIPLIER × what that weekday would be at that point
 * of the trend. A surge's multiplier is that highest ratio, peak ÷ (trend × weekday
 * factor): "×3.5", or in the other form "+250 %". High days that do not make a surge stay
 * left out of the fit as "high", and count in the baseline.
 */
export const SURGE_MIN_MULTIPLIER = 1.25;
const MS_PER_DAY = 86_400_000;

export interface SurgeFound {
  start: string;
  end: string;
  days: number;
  /** Peak multiplier over the trend (× the weekday's expected value). */
  multiplier: number;
  /** The same as a percentage increase: (multiplier − 1) × 100. */
  percentIncrease: number;
  peakDate: string;
  peakRps: number;
  /** What the peak day would have been without the surge. */
  expectedRps: number;
  /** The surge runs to the last day of the window: it may not be over. */
  atEnd: boolean;
}

export interface LeftOutDay {
  date: string;
  peakRps: number;
  expectedRps: number;
  /** peak ÷ expected. */
  multiplier: number;
  reason: LeftOutReason;
}

function next(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);
}

/** The surges in a fit, and its points with 'high' turned to 'surge' on surge days. */
export function findSurges(fit: TrendFit): { surges: SurgeFound[]; points: TrendPoint[] } {
  const points = fit.points.map((p) => ({ ...p }));
  const surges: SurgeFound[] = [];
  const last = points[points.length - 1]?.date;
  let i = 0;
  while (i < points.length) {
    if (points[i]?.leftOut !== 'high') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < points.length && points[j + 1]?.leftOut === 'high' && points[j + 1]?.date === next(points[j]?.date ?? '')) j++;
    const run = points.slice(i, j + 1);
    let top = run[0];
    for (const p of run) if (top === undefined || p.peakRps / p.expected > top.peakRps / top.expected) top = p;
    const multiplier = top ? top.peakRps / top.expected : 1;
    if (top && multiplier >= SURGE_MIN_MULTIPLIER) {
      for (const p of run) p.leftOut = 'surge';
      const end = run[run.length - 1]?.date ?? top.date;
      surges.push({
        start: run[0]?.date ?? top.date,
        end,
        days: run.length,
        multiplier,
        percentIncrease: (multiplier - 1) * 100,
        peakDate: top.date,
        peakRps: top.peakRps,
        expectedRps: top.expected,
        atEnd: end === last,
      });
    }
    i = j + 1;
  }
  return { surges, points };
}

export function leftOutDays(points: readonly TrendPoint[]): LeftOutDay[] {
  return points
    .filter((p): p is TrendPoint & { leftOut: LeftOutReason } => p.leftOut !== null)
    .map((p) => ({ date: p.date, peakRps: p.peakRps, expectedRps: p.expected, multiplier: p.expected > 0 ? p.peakRps / p.expected : 0, reason: p.leftOut }));
}
