import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { PlanEvent } from '../model';

/**
 * The readiness timeline of seed 004 ("Preparation timeline"): six phases, each a window
 * of wall-clock time in the event's own time zone.
 *
 *   t-4w    [start − 28 days, start − 14 days)
 *   t-2w    [start − 14 days, start − 7 days)
 *   t-1w    [start − 7 days,  start − 1 day)
 *   t-1d    [start − 1 day,   start)
 *   during  [start,           end)            end = start + durationDays days
 *   after   [end,             end + 7 days)
 *
 * "Days" are calendar days at the same local time, never multiples of 24 hours: two weeks
 * before a 09:00 event that falls just after a DST change is 09:00 local two weeks
 * earlier, which is 335 or 337 hours away. That is what people mean by "T-2 weeks".
 */
export const phaseIds = ['t-4w', 't-2w', 't-1w', 't-1d', 'during', 'after'] as const;
export type PhaseId = (typeof phaseIds)[number];

export const phaseLabels: Record<PhaseId, string> = {
  't-4w': 'T-4 weeks',
  't-2w': 'T-2 weeks',
  't-1w': 'T-1 week',
  't-1d': 'T-1 day',
  during: 'During the event',
  after: 'After the event',
};

/** Days after the event ends that the "after" phase (scale-down, postmortem) lasts. */
export const AFTER_PHASE_DAYS = 7;

/** The event's local start time when the plan does not say (the plan schema has no time yet). */
export const DEFAULT_EVENT_START_TIME = '09:00';

export type TimelineOptions = {
  /** Event-local start time, HH:mm (24 h). Default 09:00. */
  startTime?: string;
};

export type PhaseWindow = {
  phase: PhaseId;
  label: string;
  /** ISO 8601 with the event zone's offset, e.g. 2027-03-06T09:00:00.000-05:00. */
  start: string;
  end: string;
};

/** The event's start and end as zone-aware dates. */
export type EventWindow = { start: TZDate; end: TZDate; timeZone: string };

/** Invalid input the timeline cannot be computed from (bad zone, date or time). */
export class ReadinessInputError extends Error {
  override name = 'ReadinessInputError';
}

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function assertTimeZone(timeZone: string): void {
  try {
    // Intl is the authority on IANA names in both Electron and Node; it throws on unknown ones.
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ReadinessInputError(`unknown time zone "${timeZone}" (expected an IANA name such as Europe/Paris)`);
  }
}

/** Local days from a zone-aware date, keeping the wall-clock time (DST-correct). */
export function shiftDays(date: TZDate, days: number): TZDate {
  return addDays(date, days);
}

/** The event's start (local date at `startTime` in its zone) and end (+ durationDays days). */
export function eventWindow(event: PlanEvent, options: TimelineOptions = {}): EventWindow {
  const startTime = options.startTime ?? DEFAULT_EVENT_START_TIME;
  const time = timePattern.exec(startTime);
  if (!time) throw new ReadinessInputError(`event start time "${startTime}" is not HH:mm`);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.startDate);
  if (!date) throw new ReadinessInputError(`event start date "${event.startDate}" is not YYYY-MM-DD`);
  assertTimeZone(event.timeZone);
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const start = TZDate.tz(event.timeZone, year, month - 1, day, Number(time[1]), Number(time[2]));
  // Date rolls 2027-02-30 over to March 2; a typo must not move the event silently.
  const check = new TZDate(start.getTime(), event.timeZone);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) {
    throw new ReadinessInputError(`event start date "${event.startDate}" does not exist`);
  }
  return { start, end: shiftDays(start, event.durationDays), timeZone: event.timeZone };
}

/** Where each phase begins, in days relative to the event start (or end, for "after"). */
function phaseStart(phase: PhaseId, window: EventWindow): TZDate {
  switch (phase) {
    case 't-4w':
      return shiftDays(window.start, -28);
    case 't-2w':
      return shiftDays(window.start, -14);
    case 't-1w':
      return shiftDays(window.start, -7);
    case 't-1d':
      return shiftDays(window.start, -1);
    case 'during':
      return window.start;
    case 'after':
      return window.end;
  }
}

function phaseEnd(phase: PhaseId, window: EventWindow): TZDate {
  const index = phaseIds.indexOf(phase);
  const next = phaseIds[index + 1];
  return next === undefined ? shiftDays(window.end, AFTER_PHASE_DAYS) : phaseStart(next, window);
}

export function phaseWindow(phase: PhaseId, window: EventWindow): { start: TZDate; end: TZDate } {
  return { start: phaseStart(phase, window), end: phaseEnd(phase, window) };
}

/** All six windows, for the stepper's headings ("T-2 weeks · from Mar 6"). */
export function phaseSchedule(event: PlanEvent, options: TimelineOptions = {}): PhaseWindow[] {
  const window = eventWindow(event, options);
  return phaseIds.map((phase) => {
    const { start, end } = phaseWindow(phase, window);
    return { phase, label: phaseLabels[phase], start: start.toISOString(), end: end.toISOString() };
  });
}

/**
 * The phase the stepper opens on: the one whose window holds `now`. Before T-4 weeks the
 * first phase is the one to work on; after the "after" window it stays on "after" (the
 * postmortem and model update are what remains).
 */
export function currentPhase(now: Date, event: PlanEvent, options: TimelineOptions = {}): PhaseId {
  const window = eventWindow(event, options);
  const t = now.getTime();
  let current: PhaseId = phaseIds[0];
  for (const phase of phaseIds) {
    if (phaseStart(phase, window).getTime() <= t) current = phase;
  }
  return current;
}

export function phaseIndex(phase: PhaseId): number {
  return phaseIds.indexOf(phase);
}

