/**
 * Everything the summary says about a run of points in time order (either direction),
 * folded one point at a time: count, first and last, the step histogram (for the median
 * interval and the gaps), the largest step, and the daily peaks. The same code serves
 * the streamed summary (points never kept) and the kept points once they are sorted, so
 * both give one number.
 */
import { createProfileFold, type ProfileFold } from './forecast/daily-profile';

const MS_PER_DAY = 86_400_000;
/** A step longer than this many median intervals is a gap (one missing point makes 2×). */
export const GAP_FACTOR = 1.5;

export interface PointStats {
  /** false when the point steps against the direction so far, or repeats the last instant. */
  add(t: number, v: number, line: number): boolean;
  readonly count: number;
  readonly direction: number;
  readonly prevLine: number;
  readonly prevT: number;
  result(): StatsResult;
}

export interface StatsResult {
  n: number;
  firstT: number;
  lastT: number;
  intervalMs: number;
  /** In ascending day order. */
  days: number[];
  peaks: number[];
  gaps: { count: number; largestMs: number; fromLine: number; toLine: number; fromT: number };
  descending: boolean;
  /** The daily shape, folded from the same points (issue 14). */
  profile: ProfileFold;
}

export function createPointStats(): PointStats {
  let n = 0;
  let direction = 0;
  let prevT = 0;
  let prevLine = 0;
  let firstT = 0;
  const stepCounts = new Map<number, number>();
  let runStep = -1;
  let runCount = 0;
  let largest = { ms: 0, fromLine: 0, toLine: 0, fromT: 0 };
  const days: number[] = [];
  const peaks: number[] = [];
  let curDay = NaN;
  let curPeak = 0;
  const profile = createProfileFold();

  return {
    get count() {
      return n;
    },
    get direction() {
      return direction;
    },
    get prevLine() {
      return prevLine;
    },
    get prevT() {
      return prevT;
    },
    add(t: number, v: number, line: number): boolean {
      if (n > 0) {
        const d = t - prevT;
        if (d === 0) return false;
        const dir = d > 0 ? 1 : -1;
        if (direction !== dir) {
          if (direction !== 0) return false;
          direction = dir;
        }
        const step = d > 0 ? d : -d;
        if (step === runStep) runCount++;
        else {
          if (runCount > 0) stepCounts.set(runStep, (stepCounts.get(runStep) ?? 0) + runCount);
          runStep = step;
          runCount = 1;
        }
        if (step > largest.ms) largest = dir > 0 ? { ms: step, fromLine: prevLine, toLine: line, fromT: prevT } : { ms: step, fromLine: line, toLine: prevLine, fromT: t };
      } else firstT = t;
      n++;
      prevT = t;
      prevLine = line;
      const day = Math.floor(t / MS_PER_DAY);
      if (day !== curDay) {
        if (curDay === curDay) {
          days.push(curDay);
          peaks.push(curPeak);
        }
        curDay = day;
        curPeak = v;
      } else if (v > curPeak) curPeak = v;
      profile.add(t, v);
      return true;
    },
    result(): StatsResult {
      const allDays = [...days, curDay];
      const allPeaks = [...peaks, curPeak];
      const counts = new Map(stepCounts);
      if (runCount > 0) counts.set(runStep, (counts.get(runStep) ?? 0) + runCount);
      const intervalMs = medianStep(counts, n - 1);
      let gapCount = 0;
      for (const [step, c] of counts) if (step > intervalMs * GAP_FACTOR) gapCount += c;
      const descending = direction < 0;
      if (descending) {
        allDays.reverse();
        allPeaks.reverse();
      }
      const gaps = gapCount > 0 ? { count: gapCount, largestMs: largest.ms, fromLine: largest.fromLine, toLine: largest.toLine, fromT: largest.fromT } : { count: 0, largestMs: 0, fromLine: 0, toLine: 0, fromT: 0 };
      return { n, firstT: descending ? prevT : firstT, lastT: descending ? firstT : prevT, intervalMs, days: allDays, peaks: allPeaks, gaps, descending, profile };
    },
  };
}

function medianStep(counts: Map<number, number>, total: number): number {
  const steps = [...counts.keys()].sort((a, b) => a - b);
  let seen = 0;
  for (const s of steps) {
    seen += counts.get(s) ?? 0;
    if (seen * 2 >= total) return s;
  }
  return steps[steps.length - 1] ?? 0;
}
