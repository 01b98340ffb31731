import { describe, expect, it } from 'vitest';
import { formatWindow, isoFromLocalInput, localInputFromIso } from './due-input';

describe('custom due times typed in the event zone', () => {
  it('reads the typed time as the event zone’s wall clock, not the laptop’s', () => {
    expect(isoFromLocalInput('2027-06-07T17:00', 'America/Los_Angeles')).toBe('2027-06-07T17:00:00.000-07:00');
    expect(isoFromLocalInput('2027-01-07T17:00', 'Europe/Paris')).toBe('2027-01-07T17:00:00.000+01:00');
  });

  it('round-trips through the input value', () => {
    const iso = isoFromLocalInput('2027-03-14T09:30', 'America/New_York')!;
    expect(localInputFromIso(iso, 'America/New_York')).toBe('2027-03-14T09:30');
    // The same instant shown in another zone is that zone's wall clock.
    expect(localInputFromIso(iso, 'UTC')).toBe('2027-03-14T13:30');
  });

  it('treats empty and malformed values as "no fixed due time"', () => {
    expect(isoFromLocalInput('', 'UTC')).toBeNull();
    expect(isoFromLocalInput('tomorrow', 'UTC')).toBeNull();
    expect(localInputFromIso(null, 'UTC')).toBe('');
  });

  it('formats a phase window as local days', () => {
    expect(formatWindow('2027-05-11T09:00:00.000-07:00', '2027-05-25T09:00:00.000-07:00', 'America/Los_Angeles')).toBe('11 May – 25 May');
  });
});
