import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPlan } from '../engine';
import { parsePlanText, type Plan } from '../model';
import { assessReadiness } from './assess';
import { emptyChecklistState } from './schema';

/** The shipped global-conference sample: event Tue 8 Jun 2027 09:00 Los Angeles, four critical findings. */
function sample(edit: (plan: Plan) => Plan = (p) => p): Plan {
  const parsed = parsePlanText(readFileSync(new URL('../../../resources/samples/global-conference.headroom.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample does not parse');
  return edit(parsed.plan);
}

function assess(plan: Plan, now: string) {
  return assessReadiness(plan, projectPlan(plan), emptyChecklistState(), new Date(now));
}

describe('the sample with nothing done', () => {
  it('has four critical findings', () => {
    expect(projectPlan(sample()).findings.filter((f) => f.severity === 'critical')).toHaveLength(4);
  });

  it('is at risk three months out: each critical finding is open, with the item covering it on track', () => {
    const report = assess(sample(), '2027-03-08T17:00:00Z');
    expect(report.overall.state).toBe('at-risk');
    expect(report.overall.rules).toEqual(['critical-on-track']);
    expect(report.overall.reasons.map((r) => r.nodeId)).toEqual(['asset-bucket', 'global-lb', 'app-cache', 'platform-db']);
    expect(report.current).toBeNull();
    expect(report.focus).toBe('t-4w');
  });

  it('is not ready the day before: items past due, criticals without an item on track', () => {
    const report = assess(sample(), '2027-06-07T17:00:00Z');
    expect(report.overall.state).toBe('not-ready');
    expect(report.overall.rules.slice(0, 2)).toEqual(['past-due', 'critical-uncovered']);
    expect(report.current).toBe('t-1d');
  });

  it('is ready three months out once the covering items are done', () => {
    const plan = sample();
    const projection = projectPlan(plan);
    const first = assessReadiness(plan, projection, emptyChecklistState(), new Date('2027-03-08T17:00:00Z'));
    const covering = first.items.filter((i) => (i.covers ?? []).length > 0);
    const state = { ...emptyChecklistState(), items: Object.fromEntries(covering.map((i) => [i.id, { status: 'done' as const, owner: '', note: '', evidenceUrl: '', updatedAt: '' }])) };
    const report = assessReadiness(plan, projection, state, new Date('2027-03-08T17:00:00Z'));
    expect(report.overall.state).toBe('ready');
  });
});

describe('the event start', () => {
  it('dates an event at 18:30 Los Angeles time at 01:30 UTC the next day, and the tests at that local time', () => {
    const late = sample((p) => ({ ...p, event: { ...p.event, startTime: '18:30' } }));
    const report = assess(late, '2027-03-08T17:00:00Z');
    expect(report.event.startsAt).toBe('2027-06-09T01:30:00.000Z');
    expect(report.event.startsLocal).toBe('Tue 8 Jun 2027 18:30');
    expect(report.items.find((i) => i.id === 'test:dress-rehearsal')?.dueAt).toBe('2027-06-07T18:30:00.000-07:00');
    expect(report.items.find((i) => i.id === 'node:platform-app:prescale')?.dueAt).toBe('2027-06-08T16:30:00.000-07:00');
  });
});

describe('a shortfall that exists today', () => {
  // platform-app is first short in month 7 (2027-07): from July on, today's traffic already needs more than 30.
  const plan = sample((p) => ({ ...p, event: { ...p.event, startDate: '2027-10-12' } }));

  it('makes the items that add capacity on that node due today, saying why, and the verdict at risk', () => {
    const report = assess(plan, '2027-07-14T17:00:00Z');
    const shortfall = report.shortfalls.find((s) => s.nodeId === 'platform-app');
    expect(shortfall).toMatchObject({ name: 'platform-app', have: 30, month: '2027-07' });
    const prescale = report.items.find((i) => i.id === 'node:platform-app:prescale');
    expect(prescale?.dueAt).toBe('2027-07-14T23:59:59.999-07:00');
    expect(prescale?.dueNote).toMatch(/^due today: platform-app is short already \(\d+ needed in 2027-07, 30 in place\)$/);
    expect(report.overall.rules).toContain('shortfall-today');
    expect(report.overall.reasons.find((r) => r.rule === 'shortfall-today')?.text).toMatch(/^platform-app: short today: \d+ needed in 2027-07, 30 in place$/);
  });

  it('leaves them at their phase before the shortfall begins', () => {
    const report = assess(plan, '2027-06-14T17:00:00Z');
    expect(report.shortfalls).toEqual([]);
    expect(report.items.find((i) => i.id === 'node:platform-app:prescale')?.dueNote).toMatch(/pre-scale lead time/);
  });
});
