import { quoteFound } from './errors';

/** Small helpers for reading API answers saved as JSON. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function describe(x: unknown): string {
  if (Array.isArray(x)) return `an array of ${x.length}`;
  if (isRecord(x)) {
    const keys = Object.keys(x);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 6).map((k) => quoteFound(k)).join(', ')}`;
  }
  return x === null ? 'null' : quoteFound(String(x));
}

/** A JSON value as a sample: numbers and numeric strings; null, "NaN", "+Inf", "-Inf" are NaN (a gap); anything else undefined (an error). */
export function sampleValue(x: unknown): number | undefined {
  if (x === null) return NaN;
  if (typeof x === 'number') return Number.isFinite(x) ? x : NaN;
  if (typeof x !== 'string') return undefined;
  const s = x.trim();
  if (/^[+-]?(inf|infinity|nan)$/i.test(s)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

export function text(x: unknown): string {
  return typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '';
}

/** ISO 8601 durations as Azure writes intervals: PT1M, PT5M, PT1H, P1D. */
export function isoDurationSeconds(x: unknown): number | null {
  if (typeof x !== 'string') return null;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(x);
  if (m === null) return null;
  const s = Number(m[1] ?? 0) * 86400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return s > 0 ? s : null;
}
