import { projectPlan } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/plan';
import {
  buildChecklist,
  currentPhase,
  eventErrorBudget,
  overallVerdict,
  phaseIds,
  phaseSchedule,
  phaseVerdict,
  progressByPhase,
  ReadinessInputError,
  type ChecklistItem,
  type ChecklistState,
  type EventErrorBudget,
  type PhaseId,
  type PhaseProgress,
  type PhaseWindow,
  type ReadinessOptions,
  type Verdict,
} from '../../../shared/readiness';

/**
 * The plan has no start time and no SLO yet, so the countdown uses the core's defaults
 * (09:00 event-local, 99.9 % over 30 days). When the plan gains those fields they go here.
 */
export const OPTIONS: ReadinessOptions = {};

export interface ReadinessModel {
  items: ChecklistItem[];
  schedule: PhaseWindow[];
  progress: PhaseProgress[];
  verdicts: Record<PhaseId, Verdict>;
  overall: Verdict;
  current: PhaseId;
  budget: EventErrorBudget;
  now: Date;
  timeZone: string;
}

/**
 * `input`: the plan's event cannot be dated (unknown zone, impossible date), which the user
 * fixes in the plan settings; `internal`: anything else, a bug to report, not the date's fault.
 */
export type ReadinessResult = { ok: true; model: ReadinessModel } | { ok: false; cause: 'input' | 'internal'; message: string };

/** Everything the stepper shows, derived from the plan and the saved state; pure beyond the clock. */
export function computeReadiness(plan: Plan, state: ChecklistState, now: Date): ReadinessResult {
  try {
    const projection = projectPlan(plan);
    const items = buildChecklist(plan, projection, state, OPTIONS);
    const context = { event: plan.event, options: OPTIONS };
    const verdicts = Object.fromEntries(phaseIds.map((p) => [p, phaseVerdict(items, p, now, context)])) as Record<PhaseId, Verdict>;
    return {
      ok: true,
      model: {
        items,
        schedule: phaseSchedule(plan.event, OPTIONS),
        progress: progressByPhase(items, now),
        verdicts,
        overall: overallVerdict(items, now, { ...context, findings: projection.findings }),
        current: currentPhase(now, plan.event, OPTIONS),
        budget: eventErrorBudget(plan.event, OPTIONS.slo, OPTIONS.sloWindowDays, OPTIONS),
        now,
        timeZone: plan.event.timeZone,
      },
    };
  } catch (error) {
    // An unknown time zone or an impossible event date: say which, the plan's inspector fixes it.
    // Anything else is not the event date's fault, and the screen must not say it is.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, cause: error instanceof ReadinessInputError ? 'input' : 'internal', message };
  }
}

