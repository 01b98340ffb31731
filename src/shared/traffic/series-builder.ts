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
  /** `series` > 0: a row of another series of the same metric (a long layout), added to the total at its instant. */
  add(t: number, v: number, line: number, series?: number): void;
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
  /** Timestamps had no zone and none was given: they were read as UTC. */
  naiveAsUtc?: boolean;
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
  /** Series index per point, kept only once a second series appears. */
  let ss: Uint16Array | null = null;
  const streamed: PointStats | null = keepPoints ? null : createPointStats();

  const builder: SeriesBuilder = {
    timeColumn: 1,
    unit: 'line',
    get count() {
      return n;
    },
    add(t: number, v: number, line: number, series = 0): void {
      if (streamed !== null) {
        if (series > 0 || !streamed.add(t, v, line)) throw new NeedsPointsError();
        n++;
        return;
      }
      if (n === ts.length) {
        ts = grow(ts, (k) => new Float64Array(k));
        vs = grow(vs, (k) => new Float64Array(k));
        lines = grow(lines, (k) => new Uint32Array(k));
        if (ss !== null) {
          const next = new Uint16Array(ts.length);
          next.set(ss);
          ss = next;
        }
      }
      if (series > 0 && ss === null) ss = new Uint16Array(ts.length);
      if (ss !== null) ss[n] = series;
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
        const ordered = intoTimeOrder(file, builder, ts.subarray(0, n), vs.subarray(0, n), lines.subarray(0, n), ss === null ? null : ss.subarray(0, n), meta, warnings);
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
function intoTimeOrder(file: string, b: SeriesBuilder, t: Float64Array, v: Float64Array, lines: Uint32Array, series: Uint16Array | null, meta: FinishMeta, warnings: string[]): Ordered {
  const n = t.length;
  let direction = 0;
  let bad = -1;
  let badPrev = -1;
  if (series === null) {
    for (let i = 1; i < n; i++) {
      const d = (t[i] ?? 0) - (t[i - 1] ?? 0);
      const dir = d > 0 ? 1 : d < 0 ? -1 : 0;
      if (dir === 0 || (direction !== 0 && dir !== direction)) {
        bad = i;
        badPrev = i - 1;
        break;
      }
      direction = dir;
    }
  } else {
    // Several series in one file: each must run in one direction on its own; their rows interleave.
    const lastOf = new Map<number, number>();
    const dirOf = new Map<number, number>();
    for (let i = 0; i < n && bad < 0; i++) {
      const k = series[i] ?? 0;
      const p = lastOf.get(k);
      if (p !== undefined) {
        const d = (t[i] ?? 0) - (t[p] ?? 0);
        const dir = d > 0 ? 1 : d < 0 ? -1 : 0;
        const was = dirOf.get(k) ?? 0;
        if (dir === 0 || (was !== 0 && dir !== was)) {
          bad = i;
          badPrev = p;
        } else dirOf.set(k, dir);
        direction = direction === 0 ? dir : direction;
      }
      lastOf.set(k, i);
    }
  }
  if (bad < 0 && series === null) {
    if (direction < 0) {
      t.reverse();
      v.reverse();
      lines.reverse();
      warnings.push(NEWEST_FIRST);
    }
    return { t, v, lines };
  }
  if (!meta.allowGaps && bad >= 0) {
    const prevT = t[badPrev] ?? 0;
    const cur = t[bad] ?? 0;
    const prevLine = lines[badPrev] ?? 0;
    const dst = meta.inRepeatedHour?.(cur) === true ? `, in the hour repeated when clocks go back in ${meta.timeZone} (DST)` : '';
    if (cur === prevT) fail(file, lines[bad] ?? 0, b.timeColumn, `a timestamp different from ${b.unit} ${prevLine}'s`, `a duplicate of ${b.unit} ${prevLine} (${isoOf(cur)})${dst}`);
    const expected = direction >= 0 ? `a timestamp after ${b.unit} ${prevLine}'s (${isoOf(prevT)})` : `a timestamp before ${b.unit} ${prevLine}'s (${isoOf(prevT)}), as the file runs newest first`;
    fail(file, lines[bad] ?? 0, b.timeColumn, expected, `${isoOf(cur)}, out of order`);
  }
  // Rows that sit earlier than one before them had to move (a reversed file counts as reversed, not moved).
  // A series that runs newest first is reversed, not "moved".
  const descending = direction < 0;
  let moved = 0;
  const runningMax = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const k = series?.[i] ?? 0;
    const ti = descending ? -(t[i] ?? 0) : (t[i] ?? 0);
    const m = runningMax.get(k) ?? -Infinity;
    if (ti < m) moved++;
    else runningMax.set(k, ti);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, c) => (t[a] ?? 0) - (t[c] ?? 0) || (series?.[a] ?? 0) - (series?.[c] ?? 0) || a - c);
  const ot = new Float64Array(n);
  const ov = new Float64Array(n);
  const ol = new Uint32Array(n);
  let m = 0;
  let same = 0;
  let differ = 0;
  let dstRepeats = 0;
  // Sorted by (time, series): within one series a repeat keeps the larger value; the series' values add up.
  let lastSeries = -1;
  let seriesValue = 0;
  let firstRepeat = Infinity;
  let lastRepeat = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const ti = t[i] ?? 0;
    const vi = v[i] ?? 0;
    const si = series?.[i] ?? 0;
    if (m > 0 && ot[m - 1] === ti) {
      if (si !== lastSeries) {
        ov[m - 1] = (ov[m - 1] ?? 0) + vi;
        lastSeries = si;
        seriesValue = vi;
        continue;
      }
      if (seriesValue === vi) same++;
      else {
        differ++;
        if (vi > seriesValue) {
          ov[m - 1] = (ov[m - 1] ?? 0) - seriesValue + vi;
          seriesValue = vi;
        }
      }
      if (meta.inRepeatedHour?.(ti) === true) dstRepeats++;
      if (ti < firstRepeat) firstRepeat = ti;
      if (ti > lastRepeat) lastRepeat = ti;
      continue;
    }
    ot[m] = ti;
    ov[m] = vi;
    ol[m] = lines[i] ?? 0;
    lastSeries = si;
    seriesValue = vi;
    m++;
  }
  const parts: string[] = [];
  if (moved === 0 && same + differ === 0) {
    if (descending) warnings.push(NEWEST_FIRST);
    return { t: ot.subarray(0, m), v: ov.subarray(0, m), lines: ol.subarray(0, m) };
  }
  if (moved > 0) parts.push(`${plural(moved, 'row was', 'rows were')} out of time order and moved into order`);
  if (same + differ > 0) {
    const how: string[] = [];
    if (same > 0) how.push(`${count.format(same)} with the same value (one kept)`);
    if (differ > 0) how.push(`${count.format(differ)} with different values (the larger kept, since sizing uses peaks)`);
    parts.push(`${plural(same + differ, 'repeated timestamp was', 'repeated timestamps were')} merged: ${how.join(', ')}`);
  }
  const dst = dstRepeats > 0 ? ` ${plural(dstRepeats, 'repeat falls', 'repeats fall')} in the hour repeated when clocks go back in ${meta.timeZone} (DST) and ${dstRepeats === 1 ? 'is' : 'are'} more than the two passes of that hour.` : '';
  // Local wall times read as UTC repeat exactly one hour when clocks go back: say so.
  const oneHour = meta.naiveAsUtc === true && same + differ > 0 && lastRepeat - firstRepeat < 3_600_000;
  const hint = oneHour ? ` All the repeats fall within one hour (${isoOf(firstRepeat).slice(0, 16)}–${isoOf(lastRepeat).slice(11, 16)}): if these are local times, that is the hour repeated when clocks go back (DST); give the time zone (--tz, or the zone in the app) to read it as two hours.` : '';
  warnings.push(`${parts.join('; ')} (two exports joined end to end?). Use strict mode to refuse such files.${dst}${hint}`);
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
