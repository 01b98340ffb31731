import { describe, expect, it } from 'vitest';
import { makePlan, makeProjection } from '../export/testing/fixtures';
import { buildTfvarsModel } from '../export/tfvars-model';
import { rampMinutes, SCALING_DEFAULTS, scalingPolicyOf } from './scaling-policy';

describe('scaling policy per autoscaled tier', () => {
  it('tracks CPU at the headroom target with the default cooldowns and warm-up', () => {
    const plan = makePlan();
    const p = makeProjection(plan);
    expect(scalingPolicyOf(plan, plan.nodes.find((n) => n.id === 'api')!, p.byId.api!)).toEqual({ metric: 'cpu', target: 50, ...{ scaleOutCooldownSeconds: 60, scaleInCooldownSeconds: 300, warmupSeconds: 300, launchPerMinute: SCALING_DEFAULTS.launchPerMinute } });
  });
  it('tracks requests per instance per minute from the measured capacity when the plan asks', () => {
    const plan = makePlan({
      nodes: [{ id: 'api', kind: 'service', name: 'API', params: { measuredRps: 250, measuredUtilization: 0.5, autoscaling: { metric: 'requestsPerInstance', scaleInCooldownSeconds: 900, warmupSeconds: 120 } } }],
    });
    const p = makeProjection(plan);
    const detail = p.byId.api!.atEvent.detail;
    if (detail.kind !== 'service') throw new Error('not a service');
    const policy = scalingPolicyOf(plan, plan.nodes[0]!, p.byId.api!)!;
    // 250 rps at 50 % CPU → 500 at full, 250 at the 50 % target: 15,000 requests a minute.
    expect(detail.capacityPerInstance).toBe(250);
    expect(policy).toMatchObject({ metric: 'requestsPerInstance', target: 15_000, scaleInCooldownSeconds: 900, warmupSeconds: 120, scaleOutCooldownSeconds: 60 });
  });
  it("tracks CPU for a worker pool whatever its metric says: it takes no requests", () => {
    const plan = makePlan({
      nodes: [{ id: 'workers', kind: 'workerPool', name: 'Mailer', params: { secondsPerMessage: 0.001, autoscaling: { metric: 'requestsPerInstance', launchPerMinute: 4 } } }],
    });
    const policy = scalingPolicyOf(plan, plan.nodes[0]!, makeProjection(plan).byId.workers!)!;
    expect(policy).toMatchObject({ metric: 'cpu', target: 50, launchPerMinute: 4 });
  });
  it('never rounds a small positive target to 0, which terraform refuses (a random plan found it)', () => {
    const plan = makePlan({
      nodes: [{ id: 'api', kind: 'service', name: 'API', params: { measuredRps: 0.001, measuredUtilization: 0.5, autoscaling: { metric: 'requestsPerInstance' } } }],
      headroom: { targetUtilization: 0.6 },
    });
    const policy = scalingPolicyOf(plan, plan.nodes[0]!, makeProjection(plan).byId.api!)!;
    // 0.001 rps at 50 % → 0.0012 at 60 %: 0.072 requests a minute.
    expect(policy.target).toBe(0.072);
    const cpuPlan = makePlan({ headroom: { targetUtilization: 0.0004 } });
    expect(scalingPolicyOf(cpuPlan, cpuPlan.nodes.find((n) => n.id === 'api')!, makeProjection(cpuPlan).byId.api!)!.target).toBe(0.04);
  });
  it('leaves the data tier without a policy and turns scale-in off only from the pre-warm to the event end', () => {
    const plan = makePlan();
    const model = buildTfvarsModel(plan, makeProjection(plan));
    const api = model.nodes.find((n) => n.nodeId === 'api')!;
    expect(Object.fromEntries(Object.entries(api.values).map(([stage, row]) => [stage, row.disable_scale_in]))).toEqual({ baseline: false, 't-2w': false, 't-1w': true, 't-1d': true, after: false });
    expect(model.nodes.find((n) => n.nodeId === 'db')!.values['t-1d'].scaling_metric).toBeUndefined();
  });
  it('gives the ramp time: launches at the group’s pace plus the last one’s warm-up, 0 with nothing to add', () => {
    expect(rampMinutes(30, 183, { launchPerMinute: 10, warmupSeconds: 300 })).toBe(21);
    expect(rampMinutes(183, 183, { launchPerMinute: 10, warmupSeconds: 300 })).toBe(0);
    expect(rampMinutes(90, 30, { launchPerMinute: 10, warmupSeconds: 300 })).toBe(0);
  });
});
