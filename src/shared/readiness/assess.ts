import type { Plan } from '../model';
import type { Projection } from '../engine/types';
import { buildChecklist } from './build-checklist';
import type { ReadinessOptions } from './draft';
import { shortfallsToday, type Shortfall } from './due-dates';
import { eventErrorBudget, type EventErrorBudget } from './error-budget';
import { formatDue } from './format-due';
import { loadTestPlan, type LoadTestPlan } from './load-tests';
import { currentPhase, eventWindow, focusPhase, phaseIds, phaseSchedule, type PhaseId, type PhaseWindow } from './phases';
import type { ChecklistItem, ChecklistState } from './schema';
import { overallVerdict, phaseVerdict, progressByPhase, type PhaseProgress, type Verdict } from './verdict';

/**
 * Everything the readiness screen, the CLI's `headroom readiness` and the XLSX Readiness
 * sheet show, computed once from the plan, its projection, the checklist state and the
 * moment it is asked for. Writers format these values; none of them recomputes one.
 */
export type ReadinessReport = {
  event: {
    name: string;
    /** The start minute as UTC ISO 8601: 18:30 in Los Angeles on 8 June 2027 is 2027-06-09T01:30:00.000Z. */
    startsAt: string;
    endsAt: string;
    timeZone: string;
    /** "Tue 8 Jun 2027 18:30" in the event's zone. */
    startsLocal: string;
  };
  now: string;
  schedule: PhaseWindow[];
  /** The phase today is inside, or null before T-4 weeks and after the "after" window. */
  current: PhaseId | null;
  /** The phase a stepper opens on. */
  focus: PhaseId;
  items: ChecklistItem[];
  progress: PhaseProgress[];
  overall: Verdict;
  phases: Record<PhaseId, Verdict>;
  budget: EventErrorBudget;
  loadTests: LoadTestPlan;
  shortfalls: Shortfall[];
};

/** Throws ReadinessInputError on an unknown time zone or an impossible event date or time. */
export function assessReadiness(plan: Plan, projection: Projection, state: ChecklistState, now: Date, options: Omit<ReadinessOptions, 'now'> = {}): ReadinessReport {
  const withNow = { ...options, now };
  const window = eventWindow(plan.event, options);
  const items = buildChecklist(plan, projection, state, withNow);
  const shortfalls = [...shortfallsToday(plan, projection, now, plan.event.timeZone).values()];
  const tz = plan.event.timeZone;
  const phases = {} as Record<PhaseId, Verdict>;
  for (const phase of phaseIds) phases[phase] = phaseVerdict(items, phase, now, tz);
  return {
    event: {
      name: plan.event.name,
      startsAt: new Date(window.start.getTime()).toISOString(),
      endsAt: new Date(window.end.getTime()).toISOString(),
      timeZone: tz,
      startsLocal: formatDue(window.start.toISOString(), tz),
    },
    now: now.toISOString(),
    schedule: phaseSchedule(plan.event, options),
    current: currentPhase(now, plan.event, options),
    focus: focusPhase(now, plan.event, options),
    items,
    progress: progressByPhase(items, now),
    overall: overallVerdict(items, now, { timeZone: tz, findings: projection.findings, projection, shortfalls }),
    phases,
    budget: eventErrorBudget(plan.event, plan.slo.availability, plan.slo.windowDays, options),
    loadTests: loadTestPlan(plan, projection, options.stressMultipleOfAverage),
    shortfalls,
  };
}
