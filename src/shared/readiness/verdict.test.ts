import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { buildChecklist } from './build-checklist';
import { emptyChecklistState, type ChecklistItem, type ItemStatus } from './schema';
import { aboveMaxFinding, conferenceProjection, makePlan } from './test-fixtures';
import { formatDue, isOverdue, overallVerdict, phaseProgress, phaseVerdict, progressByPhase } from './verdict';

// Event 2027-03-02 09:00 UTC, two days. Phases: t-4w from 02-02, t-2w 02-16, t-1w 02-23, t-1d 03-01, during 03-02, after 03-04.
const plan = makePlan();
const context = { event: plan.event };
const base = buildChecklist(plan, conferenceProjection(), emptyChecklistState());

function withStatus(items: readonly ChecklistItem[], statuses: Record<string, ItemStatus>): ChecklistItem[] {
  return items.map((i) => (statuses[i.id] ? { ...i, status: statuses[i.id] as ItemStatus } : i));
}

/** Everything due before `now` done, so a test can break exactly one thing. */
function doneUntil(now: Date): ChecklistItem[] {
  return base.map((i) => (Date.parse(i.dueAt) < now.getTime() ? { ...i, status: 'done' as const } : i));
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

describe('verdicts', () => {
  it('is ready when everything due so far is done', () => {
    const now = new Date('2027-02-20T00:00:00Z');
    expect(overallVerdict(doneUntil(now), now, context)).toEqual({ verdict: 'ready', reasons: [expect.stringMatching(/^everything due so far is done; \d+ items still ahead$/)] });
    expect(phaseVerdict(doneUntil(now), 't-2w', now, context)).toEqual({ verdict: 'ready', reasons: ['on track: 0 of 6 done, nothing overdue'] });
  });

  it('is not ready when an item is still open after its phase ended', () => {
    const now = new Date('2027-02-20T00:00:00Z');
    const items = withStatus(doneUntil(now), { 'std:t-4w:order-capacity': 'in-progress' });
    const phase = phaseVerdict(items, 't-4w', now, context);
    expect(phase).toEqual({ verdict: 'not-ready', reasons: ['not done: Order additional capacity (due Tue 16 Feb 2027 09:00)'] });
    expect(overallVerdict(items, now, context)).toEqual({ verdict: 'not-ready', reasons: ['T-4 weeks: not done: Order additional capacity (due Tue 16 Feb 2027 09:00)'] });
  });

  it('is at risk when a test scheduled in the current phase is overdue', () => {
    const now = new Date('2027-02-27T12:00:00Z'); // stress test was due 09:00 today
    const items = withStatus(doneUntil(now), { 'test:stress': 'in-progress' });
    const v = phaseVerdict(items, 't-1w', now, context);
    expect(v.verdict).toBe('at-risk');
    expect(v.reasons).toEqual(['overdue: Stress test: load test to the event peak + 20% headroom: 102,000 rps (due Sat 27 Feb 2027 09:00)']);
    expect(overallVerdict(items, now, context).verdict).toBe('at-risk');
  });

  it('is not ready when anything is blocked, naming the note', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const items = doneUntil(now).map((i) => (i.id === 'node:orders:add-replicas' ? { ...i, status: 'blocked' as const, note: 'quota request pending' } : i));
    expect(phaseVerdict(items, 't-2w', now, context)).toEqual({
      verdict: 'not-ready',
      reasons: ["blocked: orders-db: add 3 read replicas (4 → 7) — databases can't autoscale fast (quota request pending)"],
    });
    expect(overallVerdict(items, now, context).verdict).toBe('not-ready');
  });

  it('is at risk while a critical finding no plan item acts on is open', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const cycle: Finding = { id: 'cycle', severity: 'critical', nodeId: null, rule: 'cycle', message: 'checkout-svc → redis-main → checkout-svc is a cycle' };
    const projection = conferenceProjection([cycle, { ...cycle, id: 'w', severity: 'warning' }]);
    const items = buildChecklist(plan, projection, emptyChecklistState()).map((i) => (Date.parse(i.dueAt) < now.getTime() ? { ...i, status: 'done' as const } : i));
    const v = overallVerdict(items, now, { ...context, findings: projection.findings });
    expect(v).toEqual({ verdict: 'at-risk', reasons: ['capacity model: checkout-svc → redis-main → checkout-svc is a cycle'] });
    const acknowledged = withStatus(items, { 'finding:cycle': 'n/a' });
    expect(overallVerdict(acknowledged, now, { ...context, findings: projection.findings }).verdict).toBe('ready');
  });

  it('leaves a critical finding a plan item acts on to that item’s schedule', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    expect(overallVerdict(doneUntil(now), now, { ...context, findings: [aboveMaxFinding] }).verdict).toBe('ready');
    const late = new Date('2027-02-24T00:00:00Z');
    const v = overallVerdict(withStatus(doneUntil(late), { 'node:checkout:raise-asg-max': 'todo' }), late, { ...context, findings: [aboveMaxFinding] });
    expect(v).toEqual({ verdict: 'not-ready', reasons: ['T-2 weeks: not done: checkout-svc: raise the autoscaling max from 100 to 140 (due Tue 23 Feb 2027 09:00)'] });
  });

  it('counts a critical finding about a node the checklist has no item for', () => {
    const now = new Date('2027-02-03T00:00:00Z');
    const stranger: Finding = { ...aboveMaxFinding, id: 'above-max:ghost', nodeId: 'ghost' };
    expect(overallVerdict(doneUntil(now), now, { ...context, findings: [stranger] }).verdict).toBe('at-risk');
  });

  it('ignores obsolete items', () => {
    const now = new Date('2027-02-20T00:00:00Z');
    const items = doneUntil(now).map((i) => (i.id === 'std:t-4w:order-capacity' ? { ...i, status: 'blocked' as const, obsolete: true } : i));
    expect(overallVerdict(items, now, context).verdict).toBe('ready');
  });

  it('reports every item done once the event is over and all is closed', () => {
    const now = new Date('2027-04-01T00:00:00Z');
    expect(overallVerdict(doneUntil(now), now, context)).toEqual({ verdict: 'ready', reasons: ['every item is done or not applicable'] });
  });
});
