import { fail, quoteFound } from './errors';
import type { SeriesBuilder } from './series-builder';
import type { DetectedReading } from './value-reading';

/**
 * The series an API answer holds (Prometheus results, CloudWatch results, Datadog
 * series, Azure timeseries, …), and the one rule for turning them into one history:
 * the series the user named; else every series of one metric split by labels, totalled
 * (hosts, handlers, response classes), with a warning naming them; never two different
 * metrics added together (the request-count one is taken when that tells them apart).
 */
export interface RawSeries {
  /** Shown in warnings and matched by the series option. */
  label: string;
  /** Series of the same metric share this; different metrics are never added. */
  metric: string;
  /** Epoch ms, any order. */
  t: number[];
  /** NaN = no value (null, "NaN", "+Inf"): a gap. */
  v: number[];
  reading: DetectedReading;
  /** A raw monotonic counter (`*_total`): turned into per-second increases, resets allowed. */
  counter?: boolean;
}

export interface SeriesSetRead {
  series: string;
  warnings: string[];
  reading: DetectedReading;
  choices: string[];
}

/** 1973-03-03 (as epoch numbers in CSV) to 2200-01-01: outside that, a timestamp is a typo. */
const MIN_MS = 1e11;
const MAX_MS = 7_258_118_400_000;

const REQUEST_LIKE = /request|hits|calls|invocations|count/i;

function names(list: readonly string[]): string {
  const shown = list.slice(0, 6).map((l) => quoteFound(l)).join(', ');
  return list.length > 6 ? `${shown} and ${list.length - 6} more` : shown;
}

function choose(file: string, list: RawSeries[], chosen: string): RawSeries {
  const asNumber = Number(chosen);
  const found =
    list.find((s) => s.label === chosen) ??
    list.find((s) => s.label.includes(chosen)) ??
    (Number.isInteger(asNumber) && asNumber >= 1 && asNumber <= list.length ? list[asNumber - 1] : undefined);
  if (found === undefined) {
    fail(file, 0, null, `a series matching ${quoteFound(chosen)} (one of ${names(list.map((s) => s.label))})`, 'none', { needs: 'series', choices: list.map((s) => s.label) });
  }
  return found;
}

/** Per-second increases of a counter: a drop is a reset (the process restarted), counted from 0 as Prometheus' rate() does. */
export function counterIncreases(t: number[], v: number[]): { t: number[]; v: number[] } {
  const outT: number[] = [];
  const outV: number[] = [];
  let prevT = NaN;
  let prevV = NaN;
  for (let i = 0; i < t.length; i++) {
    const ti = t[i] ?? NaN;
    const vi = v[i] ?? NaN;
    if (vi !== vi) continue;
    if (prevV === prevV && ti > prevT) {
      const delta = vi >= prevV ? vi - prevV : vi;
      outT.push(ti);
      outV.push(delta / ((ti - prevT) / 1000));
    }
    prevT = ti;
    prevV = vi;
  }
  return { t: outT, v: outV };
}

function sortedPairs(t: number[], v: number[]): { t: number[]; v: number[] } {
  const idx = t.map((_, i) => i).sort((a, b) => (t[a] ?? 0) - (t[b] ?? 0) || a - b);
  return { t: idx.map((i) => t[i] ?? 0), v: idx.map((i) => v[i] ?? NaN) };
}

export function emitSeries(file: string, list: RawSeries[], chosen: string | undefined, builder: SeriesBuilder): SeriesSetRead {
  if (list.length === 0) fail(file, 1, null, 'at least one series with data', 'none');
  const choices = list.length > 1 ? list.map((s) => s.label) : [];
  const warnings: string[] = [];
  let picked: RawSeries[];
  if (chosen !== undefined && chosen !== '') picked = [choose(file, list, chosen)];
  else {
    const metrics = [...new Set(list.map((s) => s.metric))];
    let metric = metrics[0] ?? '';
    if (metrics.length > 1) {
      const requestLike = metrics.filter((m) => REQUEST_LIKE.test(m));
      if (requestLike.length === 1 && requestLike[0] !== undefined) metric = requestLike[0];
      const others = metrics.filter((m) => m !== metric);
      warnings.push(`The file holds ${metrics.length} different metrics; imported ${quoteFound(metric)} and left out ${names(others)} (different metrics are never added). Choose another with the series option.`);
    }
    picked = list.filter((s) => s.metric === metric);
  }
  let reading = picked[0]?.reading ?? { kind: 'unknown', source: 'the file' };
  let gapsRead = 0;
  for (const s of picked) {
    const bad = s.t.findIndex((t) => !(t >= MIN_MS && t <= MAX_MS));
    if (bad >= 0) fail(file, 1, null, `a timestamp between 1973 and 2200 at point ${bad + 1} of ${quoteFound(s.label)}`, String(s.t[bad]));
  }
  const columns = picked.map((s) => {
    const sorted = sortedPairs(s.t, s.v);
    if (s.counter === true) {
      reading = { kind: 'rate', perSeconds: 1, source: `per-second increases of the counter ${s.metric}` };
      return counterIncreases(sorted.t, sorted.v);
    }
    return sorted;
  });
  if (picked.some((s) => s.counter === true)) {
    warnings.push(`${quoteFound(picked[0]?.metric ?? '')} is a raw counter (it only goes up, restarting from 0); it was read as per-second increases between samples, resets counted from 0. For the rate Prometheus itself computes, export the query sum(rate(${picked[0]?.metric ?? 'metric'}[5m])) instead.`);
  }
  const total = new Map<number, number>();
  let repeats = 0;
  for (const c of columns) {
    // Within one series a repeated instant keeps the larger value (sizing uses peaks); across series values add.
    const own = new Map<number, number>();
    for (let i = 0; i < c.t.length; i++) {
      const v = c.v[i] ?? NaN;
      if (v !== v) {
        gapsRead++;
        continue;
      }
      const t = c.t[i] ?? 0;
      const before = own.get(t);
      if (before !== undefined) repeats++;
      own.set(t, before === undefined || v > before ? v : before);
    }
    for (const [t, v] of own) total.set(t, (total.get(t) ?? 0) + v);
  }
  if (repeats > 0) warnings.push(`${repeats} repeated timestamp${repeats === 1 ? ' was' : 's were'} merged (the larger value kept, since sizing uses peaks).`);
  if (gapsRead > 0) warnings.push(`${gapsRead} point${gapsRead === 1 ? ' has' : 's have'} no value (null, NaN or ±Inf) and ${gapsRead === 1 ? 'is a gap' : 'are gaps'}.`);
  if (picked.length > 1) {
    warnings.push(`Totalled ${picked.length} series of ${quoteFound(picked[0]?.metric ?? '')}: ${names(picked.map((s) => s.label))}. Choose one with the series option.`);
  }
  builder.unit = 'point';
  const times = [...total.keys()].sort((a, b) => a - b);
  times.forEach((t, i) => builder.add(t, total.get(t) ?? 0, i + 1));
  const label = picked.length === 1 ? (picked[0]?.label ?? '') : `${picked[0]?.metric ?? ''} (total of ${picked.length} series)`;
  return { series: label, warnings, reading, choices };
}
