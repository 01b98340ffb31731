import { DEFAULT_SLO_AVAILABILITY, DEFAULT_SLO_WINDOW_DAYS } from '../model';
import { formatNumber } from '../engine/format';
import { eventWindow, type EventTiming, type TimelineOptions } from './phases';

/**
 * Error budget: the downtime an SLO allows over a window. Seed 004: 99.9 % over 30 days
 * = 43.2 minutes (30 × 1,440 min × 0.001).
 */
export const DEFAULT_SLO = DEFAULT_SLO_AVAILABILITY;
export { DEFAULT_SLO_WINDOW_DAYS };

export type ErrorBudget = {
  slo: number;
  windowMinutes: number;
  allowedMinutes: number;
  /** "99.9% over 30 days allows 43.2 min of downtime". */
  summary: string;
};

export class ErrorBudgetInputError extends Error {
  override name = 'ErrorBudgetInputError';
}

function assertSlo(slo: number): void {
  // 1 (100 %) allows nothing and 0 allows everything: neither is an objective to plan for.
  if (!Number.isFinite(slo) || slo <= 0 || slo >= 1) {
    throw new ErrorBudgetInputError(`an SLO is a fraction strictly between 0 and 1 (0.999 for 99.9%); got ${slo}`);
  }
}

/** (1 − slo) × minutes, rounded to the microminute so 99.9 % of 30 days is exactly 43.2, not 43.20000000000004. */
function allowed(slo: number, minutes: number): number {
  return Math.round((1 - slo) * minutes * 1e6) / 1e6;
}

function describe(slo: number, allowedMinutes: number, over: string): string {
  const minutes = allowedMinutes < 10 ? formatNumber(allowedMinutes, 2) : formatNumber(allowedMinutes, 1);
  return `${formatNumber(slo * 100, 4)}% over ${over} allows ${minutes} min of downtime`;
}

/** Allowed minutes of failure for `slo` over `windowDays` days of 1,440 minutes. */
export function errorBudget(slo: number, windowDays: number): ErrorBudget {
  assertSlo(slo);
  if (!Number.isFinite(windowDays) || windowDays <= 0) {
    throw new ErrorBudgetInputError(`an SLO window is a positive number of days; got ${windowDays}`);
  }
  const windowMinutes = windowDays * 1_440;
  const allowedMinutes = allowed(slo, windowMinutes);
  const over = `${formatNumber(windowDays, 2)} day${windowDays === 1 ? '' : 's'}`;
  return { slo, windowMinutes, allowedMinutes, summary: describe(slo, allowedMinutes, over) };
}

export type EventErrorBudget = {
  /** The budget over the SLO's own window (43.2 min for 99.9 % / 30 days). */
  window: ErrorBudget;
  /**
   * The same SLO held over the event alone. Its minutes are the real wall-clock length of
   * the event in its time zone, so a one-day event across a DST change has 23 or 25 h.
   */
  event: ErrorBudget;
  /** The share of the window's budget the event's pro-rata slice is (event min / window min). */
  eventShareOfWindow: number;
};

/** The budget for the during-event phase: the SLO window's, and the event window's own. */
export function eventErrorBudget(
  event: EventTiming,
  slo: number = DEFAULT_SLO,
  windowDays: number = DEFAULT_SLO_WINDOW_DAYS,
  options: TimelineOptions = {},
): EventErrorBudget {
  const window = errorBudget(slo, windowDays);
  const { start, end } = eventWindow(event, options);
  const eventMinutes = (end.getTime() - start.getTime()) / 60_000;
  const eventAllowed = allowed(slo, eventMinutes);
  const over = `the ${event.durationDays}-day event (${formatNumber(eventMinutes / 60, 1)} h)`;
  return {
    window,
    event: { slo, windowMinutes: eventMinutes, allowedMinutes: eventAllowed, summary: describe(slo, eventAllowed, over) },
    eventShareOfWindow: eventMinutes / window.windowMinutes,
  };
}
