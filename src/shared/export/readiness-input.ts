import type { Plan } from '../model';
import type { Projection } from '../engine/types';
import {
  buildChecklist,
  formatDue,
  overallVerdict,
  phaseLabels,
  ReadinessInputError,
  type ChecklistState,
  type Verdict,
  type VerdictLevel,
} from '../readiness';
import type { ReadinessInput } from './xlsx/report-sheets';

/**
 * The readiness checklist as the workbook's Readiness sheet and Summary verdict want it:
 * the same checklist and verdict the app shows, built from the plan, its projection and
 * the saved checklist state, with due dates in the event's own zone. Shared by the app's
 * export handlers and the CLI so both reports say the same thing.
 */

export const verdictLabels: Record<VerdictLevel, string> = { ready: 'Ready', 'at-risk': 'At risk', 'not-ready': 'Not ready' };

export interface ExportReadiness {
  /** Undefined when the checklist cannot be built (e.g. an unknown time zone); see `problem`. */
  input: ReadinessInput | undefined;
  verdict: Verdict | null;
  problem: string | null;
}

export function readinessForExport(plan: Plan, projection: Projection, state: ChecklistState, now: Date): ExportReadiness {
  try {
    const items = buildChecklist(plan, projection, state);
    const verdict = overallVerdict(items, now, { event: plan.event, findings: projection.findings });
    const tz = plan.event.timeZone;
    return {
      input: {
        items: items.map((item) => ({
          id: item.id,
          phase: phaseLabels[item.phase],
          title: item.obsolete ? `${item.title} (obsolete: ${item.obsoleteReason ?? 'no longer generated'})` : item.title,
          dueAt: formatDue(item.dueAt, tz),
          owner: item.owner,
          // The sheet colours by the status id; the label is for people.
          status: item.status,
          note: item.note,
        })),
        verdict: { verdict: verdictLabels[verdict.verdict], reasons: verdict.reasons },
      },
      verdict,
      problem: null,
    };
  } catch (error) {
    // Only a plan the checklist cannot date (bad zone, impossible date) lands here; the
    // report is still worth writing, and its Readiness sheet says there is no checklist.
    if (!(error instanceof ReadinessInputError)) throw error;
    return { input: undefined, verdict: null, problem: error.message };
  }
}
