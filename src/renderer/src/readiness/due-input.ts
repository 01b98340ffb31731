import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * A custom item's due time is typed as event-local wall-clock time (an `<input
 * type="datetime-local">`, "2027-06-07T17:00"), because the whole countdown is read in the
 * event's zone, not the laptop's. These convert between that and the stored ISO time.
 */

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2027-06-07T17:00" in `timeZone` → ISO with that zone's offset; null for an empty or malformed value. */
export function isoFromLocalInput(value: string, timeZone: string): string | null {
  const m = localPattern.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = TZDate.tz(timeZone, year, month - 1, day, hour, minute);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The stored ISO time as the event-local value a datetime-local input shows. */
export function localInputFromIso(iso: string | null, timeZone: string): string {
  if (iso === null || iso === '') return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : format(new TZDate(ms, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** "7 Jun – 8 Jun" for a phase window, in the event's zone. */
export function formatWindow(startIso: string, endIso: string, timeZone: string): string {
  const day = (iso: string) => format(new TZDate(Date.parse(iso), timeZone), 'd MMM');
  return `${day(startIso)} – ${day(endIso)}`;
}
