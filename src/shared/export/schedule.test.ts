import { describe, expect, it } from 'vitest';
import eventPlatform from '../../../resources/samples/event-platform.headroom.json';
import flashSale from '../../../resources/samples/flash-sale.headroom.json';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { projectPlan } from '../engine';
import { formatNumber } from '../engine/format';
import { parsePlanDocument, type Plan } from '../model';
import { eventWindow, phaseWindow } from '../readiness/phases';
import { generateItems } from '../readiness/build-checklist';
import { scaleDownSteps } from '../engine/stages';
import { buildSchedule, utcRfc3339, type ScheduledAction } from './schedule';
import { renderScheduleJson } from './schedule-render';
import { buildTfvarsModel } from './tfvars-model';
import { makePlan, makeProjection } from './testing/fixtures';

const samples: Record<string, unknown> = { 'global-conference': globalConference, 'flash-sale': flashSale, 'event-platform': eventPlatform };

function samplePlan(name: string): Plan {
  const parsed = parsePlanDocument(samples[name]);
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.plan;
}

function action(actions: readonly ScheduledAction[], name: string): ScheduledAction {
  const found = actions.find((a) => a.name === name);
  if (!found) throw new Error(`no action ${name} in ${actions.map((a) => a.name).join(', ')}`);
  return found;
}

describe('schedule of the global-conference sample', () => {
  const plan = samplePlan('global-conference');
  const model = buildTfvarsModel(plan, projectPlan(plan));
  if (!model.schedule.ok) throw new Error(model.schedule.problem);
  const app = model.schedule.tiers.find((t) => t.nodeId === 'platform-app')!;

  it('pre-warms the app tier to 90 a week before (09:00 in Los Angeles is 16:00 UTC) and holds 183 as its min from the day before', () => {
    expect(action(app.actions, 't-1w-prewarm')).toEqual({ name: 't-1w-prewarm', startTime: '2027-06-01T16:00:00Z', min: 90, desired: 90, max: 200 });
    expect(action(app.actions, 't-1d-event-target')).toEqual({ name: 't-1d-event-target', startTime: '2027-06-07T16:00:00Z', min: 183, desired: 183, max: 200 });
  });
  it('steps down an hour at a time from the event’s end to the after stage, min back at the plan’s', () => {
    const after = app.actions.filter((a) => a.name.startsWith('after'));
    expect(after.map((a) => a.desired)).toEqual([129, 91, 64, 45, 33]);
    expect(after.at(-1)).toMatchObject({ name: 'after', min: 20, desired: 33 });
    expect(after[0]!.startTime).toBe(utcRfc3339(eventWindow(plan.event).end));
    expect(after[0]!.startTime).toBe('2027-06-11T16:00:00Z');
  });
  it('schedules only autoscaled tiers (services, worker pools)', () => {
    expect(model.schedule.ok && model.schedule.tiers.map((t) => t.variableName)).toEqual(['platform_app', 'notify_workers']);
  });
});

describe.each(Object.keys(samples))('schedule of %s matches the checklist', (name) => {
  const plan = samplePlan(name);
  const projection = projectPlan(plan);
  const model = buildTfvarsModel(plan, projection);
  const items = generateItems(plan, projection);
  const detail = (id: string) => items.find((i) => i.id === id)!.detail;
  const window = eventWindow(plan.event);
  if (!model.schedule.ok) throw new Error(model.schedule.problem);

  it.each(model.schedule.tiers.map((t) => [t.nodeName, t] as const))('%s: numbers and dates', (_, tier) => {
    const tf = model.nodes.find((n) => n.nodeId === tier.nodeId)!;
    const n = projection.byId[tier.nodeId]!;
    const t1w = tier.actions.find((a) => a.name === 't-1w-prewarm');
    const t1d = tier.actions.find((a) => a.name === 't-1d-event-target');
    const t1dDesired = Number(tf.values['t-1d'][tf.check.desired]);
    if (t1w) {
      expect(detail('std:t-1w:scale-compute')).toContain(`${n.name}: ${formatNumber(n.current)} → ${formatNumber(t1w.desired)} `);
      // Dated inside the checklist's T-1 week phase, before the item is due.
      expect(t1w.startTime).toBe(utcRfc3339(phaseWindow('t-1w', window).start));
      expect(Date.parse(t1w.startTime)).toBeLessThanOrEqual(Date.parse(items.find((i) => i.id === 'std:t-1w:scale-compute')!.dueAt));
      expect(t1w.min).toBe(t1w.desired);
    }
    if (t1d) {
      expect(t1d.desired).toBe(t1dDesired);
      expect(detail('std:t-1d:final-scale')).toContain(`${n.name}: ${formatNumber(t1d.desired)} `);
      expect(t1d.startTime).toBe(utcRfc3339(phaseWindow('t-1d', window).start));
      expect(t1d.min).toBe(t1d.desired);
    }
    const afterDesired = Number(tf.values.after[tf.check.desired]);
    const ladder = scaleDownSteps(t1dDesired, afterDesired);
    if (ladder.length > 1) {
      expect(detail('std:after:scale-down')).toContain(`${n.name}: ${ladder.map((s) => formatNumber(s)).join(' → ')}`);
      expect(tier.actions.filter((a) => a.name.startsWith('after')).map((a) => a.desired)).toEqual(ladder.slice(1));
    }
    // Times strictly increase: AWS applies the actions in that order.
    const times = tier.actions.map((a) => Date.parse(a.startTime));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(tier.actions.map((a) => a.name)).size).toBe(tier.actions.length);
  });
});

describe('schedule edge cases', () => {
  it('says why there is no schedule when the event cannot be dated, and writes an empty map', () => {
    const plan = makePlan();
    const bad = { ...plan, event: { ...plan.event, timeZone: 'Mars/Olympus_Mons' } };
    const model = buildTfvarsModel(bad, makeProjection(plan));
    expect(model.schedule).toEqual({ ok: false, problem: expect.stringContaining('unknown time zone') });
    expect(JSON.parse(renderScheduleJson(model.schedule))).toEqual({ autoscaling_schedule: {} });
  });
  it('dates the actions in the event’s own zone, written in UTC', () => {
    const plan = makePlan();
    const ny = { ...plan, event: { ...plan.event, startDate: '2027-03-20', timeZone: 'America/New_York' } };
    const schedule = buildSchedule(buildTfvarsModel(ny, makeProjection(plan)).nodes, ny.event);
    if (!schedule.ok) throw new Error(schedule.problem);
    // 09:00 EST on 2027-03-13 (DST starts 03-14) is 14:00 UTC; the event's end is after the change.
    const api = schedule.tiers.find((t) => t.nodeId === 'api')!;
    expect(action(api.actions, 't-1w-prewarm').startTime).toBe('2027-03-13T14:00:00Z');
    expect(api.actions.find((a) => a.name.startsWith('after'))!.startTime).toMatch(/^2027-03-2\dT13:00:00Z$/);
  });
  it('starts a step early enough for a slow group to launch and warm its instances before the event', () => {
    const plan = makePlan({
      nodes: [
        { id: 'web', kind: 'trafficSource', name: 'Web', params: { baselineRps: 1000 } },
        { id: 'api', kind: 'service', name: 'API', params: { instanceType: 'm6i.large', measuredRps: 250, measuredUtilization: 0.5, currentInstances: 4, minInstances: 2, maxInstances: 40, autoscaling: { launchPerMinute: 0.001, warmupSeconds: 300 } } },
      ],
      edges: [{ id: 'e1', source: 'web', target: 'api' }],
    });
    const model = buildTfvarsModel(plan, makeProjection(plan));
    if (!model.schedule.ok) throw new Error(model.schedule.problem);
    const api = model.schedule.tiers[0]!;
    const t1w = action(api.actions, 't-1w-prewarm');
    const t1d = action(api.actions, 't-1d-event-target');
    const start = eventWindow(plan.event).start.getTime();
    // t1d: 1 instance at a time, 1000 min each … the whole ramp (launch + 5 min warm-up) ends by the start.
    const minutes = Math.ceil((t1d.desired - t1w.desired) / 0.001) + 5;
    expect(minutes).toBeGreaterThan(24 * 60);
    expect(Date.parse(t1d.startTime)).toBe(start - minutes * 60_000);
    expect(t1d.early).toBe(minutes - 24 * 60);
    expect(Date.parse(t1w.startTime)).toBeLessThan(Date.parse(t1d.startTime));
  });
});
