import { fail } from './errors';
import type { RateUnit, TrafficImportOptions, ValueKind } from './types';

/**
 * What a file's values are: requests per second (or per minute, per hour), or requests
 * counted per bucket. Readers say what the export itself tells (CloudWatch `Sum` with
 * unit `Count`, Datadog `.as_count()`, Azure `total`, a column named `rps`); the user's
 * options override; when neither tells, the import stops and asks, because a count per
 * hour read as a rate is 3,600 times too high.
 */
export type DetectedReading =
  | { kind: 'rate'; perSeconds: number; source: string }
  /** bucketSeconds null = the bucket is the median interval between points. */
  | { kind: 'count'; bucketSeconds: number | null; source: string }
  | { kind: 'unknown'; source: string };

export interface ResolvedReading {
  kind: ValueKind;
  /** Rates: seconds per unit (1, 60, 3600). */
  perSeconds: number;
  bucketSeconds: number | null;
  source: string;
}

export const VALUE_KIND_EXPECTED =
  'values that say whether they are rates or counts: give --unit perSecond (or perMinute, perHour) if they are requests per second (minute, hour), or --count if they are requests counted per interval (in the app: choose under "Values are")';

const PER_SECONDS: Record<RateUnit, number> = { perSecond: 1, perMinute: 60, perHour: 3600 };

export function resolveReading(file: string, options: TrafficImportOptions, detected: DetectedReading): ResolvedReading {
  if (options.valueKind === 'count') return { kind: 'count', perSeconds: 1, bucketSeconds: detected.kind === 'count' ? detected.bucketSeconds : null, source: 'as asked' };
  if (options.valueKind === 'rate' || options.rateUnit !== undefined) {
    return { kind: 'rate', perSeconds: PER_SECONDS[options.rateUnit ?? 'perSecond'], bucketSeconds: null, source: 'as asked' };
  }
  if (detected.kind === 'rate') return { kind: 'rate', perSeconds: detected.perSeconds, bucketSeconds: null, source: detected.source };
  if (detected.kind === 'count') return { kind: 'count', perSeconds: 1, bucketSeconds: detected.bucketSeconds, source: detected.source };
  fail(file, 0, null, VALUE_KIND_EXPECTED, `${detected.source}, which does not say`, { needs: 'valueKind' });
}

export function rateUnitOf(perSeconds: number): RateUnit {
  return perSeconds === 60 ? 'perMinute' : perSeconds === 3600 ? 'perHour' : 'perSecond';
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** The factor from a file's value to req/s, and the sentence the summary shows. */
export function readingFactor(r: ResolvedReading, medianSeconds: number): { factor: number; note: string } {
  const why = r.source === 'as asked' ? 'as asked' : r.source;
  if (r.kind === 'count') {
    const bucket = r.bucketSeconds ?? medianSeconds;
    const b = plain.format(bucket);
    return { factor: bucket > 0 ? 1 / bucket : 1, note: `counts per ${b} s (${why}), divided by ${b}` };
  }
  if (r.perSeconds === 1) return { factor: 1, note: `requests per second (${why})` };
  const unit = r.perSeconds === 60 ? 'minute' : r.perSeconds === 3600 ? 'hour' : `${plain.format(r.perSeconds)} s`;
  return { factor: 1 / r.perSeconds, note: `requests per ${unit} (${why}), divided by ${plain.format(r.perSeconds)}` };
}

const RATE_PER_SECOND = /(^|[^a-z])(rps|qps|tps|rate|throughput)([^a-z]|$)|per[ _-]?s(ec(ond)?)?([^a-z]|$)|\/ ?s(ec)?([^a-z]|$)|as_rate\(\)|irate\(|rate\(/i;
const RATE_PER_MINUTE = /(^|[^a-z])rpm([^a-z]|$)|per[ _-]?min(ute)?([^a-z]|$)|\/ ?min([^a-z]|$)/i;
const RATE_PER_HOUR = /per[ _-]?hour([^a-z]|$)|\/ ?h(ou)?r?([^a-z]|$)/i;
const COUNT = /count|requests?|hits|total|sum|calls|invocations|_col\d|as_count\(\)|anfragen|requ[eê]tes|aufrufe/i;

/** A header cell's name → what its values are (a column named "rps" is a rate, "Count of records" a count). */
export function readingFromName(name: string): DetectedReading {
  const q = JSON.stringify(name);
  if (RATE_PER_MINUTE.test(name)) return { kind: 'rate', perSeconds: 60, source: `a column named ${q}` };
  if (RATE_PER_HOUR.test(name)) return { kind: 'rate', perSeconds: 3600, source: `a column named ${q}` };
  if (RATE_PER_SECOND.test(name)) return { kind: 'rate', perSeconds: 1, source: `a column named ${q}` };
  if (COUNT.test(name)) return { kind: 'count', bucketSeconds: null, source: `a column named ${q}` };
  return { kind: 'unknown', source: `a column named ${q}` };
}
