import { describe, expect, it } from 'vitest';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { parsePlanDocument } from '../model';
import { projectPlan } from './project';
import { workedReferencePlan } from './test-support';

describe('right-sizing', () => {
  it('says the conference database runs 31 replicas where 6 carry today\'s load, 25 too many, and what they cost a month', () => {
    const parsed = parsePlanDocument(globalConference);
    if (!parsed.ok) throw new Error('sample');
    const f = projectPlan(parsed.plan).findings.filter((x) => x.rule === 'right-size');
    expect(f.map((x) => x.id)).toEqual(['right-size:platform-db']);
    // 25 × 1.92 USD/h × 730 h.
    expect(f[0]!.message).toBe("platform-db runs 31 replicas where 6 carry today's load: 25 more than needed outside the event, 35,040 USD a month on demand");
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.suggestion).toMatch(/^The event needs 33: keep them through it, then scale down to 6/);
  });
  it("says of a database nothing reaches that its replicas carry no load, not that '0 carry today's load'", () => {
    const parsed = parsePlanDocument(globalConference);
    if (!parsed.ok) throw new Error('sample');
    const plan = { ...parsed.plan, edges: parsed.plan.edges.filter((e) => e.target !== 'platform-db') };
    const f = projectPlan(plan).findings.find((x) => x.rule === 'right-size');
    // The same figures as before: 31 replicas, all 31 above what its load needs, 31 × 1.92 USD/h × 730 h.
    expect(f?.message).toBe('platform-db runs 31 replicas though nothing reaches it today, so they are kept only for redundancy: 31 more than needed outside the event, 43,450 USD a month on demand');
    expect(f?.suggestion).toMatch(/^Nothing reaches it at the event either: connect what calls it, or run 0 outside it/);
  });
  it('says nothing of a fleet within twice its need, or only one unit above it', () => {
    const plan = workedReferencePlan();
    expect(projectPlan(plan).findings.some((x) => x.rule === 'right-size')).toBe(false);
  });
  it('holds the fleet to the busiest month before the event and the plan\'s min, not today\'s need alone', () => {
    const plan = workedReferencePlan();
    const api = plan.nodes.find((n) => n.id === 'api');
    if (api?.kind !== 'service') throw new Error('api');
    // Today's need is 14 (10,000 rps at 750 a instance); the busiest month before the event (month 12, 10 %/month) needs 42.
    api.params.currentInstances = 100;
    api.params.maxInstances = 200;
    const f = projectPlan(plan).findings.find((x) => x.rule === 'right-size');
    expect(f?.message).toBe("api-svc runs 100 instances where 14 carry today's load and 42 the busiest month before the event: 58 more than needed outside the event");
    api.params.minInstances = 60;
    api.params.currentInstances = 120;
    // The need already holds the autoscaling min (the engine's `required` never goes below it).
    expect(projectPlan(plan).findings.find((x) => x.rule === 'right-size')?.message).toContain("where 60 carry today's load: 60 more");
    // 125 is below twice the min of 63: not far above.
    api.params.currentInstances = 125;
    api.params.minInstances = 63;
    expect(projectPlan(plan).findings.some((x) => x.rule === 'right-size')).toBe(false);
  });
});
