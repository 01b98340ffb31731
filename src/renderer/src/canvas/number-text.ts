import { formatNumber } from '../../../shared/engine/format';

export type NumberKind = 'number' | 'integer' | 'percent';

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

// Optional sign; digits, either plain or grouped in threes by commas; an optional fraction
// after a point; an optional exponent (1e12, 2.5E-3, 1e+6). Spaces and underscores between
// digits are taken as grouping too (1 000 000, 1_000_000).
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

/**
 * Reads a number as a person types it into a field. Scientific notation is read (1e12 is a
 * trillion, never 112) and anything that is not a number is refused with a message saying
 * why, instead of dropping the characters that did not fit.
 */
export function parseNumberText(text: string, kind: NumberKind): ParsedNumber {
  const trimmed = text.trim().replace(/(?<=\d)[ _\u00a0\u202f](?=\d)/g, '');
  const bare = kind === 'percent' ? trimmed.replace(/\s*%$/, '') : trimmed;
  if (bare === '') return { ok: false, message: 'Enter a number.' };
  if (!NUMBER.test(bare) || !/\d/.test(bare.split(/[eE]/)[0] ?? '')) return { ok: false, message: notANumber(text.trim()) };
  const value = Number(bare.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, message: `“${text.trim()}” is too large to be a number.` };
  if (kind === 'integer' && !Number.isInteger(value)) return { ok: false, message: `Enter a whole number (“${text.trim()}” is ${numberText(value)}).` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function notANumber(text: string): string {
  if (/^[+-]?[\d.,]*\d[eE][+-]?$/.test(text)) return `“${text}” is not finished: an exponent needs digits after the e (1e6 = 1,000,000).`;
  if (/^\d+,\d{1,2}$|^\d+,\d{4,}$/.test(text)) return `“${text}” is not a number: use a point for decimals (1.5) and commas only between groups of three digits (1,500).`;
  return `“${text}” is not a number. Type digits, e.g. 1200, 1,200.5 or 1.2e6.`;
}

/** A number as a field shows it: grouped digits, and text that parseNumberText reads back to the same value. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const grouped = formatNumber(value, 6);
  const back = Number(grouped.replace(/,/g, ''));
  return back === value ? grouped : String(value);
}

/**
 * A warning for a value that the plan accepts but that is far beyond any real system (a
 * typo of a few zeros, or an exponent too many): shown beside the field, the value kept.
 */
export function magnitudeWarning(value: number, warnAbove: number | undefined, unit: string | undefined): string | null {
  if (warnAbove === undefined || !(Math.abs(value) > warnAbove)) return null;
  const u = unit ? ` ${unit}` : '';
  return `${formatNumber(value)}${u} is more than ${formatNumber(warnAbove)}${u}: check for a typo (saved as typed).`;
}
