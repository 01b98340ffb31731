import { TZDate } from '@date-fns/tz';
import { endOfDay, format } from 'date-fns';
import type { Plan } from '../model';
import { monthIndexOf } from '../engine/calendar';
import type { Projection } from '../engine/types';
import { formatNumber } from '../engine/format';
import type { DueRule, ItemDraft } from './draft';
import { phaseWindow, shiftDays, type EventWindow, type PhaseId } from './phases';

/**
 * Turning an item's due rule into a moment, with the reason in words when the moment is
 * not simply its phase's end (a moved test, a lead time, a shortfall that exists today).
 * Everything is wall-clock time in the event's zone (see phases.ts).
 */
export type ResolvedDue = { dueAt: string; dueNote?: string };

export type Shortfall = { nodeId: string; name: string; need: number; have: number; month: string };

export type DueContext = {
  plan: Plan;
  window: EventWindow;
  /** Nodes whose capacity is below their need in the month `now` falls in. */
  shortToday: ReadonlyMap<string, Shortfall>;
  now: Date | undefined;
};

function day(date: TZDate): string {
  return format(date, 'EEE d MMM');
}

/**
 * Nodes short of capacity in the month that holds `now` (event-local date): today's
 * traffic already needs more than is in place. Before the projection's first month, that
 * month is month 0; after its last, nothing is known and nothing is reported.
 */
export function shortfallsToday(plan: Plan, projection: Projection, now: Date | undefined, timeZone: string): Map<string, Shortfall> {
  const out = new Map<string, Shortfall>();
  if (now === undefined) return out;
  const local = format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
  const month = Math.max(0, monthIndexOf(plan.startMonth, local));
  if (month > plan.horizonMonths) return out;
  for (const node of projection.nodes) {
    if (node.unit === null) continue;
    const need = node.series?.required[month] ?? node.monthly[month]?.required;
    const status = node.series?.status[month] ?? node.monthly[month]?.status;
    if (need === undefined || status !== 'short' || need <= node.current) continue;
    out.set(node.nodeId, { nodeId: node.nodeId, name: node.name, need, have: node.current, month: projection.months[month] ?? '' });
  }
  return out;
}

/** "2 h", "90 min", "3 h 5 min". */
function minutesSpan(minutes: number): string {
  if (minutes % 60 === 0) return `${formatNumber(minutes / 60)} h`;
  if (minutes < 60) return `${formatNumber(minutes)} min`;
  return `${formatNumber(Math.floor(minutes / 60))} h ${formatNumber(minutes % 60)} min`;
}

function byRule(due: DueRule, phase: PhaseId, ctx: DueContext): { at: TZDate; note?: string } {
  const { window, plan } = ctx;
  switch (due.kind) {
    case 'phase-end':
      return { at: phaseWindow(phase, window).end };
    case 'after-end':
      return { at: shiftDays(window.end, due.days) };
    case 'prescale': {
      const planLead = plan.readiness.prescaleLeadMinutes;
      const ramp = due.ramp;
      const slow = ramp !== undefined && ramp.minutes > planLead;
      const lead = slow ? Math.ceil(ramp.minutes) : planLead;
      const at = new TZDate(window.start.getTime() - lead * 60_000, window.timeZone);
      const before = `${minutesSpan(lead)} before the ${format(window.start, 'HH:mm')} start`;
      if (slow) {
        const pace = `${formatNumber(ramp.launchPerMinute, 3)} a minute and ${formatNumber(ramp.warmupSeconds)} s warm-up`;
        return { at, note: `${before}: growing from ${formatNumber(ramp.from)} to ${formatNumber(ramp.to)} at ${pace} takes ${minutesSpan(lead)}, longer than the plan's pre-scale lead of ${minutesSpan(planLead)}` };
      }
      return { at, note: `${before}: the plan's pre-scale lead time, so the fleet is at size when it starts` };
    }
    case 'before-start': {
      const at = shiftDays(window.start, -due.days);
      if (!due.test || plan.readiness.testsOnWeekends) return { at };
      const weekday = at.getDay();
      if (weekday !== 0 && weekday !== 6) return { at };
      const moved = shiftDays(at, weekday === 6 ? -1 : -2);
      return { at: moved, note: `moved from ${day(at)} to ${day(moved)}: tests run on working days (the plan does not allow weekend tests)` };
    }
  }
}

/** Items that add capacity on a node; a shortfall today makes them due today. */
function shortfallOf(draft: ItemDraft, ctx: DueContext): Shortfall | undefined {
  if (draft.origin !== 'plan' || draft.subject?.nodeId === undefined) return undefined;
  // A pre-warm only helps in the last day before the event: a shortfall does not move it.
  if (draft.id.endsWith(':prewarm-cache')) return undefined;
  return ctx.shortToday.get(draft.subject.nodeId);
}

export function resolveDue(draft: ItemDraft, ctx: DueContext): ResolvedDue {
  const rule = byRule(draft.due, draft.phase, ctx);
  const short = shortfallOf(draft, ctx);
  if (short !== undefined && ctx.now !== undefined) {
    const today = endOfDay(new TZDate(ctx.now.getTime(), ctx.window.timeZone));
    if (today.getTime() < rule.at.getTime()) {
      return {
        dueAt: today.toISOString(),
        dueNote: `due today: ${short.name} is short already (${formatNumber(short.need)} needed in ${short.month}, ${formatNumber(short.have)} in place)`,
      };
    }
  }
  return rule.note === undefined ? { dueAt: rule.at.toISOString() } : { dueAt: rule.at.toISOString(), dueNote: rule.note };
}
