/**
 * Timestamp parsing from char codes (no regex, no Date object per row). Accepts:
 * - epoch seconds / milliseconds / microseconds / nanoseconds (told apart by magnitude);
 * - ISO 8601: 2026-11-22, 2026-11-22T14:05, 2026-11-22 14:05:00.123Z, …+01:00, …+0100, … UTC;
 * - spreadsheet date-times: 11/22/2026 14:05, 22/11/2026 2:05 PM, 22.11.2026 14:05:00, 2026/11/22 14:05.
 * Naive date-times (no zone) are read in the import's time zone.
 */

export interface TimeContext {
  /** 'mdy' for 11/22/2026, 'dmy' for 22/11/2026; dotted dates are always day first. */
  dateOrder: 'mdy' | 'dmy';
  /** Converts a naive local wall time (encoded as if UTC) to a real UTC instant. */
  localToUtc: (wallMs: number) => number;
}

const MS_PER_DAY = 86_400_000;
const MIN_EPOCH_SECONDS = 1e8; // 1973-03-03: smaller numbers are not plausible metric timestamps

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Consecutive rows share a date: remember the last one's day number.
let lastDateKey = -1;
let lastDateMs = 0;

// The scanner's cursor, kept in module state so digit reads need no allocation.
let pos = 0;

function readDigits(text: string, end: number, min: number, max: number): number {
  let value = 0;
  let n = 0;
  while (pos < end && n < max) {
    const d = text.charCodeAt(pos) - 48;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
    pos++;
    n++;
  }
  return n < min ? -1 : value;
}

function at(text: string, end: number, code: number): boolean {
  if (pos < end && text.charCodeAt(pos) === code) {
    pos++;
    return true;
  }
  return false;
}

/** Parses `text[start, end)` to epoch ms, or NaN. */
export function parseTimestampAt(text: string, start: number, end: number, ctx: TimeContext): number {
  let s = start;
  let e = end;
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && text.charCodeAt(e - 1) === 32) e--;
  if (s === e) return NaN;
  pos = s;
  const c0 = text.charCodeAt(s) | 32;
  if (c0 >= 97 && c0 <= 122) return parseMonthName(text.slice(s, e), ctx);
  const first = readDigits(text, e, 1, 20);
  if (first < 0) return NaN;
  const firstLen = pos - s;
  if (pos === e || text.charCodeAt(pos) === 46 /* . */) {
    if (pos < e && firstLen <= 2) return parseSlashDate(text, s, e, ctx, 46);
    return parseEpoch(text, s, e, first);
  }
  const sep = text.charCodeAt(pos);
  if (firstLen === 4 && (sep === 45 /* - */ || sep === 47) /* / */) {
    pos++;
    const month = readDigits(text, e, 1, 2);
    if (month < 0 || !at(text, e, sep)) return NaN;
    const day = readDigits(text, e, 1, 2);
    return finishDateTime(text, e, first, month, day, ctx);
  }
  if (firstLen <= 2 && sep === 47) return parseSlashDate(text, s, e, ctx, 47);
  return NaN;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME_DATE = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?: ?[@,]? ?| )(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?$/i;

/**
 * Kibana's date formats, naive in the browser's zone: "Nov 22, 2026 @ 14:05:00.000"
 * (dateFormat "MMM D, YYYY @ HH:mm:ss.SSS") and "November 22nd 2026, 14:05:00.000".
 */
function parseMonthName(raw: string, ctx: TimeContext): number {
  const m = MONTH_NAME_DATE.exec(raw);
  if (m === null) return NaN;
  const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
  const d = Number(m[2]);
  const y = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  const ms = Number((m[7] ?? '').padEnd(3, '0') || 0);
  if (month < 1 || d < 1 || d > daysInMonth(y, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  return ctx.localToUtc(daysFromCivil(y, month, d) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms);
}

function parseEpoch(text: string, s: number, e: number, integerPart: number): number {
  let value = integerPart;
  if (pos < e) {
    // A fractional part ("1700000000.5", Prometheus style).
    pos++;
    let scale = 0.1;
    while (pos < e) {
      const d = text.charCodeAt(pos) - 48;
      if (d < 0 || d > 9) return NaN;
      value += d * scale;
      scale /= 10;
      pos++;
    }
    if (pos - s > 40) return NaN;
  }
  if (value < MIN_EPOCH_SECONDS) return NaN;
  if (value < 1e11) return Math.round(value * 1000);
  if (value < 1e14) return Math.round(value);
  if (value < 1e17) return Math.round(value / 1e3);
  if (value < 1e20) return Math.round(value / 1e6);
  return NaN;
}

function parseSlashDate(text: string, s: number, e: number, ctx: TimeContext, sep: number): number {
  pos = s;
  const a = readDigits(text, e, 1, 2);
  if (!at(text, e, sep)) return NaN;
  const b = readDigits(text, e, 1, 2);
  if (b < 0 || !at(text, e, sep)) return NaN;
  const yearStart = pos;
  let year = readDigits(text, e, 2, 4);
  if (year < 0) return NaN;
  if (pos - yearStart === 2) year += 2000;
  else if (pos - yearStart !== 4) return NaN;
  const dayFirst = sep === 46 || ctx.dateOrder === 'dmy';
  return finishDateTime(text, e, year, dayFirst ? b : a, dayFirst ? a : b, ctx);
}

function finishDateTime(text: string, e: number, y: number, m: number, d: number, ctx: TimeContext): number {
  const key = y * 416 + m * 32 + d;
  if (key !== lastDateKey) {
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
    lastDateKey = key;
    lastDateMs = daysFromCivil(y, m, d) * MS_PER_DAY;
  }
  let ms = lastDateMs;
  if (pos === e) return ctx.localToUtc(ms);
  const sep = text.charCodeAt(pos);
  if (sep !== 84 /* T */ && sep !== 32 && sep !== 116 /* t */) return NaN;
  pos++;
  while (pos < e && text.charCodeAt(pos) === 32) pos++;
  let hour = readDigits(text, e, 1, 2);
  if (hour < 0 || !at(text, e, 58 /* : */)) return NaN;
  const minute = readDigits(text, e, 2, 2);
  if (minute < 0 || minute > 59) return NaN;
  let second = 0;
  let fraction = 0;
  if (at(text, e, 58)) {
    second = readDigits(text, e, 2, 2);
    if (second < 0 || second > 59) return NaN;
    if (at(text, e, 46) || at(text, e, 44)) {
      let scale = 100;
      const fracStart = pos;
      while (pos < e) {
        const dd = text.charCodeAt(pos) - 48;
        if (dd < 0 || dd > 9) break;
        fraction += dd * scale;
        scale /= 10;
        pos++;
      }
      if (pos === fracStart) return NaN;
    }
  }
  while (pos < e && text.charCodeAt(pos) === 32) pos++;
  // 12-hour clock from spreadsheets: "2:05 PM".
  if (pos + 1 < e && (text.charCodeAt(pos + 1) | 32) === 109 /* m */) {
    const ap = text.charCodeAt(pos) | 32;
    if ((ap !== 97 && ap !== 112) || hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (ap === 112 ? 12 : 0);
    pos += 2;
    while (pos < e && text.charCodeAt(pos) === 32) pos++;
  }
  if (hour > 23) return NaN;
  ms += hour * 3_600_000 + minute * 60_000 + second * 1000 + Math.round(fraction);
  if (pos === e) return ctx.localToUtc(ms);
  return applyZone(text, e, ms);
}

function applyZone(text: string, e: number, wallMs: number): number {
  const c = text.charCodeAt(pos);
  if ((c === 90 || c === 122) /* Z z */ && pos + 1 === e) return wallMs;
  if (c === 85 || c === 71) {
    // " UTC" / " GMT" as some exporters write it.
    const word = text.slice(pos, e).toUpperCase();
    return word === 'UTC' || word === 'GMT' ? wallMs : NaN;
  }
  if (c !== 43 && c !== 45) return NaN;
  pos++;
  const hh = readDigits(text, e, 2, 2);
  if (hh < 0 || hh > 14) return NaN;
  at(text, e, 58);
  const mm = pos === e ? 0 : readDigits(text, e, 2, 2);
  if (mm < 0 || mm > 59 || pos !== e) return NaN;
  const offset = (hh * 60 + mm) * 60_000;
  return c === 43 ? wallMs - offset : wallMs + offset;
}

/**
 * Wall time → UTC for an IANA zone via Intl (no tz database of our own). Offsets are
 * cached per half hour because DST moves on whole hours or half-hours in the zones users
 * have. A wall time that does not exist (spring forward) takes the offset in force just
 * after the change. A wall time that exists twice (clocks falling back) is the earlier
 * instant, unless `near` (the previous row's instant) is closer to the later one: so a
 * file that runs through the repeated hour twice reads as two distinct hours, in order.
 * Throws RangeError for an unknown zone.
 */
export interface Zone {
  /** `near`: the previous row's instant; `direction`: the file's so far (1 oldest first, -1 newest first). */
  toUtc(wallMs: number, near?: number, direction?: number): number;
  /** True when the instant's wall time happens twice in the zone (the fall-back hour). */
  repeated(utcMs: number): boolean;
}

const UTC_ZONE: Zone = { toUtc: (ms) => ms, repeated: () => false };

export function makeZone(timeZone: string): Zone {
  const upper = timeZone.toUpperCase();
  if (upper === 'UTC' || upper === 'ETC/UTC' || upper === 'Z' || upper === 'GMT') return UTC_ZONE;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();
  function offsetAt(utcMs: number): number {
    const key = Math.floor(utcMs / 1_800_000);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(key * 1_800_000)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    const offset = wall - key * 1_800_000;
    cache.set(key, offset);
    return offset;
  }
  /** Both instants of a wall time repeated by a fall-back, or null. */
  function twoInstants(wallMs: number): [number, number] | null {
    const before = offsetAt(wallMs - 86_400_000);
    const after = offsetAt(wallMs + 86_400_000);
    if (before <= after) return null;
    const a = wallMs - before;
    const b = wallMs - after;
    return offsetAt(a) === before && offsetAt(b) === after ? [a, b] : null;
  }
  return {
    toUtc(wallMs: number, near?: number, direction = 1): number {
      const guess = wallMs - offsetAt(wallMs);
      const utc = wallMs - offsetAt(guess);
      const pair = twoInstants(wallMs);
      if (pair === null) return utc;
      if (near === undefined || near !== near) return direction < 0 ? pair[1] : pair[0];
      // The instant that continues the file's direction from the previous row.
      if (direction < 0) return pair[1] < near ? pair[1] : pair[0];
      return pair[0] > near ? pair[0] : pair[1];
    },
    repeated(utcMs: number): boolean {
      return twoInstants(utcMs + offsetAt(utcMs)) !== null;
    },
  };
}

/** Wall time → UTC, without the row-to-row context (see makeZone). */
export function makeLocalToUtc(timeZone: string): (wallMs: number) => number {
  const zone = makeZone(timeZone);
  return (wallMs) => zone.toUtc(wallMs);
}
