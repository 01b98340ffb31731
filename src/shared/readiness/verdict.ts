import type { Finding, Projection } from '../engine/types';
import { formatDue } from './format-due';
import type { Shortfall } from './due-dates';
import { phaseIds, phaseLabels, type PhaseId } from './phases';
import type { ChecklistItem } from './schema';
import { formatNumber } from '../engine/format';

export { formatDue } from './format-due';

/**
 * Progress and the readiness verdict. The verdict has three states at any date, and says
 * which rule put it there (docs/readiness.md):
 *
 *   not ready  N1 an item is blocked;
 *              N2 an item past its due time is not done;
 *              N3 a critical finding is open and no item on track covers it.
 *   at risk    R1 a critical finding is open, and the items covering it are on track;
 *              R2 an item due within the next DUE_SOON_DAYS days is not started;
 *              R3 a shortfall exists today (a node's capacity is below today's need).
 *   ready      none of those: no critical finding open, every item due by now done.
 *
 * "Done" means done or not applicable. "On track": not done, not blocked, not past due.
 * A critical finding is closed when every item covering it is done: the work is done, and
 * the plan's numbers should be updated so the model agrees. Obsolete items count for
 * nothing: their subject left the plan.
 */
export type VerdictState = 'ready' | 'at-risk' | 'not-ready';
/** Kept for callers that named it by its old name. */
export type VerdictLevel = VerdictState;

export type VerdictRule = 'blocked' | 'past-due' | 'critical-uncovered' | 'critical-on-track' | 'due-soon' | 'shortfall-today' | 'ready';

export const verdictRuleIds: Record<VerdictRule, string> = {
  blocked: 'N1',
  'past-due': 'N2',
  'critical-uncovered': 'N3',
  'critical-on-track': 'R1',
  'due-soon': 'R2',
  'shortfall-today': 'R3',
  ready: 'OK',
};

export const verdictRuleLabels: Record<VerdictRule, string> = {
  blocked: 'an item is blocked',
  'past-due': 'an item past its due time is not done',
  'critical-uncovered': 'a critical finding is open and no item on track covers it',
  'critical-on-track': 'a critical finding is open; the items covering it are on track',
  'due-soon': 'an item due within the next 3 days is not started',
  'shortfall-today': 'a shortfall exists today',
  ready: 'no critical finding is open and every item due by now is done',
};

export const verdictStateLabels: Record<VerdictState, string> = { ready: 'Ready', 'at-risk': 'At risk', 'not-ready': 'Not ready' };

const ruleState: Record<VerdictRule, VerdictState> = {
  blocked: 'not-ready',
  'past-due': 'not-ready',
  'critical-uncovered': 'not-ready',
  'critical-on-track': 'at-risk',
  'due-soon': 'at-risk',
  'shortfall-today': 'at-risk',
  ready: 'ready',
};

/** An item due within this many days that is still "to do" puts the event at risk. */
export const DUE_SOON_DAYS = 3;

export type VerdictReason = {
  rule: VerdictRule;
  state: VerdictState;
  /** Names the item, node or finding: "T-4 weeks: "Order additional capacity" was due Tue 16 Feb 2027 09:00 and is to do". */
  text: string;
  itemId?: string;
  nodeId?: string;
  findingId?: string;
};

export type Verdict = {
  state: VerdictState;
  /** Most severe first: the not-ready reasons, then the at-risk ones; a ready verdict's own reasons otherwise. */
  reasons: VerdictReason[];
  /** The rules that fired, most severe first (deduplicated). */
  rules: VerdictRule[];
};

const closed = new Set<ChecklistItem['status']>(['done', 'n/a']);

export function isOverdue(item: ChecklistItem, now: Date): boolean {
  return !item.obsolete && !closed.has(item.status) && Date.parse(item.dueAt) < now.getTime();
}

function isOnTrack(item: ChecklistItem, now: Date): boolean {
  return !closed.has(item.status) && item.status !== 'blocked' && !isOverdue(item, now);
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

const statusWords: Record<ChecklistItem['status'], string> = { todo: 'not started', 'in-progress': 'in progress', done: 'done', blocked: 'blocked', 'n/a': 'not applicable' };

function named(item: ChecklistItem): string {
  return `${phaseLabels[item.phase]}: "${item.title}"`;
}

function reason(rule: VerdictRule, text: string, refs: Pick<VerdictReason, 'itemId' | 'nodeId' | 'findingId'> = {}): VerdictReason {
  return { rule, state: ruleState[rule], text, ...refs };
}

/** N1, N2 and R2 over a set of items. */
function itemReasons(live: readonly ChecklistItem[], now: Date, timeZone: string): VerdictReason[] {
  const out: VerdictReason[] = [];
  const soon = now.getTime() + DUE_SOON_DAYS * 86_400_000;
  for (const item of live) {
    const refs = { itemId: item.id, ...(item.subject?.nodeId ? { nodeId: item.subject.nodeId } : {}) };
    if (item.status === 'blocked') {
      out.push(reason('blocked', `${named(item)} is blocked${item.note ? ` (${item.note})` : ''}`, refs));
    } else if (isOverdue(item, now)) {
      out.push(reason('past-due', `${named(item)} was due ${formatDue(item.dueAt, timeZone)} and is ${statusWords[item.status]}`, refs));
    }
    const due = Date.parse(item.dueAt);
    if (item.status === 'todo' && due >= now.getTime() && due <= soon) {
      out.push(reason('due-soon', `${named(item)} is due ${formatDue(item.dueAt, timeZone)} and not started`, refs));
    }
  }
  return out;
}

/** N3 and R1: every open critical finding, judged by the items covering it. */
function findingReasons(live: readonly ChecklistItem[], findings: readonly Finding[], nodeName: (id: string) => string, now: Date, timeZone: string): VerdictReason[] {
  const out: VerdictReason[] = [];
  for (const f of findings) {
    if (f.severity !== 'critical') continue;
    const covering = live.filter((i) => i.covers?.includes(f.id) || i.id === `finding:${f.id}`);
    if (covering.length > 0 && covering.every((i) => closed.has(i.status))) continue;
    const where = f.nodeId === null ? 'the plan' : nodeName(f.nodeId);
    const refs = { findingId: f.id, ...(f.nodeId !== null ? { nodeId: f.nodeId } : {}) };
    const onTrack = covering.filter((i) => isOnTrack(i, now));
    if (onTrack.length === 0) {
      const why =
        covering.length === 0
          ? 'no checklist item acts on it'
          : covering.map((i) => `"${i.title}" is ${i.status === 'blocked' ? 'blocked' : `past due since ${formatDue(i.dueAt, timeZone)}`}`).join('; ');
      out.push(reason('critical-uncovered', `${where}: critical finding "${f.message}" is open and no item on track covers it (${why})`, refs));
    } else {
      const by = onTrack.map((i) => `"${i.title}" (due ${formatDue(i.dueAt, timeZone)})`).join(', ');
      out.push(reason('critical-on-track', `${where}: critical finding "${f.message}" is open; on track through ${by}`, refs));
    }
  }
  return out;
}

function shortfallReasons(shortfalls: readonly Shortfall[]): VerdictReason[] {
  return shortfalls.map((s) =>
    reason('shortfall-today', `${s.name}: short today: ${formatNumber(s.need)} needed in ${s.month}, ${formatNumber(s.have)} in place`, { nodeId: s.nodeId }),
  );
}

const rank: Record<VerdictState, number> = { ready: 0, 'at-risk': 1, 'not-ready': 2 };
const ruleOrder: VerdictRule[] = ['blocked', 'past-due', 'critical-uncovered', 'critical-on-track', 'due-soon', 'shortfall-today', 'ready'];

function conclude(reasons: VerdictReason[], whenReady: () => VerdictReason[]): Verdict {
  if (reasons.length === 0) return { state: 'ready', reasons: whenReady(), rules: ['ready'] };
  const sorted = reasons
    .map((r, order) => ({ r, order }))
    .sort((a, b) => rank[b.r.state] - rank[a.r.state] || ruleOrder.indexOf(a.r.rule) - ruleOrder.indexOf(b.r.rule) || a.order - b.order)
    .map(({ r }) => r);
  const state = sorted[0]!.state;
  return { state, reasons: sorted, rules: ruleOrder.filter((rule) => sorted.some((r) => r.rule === rule)) };
}

function readyReasons(live: readonly ChecklistItem[], now: Date, timeZone: string, withFindings: boolean): VerdictReason[] {
  const due = live.filter((i) => Date.parse(i.dueAt) < now.getTime());
  const next = live.filter((i) => !closed.has(i.status)).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  const out: VerdictReason[] = [];
  if (withFindings) out.push(reason('ready', 'no critical finding of the capacity model is open'));
  out.push(
    reason(
      'ready',
      due.length === 0 ? 'nothing is due yet' : `every item due by now is done (${formatNumber(due.length)} of ${formatNumber(live.length)} items were due)`,
    ),
  );
  if (next) out.push(reason('ready', `next: ${named(next)}, due ${formatDue(next.dueAt, timeZone)}`, { itemId: next.id }));
  else out.push(reason('ready', 'every item is done or not applicable'));
  return out;
}

export type VerdictInput = {
  timeZone: string;
  /** `projection.findings`; only critical ones matter. */
  findings?: readonly Finding[];
  /** Node names for the reasons (`projection.byId`). */
  projection?: Pick<Projection, 'byId'>;
  /** Nodes short of capacity today (due-dates.ts `shortfallsToday`). */
  shortfalls?: readonly Shortfall[];
};

/** The verdict for the whole event as of `now`, with every reason. */
export function overallVerdict(items: readonly ChecklistItem[], now: Date, input: VerdictInput): Verdict {
  const live = items.filter((i) => !i.obsolete);
  const nodeName = (id: string) => input.projection?.byId[id]?.name ?? id;
  const reasons = [
    ...itemReasons(live, now, input.timeZone),
    ...findingReasons(live, input.findings ?? [], nodeName, now, input.timeZone),
    ...shortfallReasons(input.shortfalls ?? []),
  ];
  return conclude(reasons, () => readyReasons(live, now, input.timeZone, true));
}

/** One phase's verdict for the stepper: N1, N2 and R2 over its own items. */
export function phaseVerdict(items: readonly ChecklistItem[], phase: PhaseId, now: Date, timeZone: string): Verdict {
  const live = items.filter((i) => i.phase === phase && !i.obsolete);
  return conclude(itemReasons(live, now, timeZone), () => readyReasons(live, now, timeZone, false));
}
