import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { DEFAULT_EVENT_START_TIME, type PlanEvent } from '../model';

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

/** An event as the timeline reads it; hand-built ones (tests) may leave the start time out. */
export type EventTiming = Omit<PlanEvent, 'startTime'> & { startTime?: string };

export type TimelineOptions = {
  /** Event-local start time, HH:mm (24 h), instead of the plan's `event.startTime`. */
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
export function eventWindow(event: EventTiming, options: TimelineOptions = {}): EventWindow {
  // Hand-built events (tests, old callers) may lack startTime; a parsed plan always has it.
  const startTime = options.startTime ?? event.startTime ?? DEFAULT_EVENT_START_TIME;
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
export function phaseSchedule(event: EventTiming, options: TimelineOptions = {}): PhaseWindow[] {
  const window = eventWindow(event, options);
  return phaseIds.map((phase) => {
    const { start, end } = phaseWindow(phase, window);
    return { phase, label: phaseLabels[phase], start: start.toISOString(), end: end.toISOString() };
  });
}

/**
 * The phase whose window holds `now`, or null when `now` is before T-4 weeks or after the
 * "after" window: a phase is "now" only while today is inside it.
 */
export function currentPhase(now: Date, event: EventTiming, options: TimelineOptions = {}): PhaseId | null {
  const window = eventWindow(event, options);
  const t = now.getTime();
  for (const phase of phaseIds) {
    const { start, end } = phaseWindow(phase, window);
    if (start.getTime() <= t && t < end.getTime()) return phase;
  }
  return null;
}

/** The phase to open the stepper on: the current one, else the first (before) or the last (after). */
export function focusPhase(now: Date, event: EventTiming, options: TimelineOptions = {}): PhaseId {
  const current = currentPhase(now, event, options);
  if (current !== null) return current;
  return now.getTime() < phaseWindow('t-4w', eventWindow(event, options)).start.getTime() ? 't-4w' : 'after';
}

/** The event's start as UTC ISO 8601 (`2027-06-09T01:30:00.000Z` for 18:30 in Los Angeles on 8 June). */
export function eventStartsAtUtc(event: EventTiming, options: TimelineOptions = {}): string {
  return new Date(eventWindow(event, options).start.getTime()).toISOString();
}

export function phaseIndex(phase: PhaseId): number {
  return phaseIds.indexOf(phase);
}

