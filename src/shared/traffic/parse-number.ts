/**
 * Number parsing straight from char codes of the decoded text, without slicing a
 * substring per row: this runs a million times per import. Exotic spellings (exponents,
 * more than 15 significant digits) fall back to Number() on a slice, which is exact.
 */

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Parses `text[start, end)` as a decimal number, ignoring surrounding spaces.
 * `decimalComma`: accept "12,5" (files delimited by ';' or tab from European spreadsheets).
 * Returns NaN for anything that is not a finite number (words, "NaN", "Infinity", "").
 */
export function parseNumberAt(text: string, start: number, end: number, decimalComma: boolean): number {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && text.charCodeAt(e - 1) === 32) e--;
  if (s === e) return NaN;
  let i = s;
  let negative = false;
  let c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    i++;
    if (i === e) return NaN;
  }
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = 0;
  let seenPoint = false;
  for (; i < e; i++) {
    c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (seenPoint) fractionDigits++;
    } else if (!seenPoint && (c === 46 /* . */ || (decimalComma && c === 44) /* , */)) {
      seenPoint = true;
    } else {
      return slowParse(text, s, e, decimalComma);
    }
  }
  if (digits === 0) return NaN;
  // Exact while the mantissa fits in 2^53 and the power of ten is exact (≤ 1e22):
  // one correctly rounded division gives the same double as Number().
  if (digits > 15) return slowParse(text, s, e, decimalComma);
  const value = fractionDigits === 0 ? mantissa : mantissa / (POW10[fractionDigits] ?? 1);
  return negative ? -value : value;
}

function slowParse(text: string, s: number, e: number, decimalComma: boolean): number {
  let slice = text.slice(s, e);
  if (decimalComma) slice = slice.replace(',', '.');
  // Number() accepts hex, "Infinity" and empty-ish strings; only plain decimals are numbers here.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(slice)) return NaN;
  const value = Number(slice);
  return Number.isFinite(value) ? value : NaN;
}

const SCALE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, Mil: 1e6, G: 1e9, B: 1e9, Bil: 1e9, T: 1e12, Tri: 1e12 };
const UNIT_PER_SECONDS: Record<string, number> = {
  'req/s': 1, 'reqps': 1, 'rps': 1, 'ops/s': 1, 'ops': 1, '/s': 1, 'r/s': 1, 'qps': 1, 'cps': 1, 'hits/s': 1,
  'req/min': 60, 'reqpm': 60, 'rpm': 60, 'ops/min': 60, 'opm': 60, '/min': 60, 'cpm': 60,
  'req/h': 3600, '/h': 3600, 'rph': 3600,
};

/**
 * A value as Grafana's "Formatted data" writes it: "256 req/s", "1.2 K", "3.4 Mil", "12 rpm".
 * Returns the number (suffix applied) and the rate unit it names, or null when it is not
 * a formatted number. Units other than request rates (%, ms, B) are refused (null).
 */
export function parseFormattedValue(raw: string, decimalComma: boolean): { value: number; perSeconds: number | null; unit: string } | null {
  const m = /^([+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*(k|K|Mil|Bil|Tri|M|G|B|T)?\s*(.*)$/.exec(raw.trim());
  if (m === null) return null;
  let digits = m[1] ?? '';
  if (digits.includes(',')) {
    if (!decimalComma) return null;
    digits = digits.replace(',', '.');
  }
  const base = Number(digits);
  if (!Number.isFinite(base)) return null;
  const scale = m[2] === undefined ? 1 : (SCALE[m[2]] ?? 1);
  const unit = (m[3] ?? '').trim();
  if (unit === '') return m[2] === undefined ? null : { value: base * scale, perSeconds: null, unit: '' };
  const per = UNIT_PER_SECONDS[unit.toLowerCase()];
  if (per === undefined) return null;
  return { value: base * scale, perSeconds: per, unit };
}
