import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { buildChecklist } from './build-checklist';
import { emptyChecklistState, type ChecklistItem, type ItemStatus } from './schema';
import { aboveMaxFinding, conferenceProjection, makePlan } from './test-fixtures';
import { formatDue, isOverdue, overallVerdict, phaseProgress, phaseVerdict, progressByPhase, type Verdict } from './verdict';

// Event Tue 2027-03-02 09:00 UTC, two days. Phases: t-4w from 02-02, t-2w 02-16, t-1w 02-23, t-1d 03-01, during 03-02, after 03-04.
const plan = makePlan();
const tz = plan.event.timeZone;
const projection = conferenceProjection();
const base = buildChecklist(plan, projection, emptyChecklistState());

function withStatus(items: readonly ChecklistItem[], statuses: Record<string, ItemStatus>): ChecklistItem[] {
  return items.map((i) => (statuses[i.id] ? { ...i, status: statuses[i.id] as ItemStatus } : i));
}

/** Everything due before `now` done, so a test can break exactly one thing. */
function doneUntil(now: Date, items: readonly ChecklistItem[] = base): ChecklistItem[] {
  return items.map((i) => (Date.parse(i.dueAt) < now.getTime() ? { ...i, status: 'done' as const } : i));
}

function texts(v: Verdict): string[] {
  return v.reasons.map((r) => r.text);
}

describe('progress', () => {
  it('counts done and not-applicable as completed, over live items only', () => {
    const items = withStatus(base, { 'std:t-4w:load-test-current': 'done', 'std:t-4w:identify-bottlenecks': 'n/a', 'std:t-4w:order-capacity': 'blocked' });
    const obsolete = { ...base[0], id: 'node:gone:x', obsolete: true, status: 'todo' } as ChecklistItem;
    const p = phaseProgress([...items, obsolete], 't-4w', new Date('2027-02-01T00:00:00Z'));
    expect(p).toMatchObject({ label: 'T-4 weeks', total: 3, done: 1, notApplicable: 1, completed: 2, blocked: 1, overdue: 0 });
    expect(p.ratio).toBeCloseTo(2 / 3);
  });

  it('gives every phase, a phase without items counting as complete', () => {
    const byPhase = progressByPhase([], new Date('2027-02-01T00:00:00Z'));
    expect(byPhase.map((p) => p.phase)).toEqual(['t-4w', 't-2w', 't-1w', 't-1d', 'during', 'after']);
    expect(byPhase.every((p) => p.ratio === 1)).toBe(true);
  });
});

describe('overdue', () => {
  const orderCapacity = base.find((i) => i.id === 'std:t-4w:order-capacity') as ChecklistItem;

  it('is an open item whose due time has passed', () => {
    expect(isOverdue(orderCapacity, new Date('2027-02-16T08:59:59Z'))).toBe(false);
    expect(isOverdue(orderCapacity, new Date('2027-02-16T09:00:01Z'))).toBe(true);
    expect(isOverdue({ ...orderCapacity, status: 'in-progress' }, new Date('2027-02-17T00:00:00Z'))).toBe(true);
  });

  it('never applies to done, not-applicable or obsolete items', () => {
    const late = new Date('2027-02-20T00:00:00Z');
    expect(isOverdue({ ...orderCapacity, status: 'done' }, late)).toBe(false);
    expect(isOverdue({ ...orderCapacity, status: 'n/a' }, late)).toBe(false);
    expect(isOverdue({ ...orderCapacity, obsolete: true }, late)).toBe(false);
  });

  it('formats due times in the event’s zone', () => {
    expect(formatDue('2027-03-06T14:00:00.000Z', 'America/New_York')).toBe('Sat 6 Mar 2027 09:00');
  });
});

describe('the verdict: ready', () => {
  it('is ready with no critical finding, everything due by now done and nothing due in 3 days unstarted', () => {
    const now = new Date('2027-02-19T00:00:00Z');
    const v = overallVerdict(doneUntil(now), now, { timeZone: tz });
    expect(v.state).toBe('ready');
    expect(v.rules).toEqual(['ready']);
    expect(texts(v)).toEqual([
      'no critical finding of the capacity model is open',
      expect.stringMatching(/^every item due by now is done \(\d+ of \d+ items were due\)$/),
      expect.stringMatching(/^next: T-2 weeks: ".+", due Tue 23 Feb 2027 09:00$/),
    ]);
  });

  it('says nothing is due yet far out, and every item done after the event', () => {
    expect(texts(overallVerdict(base, new Date('2026-11-01T00:00:00Z'), { timeZone: tz }))).toContain('nothing is due yet');
    const after = new Date('2027-04-01T00:00:00Z');
    expect(texts(overallVerdict(doneUntil(after), after, { timeZone: tz }))).toContain('every item is done or not applicable');
  });

  it('ignores obsolete items, whatever their status', () => {
    const now = new Date('2027-02-19T00:00:00Z');
    const items = doneUntil(now).map((i) => (i.id === 'std:t-4w:order-capacity' ? { ...i, status: 'blocked' as const, obsolete: true } : i));
    expect(overallVerdict(items, now, { timeZone: tz }).state).toBe('ready');
  });
});

describe('the verdict: not ready', () => {
  it('N1: an item is blocked, naming the item and its note', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const items = doneUntil(now).map((i) => (i.id === 'node:orders:add-replicas' ? { ...i, status: 'blocked' as const, note: 'quota request pending' } : i));
    const v = overallVerdict(items, now, { timeZone: tz });
    expect(v.state).toBe('not-ready');
    expect(v.reasons[0]).toMatchObject({
      rule: 'blocked',
      itemId: 'node:orders:add-replicas',
      nodeId: 'orders',
      text: `T-2 weeks: "orders-db: add 3 read replicas (4 → 7) — databases can't autoscale fast" is blocked (quota request pending)`,
    });
    expect(phaseVerdict(items, 't-2w', now, tz).state).toBe('not-ready');
  });

  it('N2: an item past its due time is not done, even in progress', () => {
    const now = new Date('2027-02-19T00:00:00Z');
    const items = withStatus(doneUntil(now), { 'std:t-4w:order-capacity': 'in-progress' });
    const v = overallVerdict(items, now, { timeZone: tz });
    expect(v).toMatchObject({ state: 'not-ready', rules: ['past-due'] });
    expect(texts(v)).toEqual(['T-4 weeks: "Order additional capacity" was due Tue 16 Feb 2027 09:00 and is in progress']);
    expect(phaseVerdict(items, 't-4w', now, tz).state).toBe('not-ready');
    expect(phaseVerdict(items, 't-2w', now, tz).state).toBe('ready');
  });

  it('N3: a critical finding no item acts on at all', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const stranger: Finding = { ...aboveMaxFinding, id: 'above-max:ghost', nodeId: 'ghost' };
    const v = overallVerdict(doneUntil(now), now, { timeZone: tz, findings: [stranger] });
    expect(v.state).toBe('not-ready');
    expect(v.reasons[0]).toMatchObject({ rule: 'critical-uncovered', findingId: 'above-max:ghost', nodeId: 'ghost' });
    expect(v.reasons[0]!.text).toMatch(/critical finding "checkout-svc needs 140 instances.*" is open and no item on track covers it \(no checklist item acts on it\)$/);
  });

  it('N3: a critical finding whose only covering item is late, naming both', () => {
    const late = new Date('2027-02-24T00:00:00Z');
    const items = buildChecklist(plan, conferenceProjection([aboveMaxFinding]), emptyChecklistState());
    const v = overallVerdict(withStatus(doneUntil(late, items), { 'node:checkout:raise-asg-max': 'todo' }), late, { timeZone: tz, findings: [aboveMaxFinding], projection: conferenceProjection() });
    expect(v.rules.slice(0, 2)).toEqual(['past-due', 'critical-uncovered']);
    expect(texts(v)[1]).toBe(
      'checkout-svc: critical finding "checkout-svc needs 140 instances at the event; its autoscaling max is 100" is open and no item on track covers it ("checkout-svc: raise the autoscaling max from 100 to 140" is past due since Tue 23 Feb 2027 09:00)',
    );
  });
});

describe('the verdict: at risk', () => {
  it('R1: a critical finding is open and the item covering it is on track', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const items = buildChecklist(plan, conferenceProjection([aboveMaxFinding]), emptyChecklistState());
    const raise = items.find((i) => i.id === 'node:checkout:raise-asg-max');
    expect(raise?.covers).toContain('above-max:checkout');
    const v = overallVerdict(doneUntil(now, items), now, { timeZone: tz, findings: [aboveMaxFinding], projection: conferenceProjection() });
    expect(v).toMatchObject({ state: 'at-risk', rules: ['critical-on-track'] });
    expect(texts(v)).toEqual([
      'checkout-svc: critical finding "checkout-svc needs 140 instances at the event; its autoscaling max is 100" is open; on track through "checkout-svc: raise the autoscaling max from 100 to 140" (due Tue 23 Feb 2027 09:00)',
    ]);
    // Done: the work is done, the finding is closed.
    expect(overallVerdict(withStatus(doneUntil(now, items), { 'node:checkout:raise-asg-max': 'done' }), now, { timeZone: tz, findings: [aboveMaxFinding] }).state).toBe('ready');
  });

  it('R1: a finding with its own item (a cycle) is at risk while that item is on track, ready once marked not applicable', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const cycle: Finding = { id: 'cycle', severity: 'critical', nodeId: null, rule: 'cycle', message: 'checkout-svc → redis-main → checkout-svc is a cycle' };
    const withCycle = conferenceProjection([cycle]);
    const items = doneUntil(now, buildChecklist(plan, withCycle, emptyChecklistState()));
    const v = overallVerdict(items, now, { timeZone: tz, findings: [cycle] });
    expect(v.state).toBe('at-risk');
    expect(texts(v)[0]).toMatch(/^the plan: critical finding "checkout-svc → redis-main → checkout-svc is a cycle" is open; on track through "Resolve: /);
    expect(overallVerdict(withStatus(items, { 'finding:cycle': 'n/a' }), now, { timeZone: tz, findings: [cycle] }).state).toBe('ready');
  });

  it('R2: an item due within the next 3 days not started; in progress is started', () => {
    const now = new Date('2027-02-21T00:00:00Z');
    const items = doneUntil(now);
    const v = overallVerdict(items, now, { timeZone: tz });
    expect(v).toMatchObject({ state: 'at-risk', rules: ['due-soon'] });
    expect(texts(v)).toContain('T-2 weeks: "Add read replicas" is due Tue 23 Feb 2027 09:00 and not started');
    const started = items.map((i) => (Date.parse(i.dueAt) < Date.parse('2027-02-24T00:00:00Z') ? { ...i, status: i.status === 'done' ? i.status : ('in-progress' as const) } : i));
    expect(overallVerdict(started, now, { timeZone: tz }).state).toBe('ready');
  });

  it('R3: a shortfall exists today, naming the node and its numbers', () => {
    const now = new Date('2027-02-19T00:00:00Z');
    const v = overallVerdict(doneUntil(now), now, { timeZone: tz, shortfalls: [{ nodeId: 'checkout', name: 'checkout-svc', need: 52, have: 40, month: '2027-02' }] });
    expect(v).toMatchObject({ state: 'at-risk', rules: ['shortfall-today'] });
    expect(v.reasons[0]).toMatchObject({ nodeId: 'checkout', text: 'checkout-svc: short today: 52 needed in 2027-02, 40 in place' });
  });

  it('puts the not-ready reasons first when both kinds fire', () => {
    const now = new Date('2027-02-21T00:00:00Z');
    const items = withStatus(doneUntil(now), { 'std:t-4w:order-capacity': 'todo' });
    const v = overallVerdict(items, now, { timeZone: tz });
    expect(v.state).toBe('not-ready');
    expect(v.rules).toEqual(['past-due', 'due-soon']);
    expect(v.reasons.map((r) => r.state)).toEqual([...v.reasons.map((r) => r.state)].sort((a, b) => (a === b ? 0 : a === 'not-ready' ? -1 : 1)));
  });

  it('judges the same with an empty shortfall list as without one', () => {
    const now = new Date('2027-02-19T00:00:00Z');
    expect(overallVerdict(doneUntil(now), now, { timeZone: tz, projection, shortfalls: [] })).toEqual(overallVerdict(doneUntil(now), now, { timeZone: tz }));
  });
});
