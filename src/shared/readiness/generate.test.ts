import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { projectPlan } from '../engine';
import { buildTfvarsModel } from '../export/tfvars-model';
import { generateItems, type GeneratedItem } from './build-checklist';
import { ChecklistItemSchema } from './schema';
import { stressTestTarget } from './standard-items';
import { conferenceProjection, makePlan } from './test-fixtures';

function byId(items: readonly GeneratedItem[], id: string): GeneratedItem {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id} among ${items.map((i) => i.id).join(', ')}`);
  return item;
}

describe('standard items (seed 004 preparation timeline)', () => {
  const items = generateItems(makePlan(), conferenceProjection());

  it('has every seed item under a stable id in its phase', () => {
    const ids = items.filter((i) => i.origin === 'standard').map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'std:t-4w:load-test-current',
        'std:t-4w:identify-bottlenecks',
        'std:t-4w:order-capacity',
        'std:t-2w:prescale-databases',
        'std:t-2w:increase-cache-capacity',
        'std:t-2w:add-read-replicas',
        'std:t-2w:prewarm-caches',
        'std:t-1w:scale-compute',
        'std:t-1w:verify-autoscaling',
        'std:t-1w:test-circuit-breakers',
        'std:t-1w:prepare-runbooks',
        'std:t-1d:final-scale',
        'std:t-1d:war-room',
        'std:t-1d:all-hands',
        'std:during:watch-dashboards',
        'std:during:error-budget',
        'std:during:feature-flags',
        'std:during:shed-load',
        'std:after:scale-down',
        'std:after:postmortem',
        'std:after:update-model',
      ]),
    );
    for (const item of items.filter((i) => i.id.startsWith('std:'))) expect(item.id.startsWith(`std:${item.phase}:`)).toBe(true);
  });

  it('gives unique ids', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('makes the phase’s work due when the next phase starts', () => {
    expect(byId(items, 'std:t-4w:order-capacity').dueAt).toBe('2027-02-16T09:00:00.000+00:00');
    expect(byId(items, 'std:t-2w:add-read-replicas').dueAt).toBe('2027-02-23T09:00:00.000+00:00');
    expect(byId(items, 'std:t-1d:war-room').dueAt).toBe('2027-03-02T09:00:00.000+00:00');
    // A two-day event ends on 2027-03-04: during items by then, scale-down a day later, postmortem within the week.
    expect(byId(items, 'std:during:shed-load').dueAt).toBe('2027-03-04T09:00:00.000+00:00');
    expect(byId(items, 'std:after:scale-down').dueAt).toBe('2027-03-05T09:00:00.000+00:00');
    expect(byId(items, 'std:after:postmortem').dueAt).toBe('2027-03-11T09:00:00.000+00:00');
  });

  it('schedules the global-conference test phases at their seed offsets, on working days', () => {
    // Event Tue 2 Mar 2027: T-3 is Saturday and T-2 Sunday, so both move to Friday 26 Feb and say so.
    expect(byId(items, 'test:baseline')).toMatchObject({ phase: 't-1w', dueAt: '2027-02-23T09:00:00.000+00:00' });
    expect(byId(items, 'test:load')).toMatchObject({ phase: 't-1w', dueAt: '2027-02-24T09:00:00.000+00:00' });
    expect(byId(items, 'test:soak')).toMatchObject({ phase: 't-1w', dueAt: '2027-02-25T09:00:00.000+00:00' });
    expect(byId(items, 'test:spike')).toMatchObject({ phase: 't-1w', dueAt: '2027-02-26T09:00:00.000+00:00' });
    expect(byId(items, 'test:stress')).toMatchObject({
      phase: 't-1w',
      dueAt: '2027-02-26T09:00:00.000+00:00',
      dueNote: 'moved from Sat 27 Feb to Fri 26 Feb: tests run on working days (the plan does not allow weekend tests)',
    });
    expect(byId(items, 'test:chaos')).toMatchObject({ phase: 't-1w', dueAt: '2027-02-26T09:00:00.000+00:00', dueNote: expect.stringMatching(/^moved from Sun 28 Feb to Fri 26 Feb/) });
    expect(byId(items, 'test:dress-rehearsal')).toMatchObject({ phase: 't-1d', dueAt: '2027-03-01T09:00:00.000+00:00' });
    expect(byId(items, 'test:baseline').dueNote).toBeUndefined();
    const chaos = byId(items, 'test:chaos');
    expect(chaos.title).toBe('Chaos test: node loss, zone loss, database failover');
    expect(chaos.detail).toContain('database failover: fail over the primary of orders-db');
    expect(chaos.detail).toContain('node loss: stop one unit of checkout-svc (100 → 99)');
  });

  it('keeps weekend tests where they fall when the plan allows weekends', () => {
    const weekends = generateItems(makePlan({ readiness: { testsOnWeekends: true } }), conferenceProjection());
    expect(byId(weekends, 'test:stress')).toMatchObject({ dueAt: '2027-02-27T09:00:00.000+00:00' });
    expect(byId(weekends, 'test:stress').dueNote).toBeUndefined();
  });

  it('keeps test offsets in local days across a DST change (stress test at T-3d in New York)', () => {
    const ny = generateItems(makePlan({ readiness: { testsOnWeekends: true } }, { startDate: '2027-03-16', timeZone: 'America/New_York' }), conferenceProjection());
    expect(byId(ny, 'test:stress').dueAt).toBe('2027-03-13T09:00:00.000-05:00');
    expect(byId(ny, 'test:chaos').dueAt).toBe('2027-03-14T09:00:00.000-04:00');
    // On working days both move to Friday 12 March, still before the change to daylight time.
    const working = generateItems(makePlan({}, { startDate: '2027-03-16', timeZone: 'America/New_York' }), conferenceProjection());
    expect(byId(working, 'test:chaos').dueAt).toBe('2027-03-12T09:00:00.000-05:00');
  });

  it('makes pre-scaling due the plan’s lead time before the start minute, not at it', () => {
    const prescale = byId(items, 'node:checkout:prescale');
    expect(prescale.dueAt).toBe('2027-03-02T07:00:00.000+00:00');
    expect(prescale.dueNote).toBe("2 h before the 09:00 start: the plan's pre-scale lead time, so the fleet is at size when it starts");
    expect(byId(items, 'std:t-1d:final-scale').dueAt).toBe('2027-03-02T07:00:00.000+00:00');
    const slow = generateItems(makePlan({ readiness: { prescaleLeadMinutes: 360 } }), conferenceProjection());
    expect(byId(slow, 'node:checkout:prescale').dueAt).toBe('2027-03-02T03:00:00.000+00:00');
  });

  it('shows the error budget for the event window in the during phase', () => {
    const budget = byId(items, 'std:during:error-budget');
    expect(budget.phase).toBe('during');
    expect(budget.title).toBe('Error budget: 99.9% over the 2-day event (48 h) allows 2.88 min of downtime');
    expect(budget.detail).toContain('99.9% over 30 days allows 43.2 min of downtime');
    const custom = generateItems(makePlan({ slo: { availability: 0.9999, windowDays: 28 } }), conferenceProjection());
    expect(byId(custom, 'std:during:error-budget').detail).toContain('99.99% over 28 days allows 4.03 min');
  });

  it('spells out the scale-down at 30% per hour from the T-1 day size to the after size of the stage files', () => {
    const plan = makePlan();
    const svc = plan.nodes[1];
    if (svc?.kind === 'service') svc.params.maxInstances = 400;
    const projection = projectPlan(plan);
    const model = buildTfvarsModel(plan, projection);
    const checkout = model.nodes.find((n) => n.nodeId === 'checkout')!;
    const from = checkout.values['t-1d'].desired_capacity;
    const to = checkout.values.after.desired_capacity;
    expect(from).toBeGreaterThan(to as number);
    const detail = byId(generateItems(plan, projection), 'std:after:scale-down').detail;
    const line = detail.split('\n').find((l) => l.startsWith('• checkout-svc: '))!;
    const steps = line.slice('• checkout-svc: '.length).split(' → ').map((s) => Number(s.replace(/,/g, '')));
    expect(steps[0]).toBe(from);
    expect(steps.at(-1)).toBe(to);
    for (let k = 1; k < steps.length; k++) expect(steps[k]!).toBe(Math.max(to as number, Math.min(steps[k - 1]! - 1, Math.ceil(steps[k - 1]! * 0.7))));
  });

  it('produces items the checklist schema accepts once state is merged', () => {
    for (const item of items) {
      const parsed = ChecklistItemSchema.safeParse({ ...item, owner: '', status: 'todo', note: '', evidenceUrl: '', obsolete: false });
      expect(parsed.success, item.id).toBe(true);
    }
  });
});

describe('plan-specific items name the plan’s nodes and numbers', () => {
  // 85,000 rps at the event from an 85,000 / 3 rps peak today; an average of 13,334 today is 40,002 at the event (× 4 = 160,008; float dust is not rounded up).
  const averaged = makePlan({ nodes: makePlan().nodes.map((n) => (n.kind === 'trafficSource' ? { ...n, params: { ...n.params, averageRps: 13_334 } } : n)) });
  const items = generateItems(averaged, conferenceProjection());

  it('adds read replicas on a database short of them', () => {
    const item = byId(items, 'node:orders:add-replicas');
    expect(item.title).toBe("orders-db: add 3 read replicas (4 → 7) — databases can't autoscale fast");
    expect(item).toMatchObject({ phase: 't-2w', origin: 'plan', subject: { nodeId: 'orders', nodeName: 'orders-db' } });
    expect(item.detail).toContain('48,000 qps');
  });

  it('raises an autoscaling max the event exceeds', () => {
    expect(byId(items, 'node:checkout:raise-asg-max').title).toBe('checkout-svc: raise the autoscaling max from 100 to 140');
  });

  it('pre-warms a cache, stating the cold-cache load on the database behind it', () => {
    const item = byId(items, 'node:redis:prewarm-cache');
    expect(item.title).toBe('redis-main: pre-warm; cold-cache DB load would be 18,900 qps');
    expect(item.detail).toContain('1,890 qps');
  });

  it('stress-tests to 400% of the average at the event when the average is known', () => {
    expect(byId(items, 'test:stress').title).toBe('Stress test: 400% of average load: 160,008 rps (above the event peak + 20% buffer, 102,000 rps)');
    expect(stressTestTarget(averaged, conferenceProjection())).toMatchObject({ rps: 160_008, basis: 'average', averageTarget: 160_008, peakTarget: 102_000, fallback: null });
  });

  it('falls back to the event peak plus the plan’s buffer without an average, and says why (85,000 × 1.2 = 102,000)', () => {
    const target = stressTestTarget(makePlan(), conferenceProjection());
    expect(target).toMatchObject({ rps: 102_000, basis: 'peak', averageTarget: null });
    expect(target.summary).toBe('the event peak + 20% buffer: 102,000 rps');
    expect(target.fallback).toBe('no average load is known for web (type one, or import history with a profile), so the event peak + 20% buffer is used');
    expect(byId(generateItems(makePlan(), conferenceProjection()), 'test:stress').detail).toContain('Why this number: no average load is known for web');
  });

  it('never stress-tests below the sized-for load, even with an average', () => {
    const low = makePlan({ nodes: makePlan().nodes.map((n) => (n.kind === 'trafficSource' ? { ...n, params: { ...n.params, averageRps: 5_000 } } : n)) });
    expect(stressTestTarget(low, conferenceProjection())).toMatchObject({ rps: 102_000, basis: 'peak' });
  });

  it('says so instead of "0 rps" when the plan has no traffic yet', () => {
    const nothing = makePlan({ nodes: [], edges: [] });
    const empty = projectPlan(nothing);
    expect(stressTestTarget(nothing, empty).summary).toBe('above the event peak (the plan has no traffic yet)');
    expect(byId(generateItems(nothing, empty), 'std:t-1d:final-scale').detail).toBe('The plan has no sized nodes yet.');
  });

  it('lists the plan items under the seed’s umbrella items', () => {
    expect(byId(items, 'std:t-2w:add-read-replicas').detail).toContain('orders-db: add 3 read replicas (4 → 7)');
    expect(byId(items, 'std:t-2w:increase-cache-capacity').detail).toBe('No cache in the plan needs more nodes.');
  });

  it('makes nothing for a node whose current size already covers the event', () => {
    // checkout-svc holds 2,625 rps an instance (40 needed, 40 today); orders-db's 4 replicas hold its reads.
    const calmPlan = makePlan({}, {}, { checkoutMeasuredRps: 1_750, ordersReadCapacity: 20_000, withoutRedis: true });
    const calm = generateItems(calmPlan, projectPlan(calmPlan));
    expect(calm.filter((i) => i.origin === 'plan')).toEqual([]);
  });

  it('turns uncovered findings into items and skips findings a node item already acts on', () => {
    const drain: Finding = { id: 'worker-drain:mailer', severity: 'warning', nodeId: null, rule: 'worker-drain', message: 'mailer never drains its backlog', suggestion: 'add workers' };
    const info: Finding = { id: 'no-traffic:x', severity: 'info', nodeId: null, rule: 'no-traffic', message: 'x gets no traffic' };
    // The engine raises above-max:checkout itself (140 needed, max 100); the other two are added.
    const withFindings = generateItems(makePlan(), conferenceProjection([drain, info]));
    expect(withFindings.some((i) => i.id === 'finding:above-max:checkout')).toBe(false);
    expect(byId(withFindings, 'finding:worker-drain:mailer')).toMatchObject({ phase: 't-4w', title: 'Resolve: mailer never drains its backlog', detail: 'add workers' });
    expect(withFindings.some((i) => i.id === 'finding:no-traffic:x')).toBe(false);
  });

  it('recommends a pooler and a bigger primary when the database’s hard limits are crossed', () => {
    // 140 instances × a pool of 100 = 14,000 connections; 12,000 writes × 1.2 on an 11,077 primary = 130 %.
    const strainedPlan = makePlan({}, {}, { checkoutPoolSize: 100, ordersWriteCapacity: 11_077 });
    const strainedItems = generateItems(strainedPlan, projectPlan(strainedPlan));
    expect(byId(strainedItems, 'node:orders:connection-pooler').title).toBe('orders-db: put a connection pooler in front; 14,000 connections would exceed max_connections 5,000');
    expect(byId(strainedItems, 'node:orders:scale-primary').title).toBe('orders-db: scale up the primary; writes would run at 130% of its write capacity');
  });

  it('is deterministic: the same inputs give the same items', () => {
    expect(generateItems(averaged, conferenceProjection())).toEqual(items);
  });
});
