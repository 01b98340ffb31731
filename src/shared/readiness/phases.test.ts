import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentPhase, eventStartsAtUtc, eventWindow, focusPhase, phaseIds, phaseSchedule, ReadinessInputError, shiftDays, type EventTiming } from './phases';

function event(startDate: string, timeZone = 'UTC', durationDays = 1): EventTiming {
  return { name: 'Event', startDate, timeZone, durationDays, surge: { mode: 'multiplier', value: 3 } };
}

function startOf(phase: string, e: EventTiming, startTime?: string): string {
  const window = phaseSchedule(e, startTime ? { startTime } : {}).find((w) => w.phase === phase);
  if (!window) throw new Error(`no phase ${phase}`);
  return window.start;
}

const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;

describe('the event window', () => {
  it('starts at 09:00 event-local time by default and ends durationDays calendar days later', () => {
    const { start, end } = eventWindow(event('2027-03-02', 'Europe/Paris', 2));
    expect(start.toISOString()).toBe('2027-03-02T09:00:00.000+01:00');
    expect(end.toISOString()).toBe('2027-03-04T09:00:00.000+01:00');
  });

  it('takes another start time as an option', () => {
    expect(eventWindow(event('2027-03-02'), { startTime: '18:30' }).start.toISOString()).toBe('2027-03-02T18:30:00.000+00:00');
  });

  it('places the same local date at different instants in different zones', () => {
    const tokyo = eventWindow(event('2027-06-01', 'Asia/Tokyo')).start;
    const la = eventWindow(event('2027-06-01', 'America/Los_Angeles')).start;
    expect(tokyo.toISOString()).toBe('2027-06-01T09:00:00.000+09:00');
    expect(la.toISOString()).toBe('2027-06-01T09:00:00.000-07:00');
    expect((la.getTime() - tokyo.getTime()) / 3_600_000).toBe(16);
  });

  it('handles half-hour offsets (India)', () => {
    expect(startOf('t-1w', event('2027-01-08', 'Asia/Kolkata'))).toBe('2027-01-01T09:00:00.000+05:30');
  });

  it('moves a start time inside a DST gap forward to the first valid time', () => {
    expect(eventWindow(event('2027-03-14', 'America/New_York'), { startTime: '02:30' }).start.toISOString()).toBe('2027-03-14T03:30:00.000-04:00');
  });

  it('refuses an unknown time zone, an impossible date and a malformed time with a clear error', () => {
    expect(() => eventWindow(event('2027-03-02', 'Mars/Olympus'))).toThrow(ReadinessInputError);
    expect(() => eventWindow(event('2027-03-02', 'Mars/Olympus'))).toThrow(/unknown time zone "Mars\/Olympus"/);
    expect(() => eventWindow(event('2027-02-30'))).toThrow(/does not exist/);
    expect(() => eventWindow(event('2027-03-02'), { startTime: '9am' })).toThrow(/not HH:mm/);
  });
});

describe('phase marks are calendar days before the start, at the same local time', () => {
  it('T-4 weeks of an event on 2027-03-02 is 2027-02-02 (crossing February’s end)', () => {
    expect(startOf('t-4w', event('2027-03-02'))).toBe('2027-02-02T09:00:00.000+00:00');
    expect(startOf('t-2w', event('2027-03-02'))).toBe('2027-02-16T09:00:00.000+00:00');
    expect(startOf('t-1w', event('2027-03-02'))).toBe('2027-02-23T09:00:00.000+00:00');
    expect(startOf('t-1d', event('2027-03-02'))).toBe('2027-03-01T09:00:00.000+00:00');
  });

  it('crosses a leap day: 2028-03-01 minus 4 weeks is 2028-02-02', () => {
    expect(startOf('t-4w', event('2028-03-01'))).toBe('2028-02-02T09:00:00.000+00:00');
    expect(startOf('t-1d', event('2028-03-01'))).toBe('2028-02-29T09:00:00.000+00:00');
  });

  it('crosses a year end: an event on 2028-01-10 starts its countdown on 2027-12-13', () => {
    expect(startOf('t-4w', event('2028-01-10'))).toBe('2027-12-13T09:00:00.000+00:00');
  });

  it('T-2 weeks across the US spring-forward change is 335 hours, not 336', () => {
    const e = event('2027-03-20', 'America/New_York'); // DST starts 2027-03-14
    expect(startOf('t-2w', e)).toBe('2027-03-06T09:00:00.000-05:00');
    expect(hours(startOf('t-2w', e), startOf('during', e))).toBe(335);
  });

  it('T-2 weeks across the European autumn change is 337 hours', () => {
    const e = event('2027-11-05', 'Europe/Berlin'); // DST ends 2027-10-31
    expect(startOf('t-2w', e)).toBe('2027-10-22T09:00:00.000+02:00');
    expect(hours(startOf('t-2w', e), startOf('during', e))).toBe(337);
  });

  it('follows the southern hemisphere’s DST (Sydney, ends 2027-04-04)', () => {
    const e = event('2027-04-10', 'Australia/Sydney');
    expect(startOf('t-1w', e)).toBe('2027-04-03T09:00:00.000+11:00');
    expect(startOf('during', e)).toBe('2027-04-10T09:00:00.000+10:00');
  });

  it('makes a one-day event that spans a DST change 23 hours long, and "after" lasts 7 local days', () => {
    const e = event('2027-03-13', 'America/New_York', 1);
    expect(hours(startOf('during', e), startOf('after', e))).toBe(23);
    const after = phaseSchedule(e).find((w) => w.phase === 'after');
    expect(after?.end).toBe('2027-03-21T09:00:00.000-04:00');
  });

  it('keeps the local wall-clock time and subtracts whole local days, for any date and zone (property)', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Auckland'];
    const dates = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.constantFrom(...zones), fc.constantFrom(1, 7, 14, 28), (d, zone, days) => {
        const start = eventWindow(event(d.toISOString().slice(0, 10), zone)).start;
        const earlier = shiftDays(start, -days);
        const local = (x: Date) => format(new TZDate(x.getTime(), zone), 'HH:mm');
        const dayNumber = (x: Date) => {
          const [y = 0, m = 1, day = 1] = format(new TZDate(x.getTime(), zone), 'yyyy M d').split(' ').map(Number);
          return Date.UTC(y, m - 1, day);
        };
        expect(local(earlier)).toBe('09:00');
        expect((dayNumber(start) - dayNumber(earlier)) / 86_400_000).toBe(days);
      }),
    );
  });
});

describe('currentPhase', () => {
  const e = event('2027-03-02', 'UTC', 2);
  const at = (iso: string) => currentPhase(new Date(iso), e);

  it('is no phase before the countdown starts (a phase is "now" only while today is inside it)', () => {
    expect(at('2026-12-01T00:00:00Z')).toBeNull();
    expect(at('2027-02-02T08:59:59Z')).toBeNull();
    expect(at('2027-02-02T09:00:00Z')).toBe('t-4w');
    expect(focusPhase(new Date('2026-12-01T00:00:00Z'), e)).toBe('t-4w');
  });

  it('switches exactly at each phase start', () => {
    expect(at('2027-02-16T08:59:59Z')).toBe('t-4w');
    expect(at('2027-02-16T09:00:00Z')).toBe('t-2w');
    expect(at('2027-02-23T09:00:00Z')).toBe('t-1w');
    expect(at('2027-03-01T09:00:00Z')).toBe('t-1d');
    expect(at('2027-03-02T09:00:00Z')).toBe('during');
    expect(at('2027-03-04T08:59:59Z')).toBe('during');
    expect(at('2027-03-04T09:00:00Z')).toBe('after');
  });

  it('is no phase once the after window is over, while the stepper still opens on "after"', () => {
    expect(at('2027-03-11T08:59:59Z')).toBe('after');
    expect(at('2027-03-11T09:00:00Z')).toBeNull();
    expect(focusPhase(new Date('2027-06-01T00:00:00Z'), e)).toBe('after');
  });

  it('dates an event at 18:30 in Los Angeles at 01:30 UTC the next day', () => {
    const la = { ...event('2027-06-08', 'America/Los_Angeles', 3), startTime: '18:30' };
    expect(eventStartsAtUtc(la)).toBe('2027-06-09T01:30:00.000Z');
    expect(eventWindow(la).start.toISOString()).toBe('2027-06-08T18:30:00.000-07:00');
  });

  it('reads "today" in the event’s zone: 23:00 UTC is already the next day in Tokyo', () => {
    const tokyo = event('2027-03-02', 'Asia/Tokyo');
    // T-1 day starts 2027-03-01 09:00 +09:00 = 2027-03-01T00:00Z.
    expect(currentPhase(new Date('2027-02-28T23:59:00Z'), tokyo)).toBe('t-1w');
    expect(currentPhase(new Date('2027-03-01T00:00:00Z'), tokyo)).toBe('t-1d');
  });

  it('returns phases in the documented order', () => {
    expect(phaseSchedule(e).map((w) => w.phase)).toEqual([...phaseIds]);
    const schedule = phaseSchedule(e);
    for (let i = 1; i < schedule.length; i++) expect(schedule[i]?.start).toBe(schedule[i - 1]?.end);
  });
});
