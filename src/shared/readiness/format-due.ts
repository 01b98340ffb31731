import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** "Sat 6 Mar 2027 09:00" in the event's zone: due dates are read as the event's local time. */
export function formatDue(dueAt: string, timeZone: string): string {
  return format(new TZDate(Date.parse(dueAt), timeZone), 'EEE d MMM yyyy HH:mm');
}
