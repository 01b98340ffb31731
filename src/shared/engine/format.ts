/**
 * Number formatting for findings and explanations. Locale-independent on purpose: the
 * engine must give the same text in the renderer, under Node and in CI.
 */

/** 15000 → "15,000"; 0.5 → "0.5"; at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxDecimals = 0): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '—';
  // From 1e21 on, JavaScript writes numbers in exponent form, which digit grouping would garble.
  if (Math.abs(value) >= 1e21) return scientific(value, Math.max(2, maxDecimals));
  if (maxDecimals === 0) return groupInteger(Math.round(value));
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', frac] = rounded.toFixed(maxDecimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = frac ? frac.replace(/0+$/, '') : '';
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

/** 0.6 → "60%", 0.947 → "94.7%". */
export function formatPercent(ratio: number, maxDecimals = 1): string {
  return `${formatNumber(ratio * 100, maxDecimals)}%`;
}

/**
 * Load on today's capacity, for tables and lists: a percentage up to twice the capacity,
 * then a multiple ("3.4× capacity"), capped at "over 10× capacity" — past that the exact
 * figure ("4,000%") says nothing more and reads like a typo. Nothing running today
 * (an infinite ratio) says so in words.
 */
export function formatUtilization(ratio: number): string {
  if (!(ratio > 0)) return '—';
  if (!Number.isFinite(ratio)) return 'no capacity today';
  if (ratio < 2) return formatPercent(ratio, 0);
  if (ratio < 10) return `${formatNumber(ratio, 1)}× capacity`;
  return 'over 10× capacity';
}

/** Seconds as "45 s", "12 min", "3.5 h". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'never';
  if (seconds < 120) return `${formatNumber(seconds, 0)} s`;
  if (seconds < 7200) return `${formatNumber(seconds / 60, 0)} min`;
  return `${formatNumber(seconds / 3600, 1)} h`;
}

/** Thousands separators without a regex: findings format thousands of numbers per recompute. */
function groupInteger(n: number): string {
  const digits = String(Math.abs(n));
  if (digits.length <= 3) return n < 0 ? `-${digits}` : digits;
  let out = '';
  const head = digits.length % 3 || 3;
  out = digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) out += `,${digits.slice(k, k + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/**
 * What the event needs added, one entry per unit and never summed across units:
 * "1 unit, 39 workers, 1 replica". Only units with something to add; "" when none has.
 */
export function formatAdditions(additions: readonly { unit: string; add: number }[]): string {
  return additions
    .filter((a) => a.add > 0)
    // Every sizing unit is a plain plural (instances, replicas, nodes, workers, units).
    .map((a) => `${formatNumber(a.add)} ${a.add === 1 ? a.unit.replace(/s$/, '') : a.unit}`)
    .join(', ');
}

/** 2.06141e305 → "2.06e+305": three significant digits, trailing zeros dropped. */
function scientific(value: number, decimals: number): string {
  const [mantissa = '0', exponent = '0'] = value.toExponential(decimals).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return `${trimmed}e${exponent}`;
}

/**
 * JSON.stringify replacer for figures meant for people and scripts (CLI `--json`): each
 * non-integer rounded to 12 significant digits, so float dust (5406.000000000005) reads
 * 5406 while every real digit a plan can carry stays. Integers pass unchanged.
 */
export function cleanNumbers(_key: string, value: unknown): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value) || Number.isInteger(value)) return value;
  return Number(value.toPrecision(12));
}
