import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { PlanEvent } from '../model';
import type { Finding } from '../engine/types';
import { currentPhase, eventWindow, phaseIds, phaseIndex, phaseLabels, phaseWindow, type PhaseId, type TimelineOptions } from './phases';
import type { ChecklistItem } from './schema';

/**
 * Progress, overdue items and the readiness verdict. No peer tool ends in a verdict; ours
 * does, with the reasons, by these rules (docs/readiness.md):
 *
 *   not ready  any blocked item; or an item still open after its phase has ended
 *   at risk    an overdue item in the current (or a later) phase; or an open critical
 *              finding of the capacity model that no plan item acts on (see below)
 *   ready      otherwise: everything due so far is done or not applicable
 *
 * Obsolete items count for nothing: their subject left the plan.
 */
export type VerdictLevel = 'ready' | 'at-risk' | 'not-ready';
export type Verdict = { verdict: VerdictLevel; reasons: string[] };

const closed = new Set<ChecklistItem['status']>(['done', 'n/a']);

export function isOverdue(item: ChecklistItem, now: Date): boolean {
  return !item.obsolete && !closed.has(item.status) && Date.parse(item.dueAt) < now.getTime();
}

export type PhaseProgress = {
  phase: PhaseId;
  label: string;
  /** Live items (obsolete excluded). */
  total: number;
  done: number;
  notApplicable: number;
  inProgress: number;
  blocked: number;
  overdue: number;
  /** done + not applicable */
  completed: number;
  /** completed / total; 1 for a phase without items (nothing left to do). */
  ratio: number;
};

export function phaseProgress(items: readonly ChecklistItem[], phase: PhaseId, now: Date): PhaseProgress {
  const live = items.filter((i) => i.phase === phase && !i.obsolete);
  const count = (status: ChecklistItem['status']) => live.filter((i) => i.status === status).length;
  const done = count('done');
  const notApplicable = count('n/a');
  const completed = done + notApplicable;
  return {
    phase,
    label: phaseLabels[phase],
    total: live.length,
    done,
    notApplicable,
    inProgress: count('in-progress'),
    blocked: count('blocked'),
    overdue: live.filter((i) => isOverdue(i, now)).length,
    completed,
    ratio: live.length === 0 ? 1 : completed / live.length,
  };
}

export function progressByPhase(items: readonly ChecklistItem[], now: Date): PhaseProgress[] {
  return phaseIds.map((phase) => phaseProgress(items, phase, now));
}

/** "Sat 6 Mar 2027 09:00" in the event's zone: due dates are read as the event's local time. */
export function formatDue(dueAt: string, timeZone: string): string {
  return format(new TZDate(Date.parse(dueAt), timeZone), 'EEE d MMM yyyy HH:mm');
}

export type VerdictContext = { event: PlanEvent; options?: TimelineOptions };

function worst(a: VerdictLevel, b: VerdictLevel): VerdictLevel {
  const rank: Record<VerdictLevel, number> = { ready: 0, 'at-risk': 1, 'not-ready': 2 };
  return rank[a] >= rank[b] ? a : b;
}

export function phaseVerdict(items: readonly ChecklistItem[], phase: PhaseId, now: Date, context: VerdictContext): Verdict {
  const window = eventWindow(context.event, context.options);
  const ended = phaseWindow(phase, window).end.getTime() <= now.getTime();
  const live = items.filter((i) => i.phase === phase && !i.obsolete);
  const tz = context.event.timeZone;
  let verdict: VerdictLevel = 'ready';
  const reasons: string[] = [];
  for (const item of live.filter((i) => i.status === 'blocked')) {
    verdict = 'not-ready';
    reasons.push(`blocked: ${item.title}${item.note ? ` (${item.note})` : ''}`);
  }
  for (const item of live.filter((i) => isOverdue(i, now))) {
    // After the phase is over, an open item is a gap; inside it, time may still fix it.
    verdict = worst(verdict, ended ? 'not-ready' : 'at-risk');
    reasons.push(`${ended ? 'not done' : 'overdue'}: ${item.title} (due ${formatDue(item.dueAt, tz)})`);
  }
  if (verdict === 'ready') {
    const progress = phaseProgress(items, phase, now);
    const open = progress.total - progress.completed;
    reasons.push(
      open === 0
        ? `all ${progress.total} item${progress.total === 1 ? '' : 's'} done or not applicable`
        : `on track: ${progress.completed} of ${progress.total} done, nothing overdue`,
    );
  }
  return { verdict, reasons };
}

/**
 * A critical finding is judged through the checklist: most (above the autoscaling max,
 * short at the event, connections, write capacity, provider limits) have a node item that
 * acts on them, and that item's schedule says whether we are late; pre-scaling four weeks
 * out is on track, not a risk. Findings no node item acts on (a cycle, an event beyond
 * the horizon) get a `finding:<id>` item and keep the verdict at risk until that item is
 * done or marked not applicable; a finding with no item at all in `items` counts too.
 */
function openCriticalFindings(items: readonly ChecklistItem[], findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => {
    if (f.severity !== 'critical') return false;
    const own = items.find((i) => i.id === `finding:${f.id}` && !i.obsolete);
    if (own) return !closed.has(own.status);
    const actedOn = f.nodeId !== null && items.some((i) => !i.obsolete && i.origin === 'plan' && i.subject?.nodeId === f.nodeId);
    return !actedOn;
  });
}

/**
 * The verdict for the whole event as of `now`: the worst phase verdict, plus the
 * projection's open critical findings (pass `projection.findings`).
 */
export function overallVerdict(items: readonly ChecklistItem[], now: Date, context: VerdictContext & { findings?: readonly Finding[] }): Verdict {
  let verdict: VerdictLevel = 'ready';
  const reasons: string[] = [];
  for (const phase of phaseIds) {
    const v = phaseVerdict(items, phase, now, context);
    if (v.verdict === 'ready') continue;
    verdict = worst(verdict, v.verdict);
    reasons.push(...v.reasons.map((r) => `${phaseLabels[phase]}: ${r}`));
  }
  for (const finding of openCriticalFindings(items, context.findings ?? [])) {
    verdict = worst(verdict, 'at-risk');
    reasons.push(`capacity model: ${finding.message}`);
  }
  if (verdict === 'ready') {
    const current = currentPhase(now, context.event, context.options);
    const later = items.filter((i) => !i.obsolete && !closed.has(i.status) && phaseIndex(i.phase) >= phaseIndex(current)).length;
    reasons.push(later === 0 ? 'every item is done or not applicable' : `everything due so far is done; ${later} item${later === 1 ? '' : 's'} still ahead`);
  }
  return { verdict, reasons };
}
