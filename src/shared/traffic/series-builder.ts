import { fail } from './errors';
import { statsOfPeaks } from './stats';
import type { RateUnit, TrafficFormat, TrafficParseResult, ValueKind } from './types';

/**
 * Collects validated points into typed arrays that grow by doubling, checks order and
 * duplicates as rows arrive, and folds daily peaks on the fly, so a million rows cost
 * three flat arrays and a few hundred day entries, never an object per row.
 */
export interface SeriesBuilder {
  /** Column of the timestamp, for messages about order and duplicates. */
  timeColumn: number;
  /** What `line` numbers count: file lines (CSV) or points (JSON, where lines mean little). */
  unit: 'line' | 'point';
  add(t: number, v: number, line: number): void;
  readonly count: number;
  finish(meta: FinishMeta): TrafficParseResult;
}

export interface FinishMeta {
  format: TrafficFormat;
  series: string | null;
  valueKind: ValueKind;
  rateUnit: RateUnit;
  allowGaps: boolean;
  timeZone: string;
  warnings: string[];
}

const MS_PER_DAY = 86_400_000;
/** A step longer than this many median intervals is a gap (one missing point makes 2×). */
const GAP_FACTOR = 1.5;

function grow<T extends Float64Array | Uint32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

export function createSeriesBuilder(file: string): SeriesBuilder {
  let ts = new Float64Array(1 << 10);
  let vs = new Float64Array(1 << 10);
  let lines = new Uint32Array(1 << 10);
  let n = 0;
  let direction = 0;
  let prevT = 0;
  let prevLine = 0;
  // Steps are nearly all equal: count runs of one step and spill to a map only on change.
  const stepCounts = new Map<number, number>();
  let runStep = -1;
  let runCount = 0;
  const days: number[] = [];
  const peaks: number[] = [];
  let curDay = NaN;
  let curPeak = 0;

  const builder: SeriesBuilder = {
    timeColumn: 1,
    unit: 'line',
    get count() {
      return n;
    },
    add(t: number, v: number, line: number): void {
      if (n > 0) {
        const d = t - prevT;
        if (d === 0) {
          fail(file, line, builder.timeColumn, `a timestamp different from line ${prevLine}'s`, `a duplicate of line ${prevLine} (${isoOf(t)})`);
        }
        const dir = d > 0 ? 1 : -1;
        if (direction !== dir) {
          if (direction !== 0) {
            const expected = direction > 0 ? `a timestamp after line ${prevLine}'s (${isoOf(prevT)})` : `a timestamp before line ${prevLine}'s (${isoOf(prevT)}), as the file runs newest first`;
            fail(file, line, builder.timeColumn, expected, `${isoOf(t)}, out of order`);
          }
          direction = dir;
        }
        const step = d > 0 ? d : -d;
        if (step === runStep) runCount++;
        else {
          if (runCount > 0) stepCounts.set(runStep, (stepCounts.get(runStep) ?? 0) + runCount);
          runStep = step;
          runCount = 1;
        }
      }
      if (n === ts.length) {
        ts = grow(ts, (k) => new Float64Array(k));
        vs = grow(vs, (k) => new Float64Array(k));
        lines = grow(lines, (k) => new Uint32Array(k));
      }
      ts[n] = t;
      vs[n] = v;
      lines[n] = line;
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
    },
    finish(meta: FinishMeta): TrafficParseResult {
      if (n < 2) fail(file, n === 1 ? lines[0] ?? 0 : 0, null, 'at least 2 data rows to tell the interval', n === 1 ? '1 row' : 'no data rows');
      days.push(curDay);
      peaks.push(curPeak);
      if (runCount > 0) stepCounts.set(runStep, (stepCounts.get(runStep) ?? 0) + runCount);
      const t = ts.subarray(0, n);
      const v = vs.subarray(0, n);
      const ln = lines.subarray(0, n);
      const warnings = [...meta.warnings];
      if (direction < 0) {
        t.reverse();
        v.reverse();
        ln.reverse();
        days.reverse();
        peaks.reverse();
        warnings.push('The file lists the newest point first; it was read oldest first.');
      }
      const intervalMs = medianStep(stepCounts, n - 1);
      const gaps = findGaps(t, ln, intervalMs);
      if (gaps.count > 0) {
        const text = `${gaps.count} gap${gaps.count === 1 ? '' : 's'} longer than ${GAP_FACTOR}× the ${describeSeconds(intervalMs / 1000)} interval; the largest is ${describeSeconds(gaps.largestMs / 1000)}, from ${builder.unit} ${gaps.fromLine} (${isoOf(gaps.fromT)}) to ${builder.unit} ${gaps.toLine}`;
        if (!meta.allowGaps) fail(file, builder.unit === 'line' ? gaps.toLine : 0, builder.timeColumn, `a point every ${describeSeconds(intervalMs / 1000)} (gaps not allowed)`, text);
        warnings.push(`${text}. Missing points are not filled in.`);
      }
      const intervalSeconds = intervalMs / 1000;
      const factor = meta.valueKind === 'count' ? 1 / intervalSeconds : meta.rateUnit === 'perMinute' ? 1 / 60 : meta.rateUnit === 'perHour' ? 1 / 3600 : 1;
      if (factor !== 1) {
        for (let i = 0; i < n; i++) v[i] = (v[i] ?? 0) * factor;
        for (let i = 0; i < peaks.length; i++) peaks[i] = (peaks[i] ?? 0) * factor;
      }
      const dailyPeaks = days.map((day, i) => ({ date: isoOf(day * MS_PER_DAY).slice(0, 10), peakRps: peaks[i] ?? 0 }));
      return {
        ok: true,
        points: { t, v },
        warnings,
        summary: {
          fileName: file,
          format: meta.format,
          series: meta.series,
          rows: n,
          firstTimestamp: isoOf(t[0] ?? 0),
          lastTimestamp: isoOf(t[n - 1] ?? 0),
          intervalSeconds,
          dailyPeaks,
          ...statsOfPeaks(peaks),
          gaps: { count: gaps.count, largestSeconds: gaps.largestMs / 1000 },
          valueKind: meta.valueKind,
          rateUnit: meta.rateUnit,
          timeZone: meta.timeZone,
        },
      };
    },
  };
  return builder;
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

interface Gaps {
  count: number;
  largestMs: number;
  fromLine: number;
  toLine: number;
  fromT: number;
}

function findGaps(t: Float64Array, lines: Uint32Array, intervalMs: number): Gaps {
  const limit = intervalMs * GAP_FACTOR;
  const g: Gaps = { count: 0, largestMs: 0, fromLine: 0, toLine: 0, fromT: 0 };
  for (let i = 1; i < t.length; i++) {
    const step = (t[i] ?? 0) - (t[i - 1] ?? 0);
    if (step > limit) {
      g.count++;
      if (step > g.largestMs) {
        g.largestMs = step;
        g.fromLine = lines[i - 1] ?? 0;
        g.toLine = lines[i] ?? 0;
        g.fromT = t[i - 1] ?? 0;
      }
    }
  }
  return g;
}

/** 90 → "90 s", 3600 → "1 h", 5400 → "1 h 30 min", 172800 → "2 d". */
export function describeSeconds(seconds: number): string {
  if (seconds < 120) return `${Number(seconds.toFixed(3))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const d = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${d} d` : `${d} d ${hours % 24} h`;
}
