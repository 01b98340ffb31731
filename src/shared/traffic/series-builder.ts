import { fail } from './errors';
import { createPointStats, GAP_FACTOR, type PointStats } from './point-stats';
import { statsOfPeaks } from './stats';
import { rateUnitOf, readingFactor, type ResolvedReading } from './value-reading';
import type { TrafficFormat, TrafficParseResult } from './types';

/**
 * Collects validated points into typed arrays that grow by doubling (never an object per
 * row), then, on finish: puts them in time order (a newest-first file is reversed; rows
 * out of order are sorted and repeats merged, with a warning giving the counts; strict
 * refuses instead), folds the summary, and converts the values to req/s.
 *
 * With keepPoints false nothing is kept: points are folded as they come, so a file of any
 * length costs a few hundred day entries. A point out of order then throws
 * NeedsPointsError (sorting needs the points), and the caller reads again keeping them.
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

export class NeedsPointsError extends Error {
  constructor() {
    super('the file is not in time order: read it again keeping the points');
    this.name = 'NeedsPointsError';
  }
}

export interface FinishMeta {
  format: TrafficFormat;
  series: string | null;
  /** Asked only once the points passed every other check, so a file's first problem is the one reported. */
  reading: () => ResolvedReading;
  allowGaps: boolean;
  timeZone: string;
  warnings: string[];
  seriesChoices?: string[];
  /** True when the instant's wall time in the import's zone happens twice (the DST fall-back hour). */
  inRepeatedHour?: (utcMs: number) => boolean;
}

function grow<T extends Float64Array | Uint32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

const NEWEST_FIRST = 'The file lists the newest point first; it was read oldest first.';
const count = new Intl.NumberFormat('en-US');

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

export function createSeriesBuilder(file: string, keepPoints = true): SeriesBuilder {
  let ts = new Float64Array(keepPoints ? 1 << 10 : 0);
  let vs = new Float64Array(keepPoints ? 1 << 10 : 0);
  let lines = new Uint32Array(keepPoints ? 1 << 10 : 0);
  let n = 0;
  const streamed: PointStats | null = keepPoints ? null : createPointStats();

  const builder: SeriesBuilder = {
    timeColumn: 1,
    unit: 'line',
    get count() {
      return n;
    },
    add(t: number, v: number, line: number): void {
      if (streamed !== null) {
        if (!streamed.add(t, v, line)) throw new NeedsPointsError();
        n++;
        return;
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
    },
    finish(meta: FinishMeta): TrafficParseResult {
      if (n < 2) fail(file, n === 1 ? (streamed?.prevLine ?? lines[0] ?? 0) : 0, null, 'at least 2 data rows to tell the interval', n === 1 ? '1 row' : 'no data rows');
      const warnings = [...meta.warnings];
      let t: Float64Array = ts.subarray(0, 0);
      let v: Float64Array = vs.subarray(0, 0);
      let stats = streamed;
      if (stats === null) {
        const ordered = intoTimeOrder(file, builder, ts.subarray(0, n), vs.subarray(0, n), lines.subarray(0, n), meta, warnings);
        t = ordered.t;
        v = ordered.v;
        if (t.length < 2) fail(file, lines[0] ?? 0, null, 'at least 2 distinct timestamps to tell the interval', `${t.length} once repeats were merged`);
        stats = createPointStats();
        for (let i = 0; i < t.length; i++) stats.add(t[i] ?? 0, v[i] ?? 0, ordered.lines[i] ?? 0);
      }
      const r = stats.result();
      if (r.descending) warnings.push(NEWEST_FIRST);
      if (r.gaps.count > 0) {
        const g = r.gaps;
        const text = `${g.count} gap${g.count === 1 ? '' : 's'} longer than ${GAP_FACTOR}× the ${describeSeconds(r.intervalMs / 1000)} interval; the largest is ${describeSeconds(g.largestMs / 1000)}, from ${builder.unit} ${g.fromLine} (${isoOf(g.fromT)}) to ${builder.unit} ${g.toLine}`;
        if (!meta.allowGaps) fail(file, builder.unit === 'line' ? g.toLine : 0, builder.timeColumn, `a point every ${describeSeconds(r.intervalMs / 1000)} (gaps not allowed)`, text);
        warnings.push(`${text}. Missing points are not filled in.`);
      }
      const intervalSeconds = r.intervalMs / 1000;
      const reading = meta.reading();
      const { factor, note } = readingFactor(reading, intervalSeconds);
      const peaks = r.peaks;
      if (factor !== 1) {
        for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) * factor;
        for (let i = 0; i < peaks.length; i++) peaks[i] = (peaks[i] ?? 0) * factor;
      }
      const dailyPeaks = r.days.map((day, i) => ({ date: isoOf(day * 86_400_000).slice(0, 10), peakRps: peaks[i] ?? 0 }));
      const profile = r.profile.result(intervalSeconds, meta.timeZone, r.lastT);
      return {
        ok: true,
        points: { t, v },
        warnings,
        seriesChoices: meta.seriesChoices ?? [],
        summary: {
          fileName: file,
          format: meta.format,
          series: meta.series,
          rows: r.n,
          firstTimestamp: isoOf(r.firstT),
          lastTimestamp: isoOf(r.lastT),
          intervalSeconds,
          dailyPeaks,
          ...statsOfPeaks(peaks),
          gaps: { count: r.gaps.count, largestSeconds: r.gaps.largestMs / 1000 },
          valueKind: reading.kind,
          rateUnit: reading.kind === 'rate' ? rateUnitOf(reading.perSeconds) : 'perSecond',
          timeZone: meta.timeZone,
          valueNote: note,
          ...(profile === null ? {} : { profile }),
        },
      };
    },
  };
  return builder;
}

interface Ordered {
  t: Float64Array;
  v: Float64Array;
  lines: Uint32Array;
}

/**
 * Points in ascending time order. Already ascending: as they are. Strictly descending:
 * reversed (the stats warn). Otherwise sorted (stable) and repeats merged: equal values
 * keep one, different values keep the larger, since sizing uses peaks. Strict mode
 * refuses the first step out of order instead, naming its line.
 */
function intoTimeOrder(file: string, b: SeriesBuilder, t: Float64Array, v: Float64Array, lines: Uint32Array, meta: FinishMeta, warnings: string[]): Ordered {
  const n = t.length;
  let direction = 0;
  let bad = -1;
  for (let i = 1; i < n; i++) {
    const d = (t[i] ?? 0) - (t[i - 1] ?? 0);
    const dir = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (dir === 0 || (direction !== 0 && dir !== direction)) {
      bad = i;
      break;
    }
    direction = dir;
  }
  if (bad < 0) {
    if (direction < 0) {
      t.reverse();
      v.reverse();
      lines.reverse();
      warnings.push(NEWEST_FIRST);
    }
    return { t, v, lines };
  }
  if (!meta.allowGaps) {
    const prevT = t[bad - 1] ?? 0;
    const cur = t[bad] ?? 0;
    const prevLine = lines[bad - 1] ?? 0;
    const dst = meta.inRepeatedHour?.(cur) === true ? `, in the hour repeated when clocks go back in ${meta.timeZone} (DST)` : '';
    if (cur === prevT) fail(file, lines[bad] ?? 0, b.timeColumn, `a timestamp different from ${b.unit} ${prevLine}'s`, `a duplicate of ${b.unit} ${prevLine} (${isoOf(cur)})${dst}`);
    const expected = direction >= 0 ? `a timestamp after ${b.unit} ${prevLine}'s (${isoOf(prevT)})` : `a timestamp before ${b.unit} ${prevLine}'s (${isoOf(prevT)}), as the file runs newest first`;
    fail(file, lines[bad] ?? 0, b.timeColumn, expected, `${isoOf(cur)}, out of order`);
  }
  // Rows that sit earlier than one before them had to move (a reversed file counts as reversed, not moved).
  let moved = 0;
  let runningMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const ti = t[i] ?? 0;
    if (ti < runningMax) moved++;
    else runningMax = ti;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, c) => (t[a] ?? 0) - (t[c] ?? 0) || a - c);
  const ot = new Float64Array(n);
  const ov = new Float64Array(n);
  const ol = new Uint32Array(n);
  let m = 0;
  let same = 0;
  let differ = 0;
  let dstRepeats = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const ti = t[i] ?? 0;
    const vi = v[i] ?? 0;
    if (m > 0 && ot[m - 1] === ti) {
      if (ov[m - 1] === vi) same++;
      else {
        differ++;
        if (vi > (ov[m - 1] ?? 0)) ov[m - 1] = vi;
      }
      if (meta.inRepeatedHour?.(ti) === true) dstRepeats++;
      continue;
    }
    ot[m] = ti;
    ov[m] = vi;
    ol[m] = lines[i] ?? 0;
    m++;
  }
  const parts: string[] = [];
  if (moved > 0) parts.push(`${plural(moved, 'row was', 'rows were')} out of time order and moved into order`);
  if (same + differ > 0) {
    const how: string[] = [];
    if (same > 0) how.push(`${count.format(same)} with the same value (one kept)`);
    if (differ > 0) how.push(`${count.format(differ)} with different values (the larger kept, since sizing uses peaks)`);
    parts.push(`${plural(same + differ, 'repeated timestamp was', 'repeated timestamps were')} merged: ${how.join(', ')}`);
  }
  const dst = dstRepeats > 0 ? ` ${plural(dstRepeats, 'repeat falls', 'repeats fall')} in the hour repeated when clocks go back in ${meta.timeZone} (DST) and ${dstRepeats === 1 ? 'is' : 'are'} more than the two passes of that hour.` : '';
  warnings.push(`${parts.join('; ')} (two exports joined end to end?). Use strict mode to refuse such files.${dst}`);
  return { t: ot.subarray(0, m), v: ov.subarray(0, m), lines: ol.subarray(0, m) };
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
