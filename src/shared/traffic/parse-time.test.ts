import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, makeLocalToUtc, parseTimestampAt, type TimeContext } from './parse-time';

const utc: TimeContext = { dateOrder: 'mdy', localToUtc: (ms) => ms };

function ts(text: string, ctx: TimeContext = utc): number {
  return parseTimestampAt(text, 0, text.length, ctx);
}

const T = Date.UTC(2026, 10, 22, 14, 5);

describe('parseTimestampAt', () => {
  it('reads ISO 8601 with Z, offsets, fractions, a space or nothing for the time', () => {
    expect(ts('2026-11-22T14:05:00Z')).toBe(T);
    expect(ts('2026-11-22T14:05Z')).toBe(T);
    expect(ts('2026-11-22 14:05:00')).toBe(T);
    expect(ts('2026-11-22T14:05:00.250Z')).toBe(T + 250);
    expect(ts('2026-11-22T15:05:00+01:00')).toBe(T);
    expect(ts('2026-11-22T09:05:00-0500')).toBe(T);
    expect(ts('2026-11-22T14:05:00+00')).toBe(T);
    expect(ts('2026-11-22 14:05:00 UTC')).toBe(T);
    expect(ts('2026-11-22')).toBe(Date.UTC(2026, 10, 22));
    expect(ts('2026/11/22 14:05')).toBe(T);
  });

  it('tells epoch seconds, milliseconds, micro- and nanoseconds apart by size', () => {
    const s = T / 1000;
    expect(ts(String(s))).toBe(T);
    expect(ts(String(T))).toBe(T);
    expect(ts(`${T}000`)).toBe(T);
    expect(ts(`${T}000000`)).toBe(T);
    expect(ts(`${s}.5`)).toBe(T + 500);
  });

  it('reads spreadsheet date-times, 24 h and 12 h clocks', () => {
    expect(ts('11/22/2026 14:05')).toBe(T);
    expect(ts('11/22/2026 2:05 PM')).toBe(T);
    expect(ts('11/22/2026 12:05 am')).toBe(Date.UTC(2026, 10, 22, 0, 5));
    expect(ts('11/22/26 14:05:00')).toBe(T);
    expect(ts('22/11/2026 14:05', { ...utc, dateOrder: 'dmy' })).toBe(T);
    expect(ts('22.11.2026 14:05')).toBe(T);
  });

  it('refuses impossible dates and times and other words', () => {
    for (const bad of ['', 'timestamp', '2026-02-29', '2026-11-31', '2026-13-01', '2026-11-22T24:00', '2026-11-22T14:60', '22/11/2026 14:05', '11/22/2026 13:05 PM', '2026-11-22T14:05:00X', '12345', '2026-11-22T14:05:00+15:00']) {
      expect(ts(bad), bad).toBeNaN();
    }
  });

  it('matches Date.parse on any ISO instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1975-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (d) => {
        expect(ts(d.toISOString())).toBe(d.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('daysFromCivil agrees with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
      }),
    );
  });
});

describe('makeLocalToUtc', () => {
  it('applies the zone offset, including across daylight saving time', () => {
    const paris = makeLocalToUtc('Europe/Paris');
    expect(paris(Date.UTC(2026, 0, 15, 12))).toBe(Date.UTC(2026, 0, 15, 11));
    expect(paris(Date.UTC(2026, 6, 15, 12))).toBe(Date.UTC(2026, 6, 15, 10));
    const ny = makeLocalToUtc('America/New_York');
    expect(ny(Date.UTC(2026, 10, 22, 9, 5))).toBe(T);
  });

  it('is the identity for UTC and throws for an unknown zone', () => {
    expect(makeLocalToUtc('UTC')(T)).toBe(T);
    expect(() => makeLocalToUtc('Nowhere/Atlantis')).toThrow(RangeError);
  });
});
