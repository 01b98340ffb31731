import type { Plan } from '../model';
import type { Projection } from '../engine/types';
import {
  assessReadiness,
  formatDue,
  phaseLabels,
  ReadinessInputError,
  verdictRuleIds,
  verdictRuleLabels,
  verdictStateLabels,
  type ChecklistState,
  type ReadinessReport,
  type Verdict,
  type VerdictState,
} from '../readiness';
import type { ReadinessInput } from './xlsx/report-sheets';

/**
 * The readiness checklist as the workbook's Readiness sheet and Summary verdict want it:
 * the same report the app's screen and the CLI show (assessReadiness), formatted, with
 * due dates in the event's own zone. Shared by the app's export handlers and the CLI so
 * both reports say the same thing.
 */

export const verdictLabels: Record<VerdictState, string> = verdictStateLabels;

export interface ExportReadiness {
  /** Undefined when the checklist cannot be built (e.g. an unknown time zone); see `problem`. */
  input: ReadinessInput | undefined;
  verdict: Verdict | null;
  report: ReadinessReport | null;
  problem: string | null;
}

/** The report as the sheets take it: every value already formatted, nothing left to compute. */
export function readinessInputOf(report: ReadinessReport): ReadinessInput {
  const tz = report.event.timeZone;
  return {
    event: { startsLocal: `${report.event.startsLocal} (${tz})`, startsAtUtc: report.event.startsAt, asOf: formatDue(report.now, tz) },
    items: report.items.map((item) => ({
      id: item.id,
      phase: phaseLabels[item.phase],
      title: item.obsolete ? `${item.title} (obsolete: ${item.obsoleteReason ?? 'no longer generated'})` : item.title,
      detail: item.detail,
      node: item.subject?.nodeName ?? '',
      dueAt: formatDue(item.dueAt, tz),
      dueNote: item.dueNote ?? '',
      owner: item.owner,
      // The sheet colours by the status id; the label is for people.
      status: item.status,
      note: item.note,
      evidence: item.evidenceUrl,
    })),
    progress: report.progress.map((p) => ({ phase: p.label, done: p.done, notApplicable: p.notApplicable, total: p.total, overdue: p.overdue, blocked: p.blocked })),
    verdict: {
      verdict: verdictLabels[report.overall.state],
      rules: report.overall.rules.map((r) => `${verdictRuleIds[r]}: ${verdictRuleLabels[r]}`),
      reasons: report.overall.reasons.map((r) => `${verdictRuleIds[r.rule]} · ${r.text}`),
    },
  };
}

export function readinessForExport(plan: Plan, projection: Projection, state: ChecklistState, now: Date): ExportReadiness {
  try {
    const report = assessReadiness(plan, projection, state, now);
    return { input: readinessInputOf(report), verdict: report.overall, report, problem: null };
  } catch (error) {
    // Only a plan the checklist cannot date (bad zone, impossible date) lands here; the
    // report is still worth writing, and its Readiness sheet says there is no checklist.
    if (!(error instanceof ReadinessInputError)) throw error;
    return { input: undefined, verdict: null, report: null, problem: error.message };
  }
}
