import type { Plan } from '../../../shared/model/plan';
import { projectActive } from '../../../shared/scenarios/project-scenario';
import { assessReadiness, ReadinessInputError, type ChecklistState, type ReadinessReport } from '../../../shared/readiness';

/** The report the stepper shows (assessReadiness: the same one the CLI and the XLSX print), with the clock it was made at. */
export type ReadinessModel = ReadinessReport & { at: Date };

/**
 * `input`: the plan's event cannot be dated (unknown zone, impossible date), which the user
 * fixes in the plan settings; `internal`: anything else, a bug to report, not the date's fault.
 */
export type ReadinessResult = { ok: true; model: ReadinessModel } | { ok: false; cause: 'input' | 'internal'; message: string };

/** Everything the stepper shows, derived from the plan and the saved state; pure beyond the clock. */
export function computeReadiness(plan: Plan, state: ChecklistState, now: Date): ReadinessResult {
  try {
    // The active scenario's plan and numbers: the checklist follows the scenario switcher.
    const { applied, projection } = projectActive(plan);
    return { ok: true, model: { ...assessReadiness(applied.plan, projection, state, now), at: now } };
  } catch (error) {
    // An unknown time zone or an impossible event date: say which, the plan's inspector fixes it.
    // Anything else is not the event date's fault, and the screen must not say it is.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, cause: error instanceof ReadinessInputError ? 'input' : 'internal', message };
  }
}
