import { describe, expect, it } from 'vitest';
import { makePlan, makeProjection } from '../export/testing/fixtures';
import { buildTfvarsModel } from '../export/tfvars-model';
import type { PlanInput } from '../model';

function planWithPace(autoscaling: { launchPerMinute?: number; warmupSeconds?: number } | undefined) {
  const nodes: PlanInput['nodes'] = [
    { id: 'web', kind: 'trafficSource', name: 'Web', params: { baselineRps: 1000 } },
    { id: 'api', kind: 'service', name: 'API', params: { instanceType: 'm6i.large', measuredRps: 250, measuredUtilization: 0.5, currentInstances: 4, minInstances: 2, maxInstances: 40, ...(autoscaling ? { autoscaling } : {}) } },
  ];
  return makePlan({ nodes, edges: [{ id: 'e1', source: 'web', target: 'api' }] });
}

describe('ramp-too-slow finding', () => {
  it('stays quiet at the default pace (10 a minute, 300 s warm-up)', () => {
    expect(makeProjection(planWithPace(undefined)).findings.some((f) => f.rule === 'ramp-too-slow')).toBe(false);
  });
  it('warns when the T-1 day step cannot launch and warm its instances in 24 h, with the stage files’ counts', () => {
    const plan = planWithPace({ launchPerMinute: 0.004, warmupSeconds: 600 });
    const projection = makeProjection(plan);
    const f = projection.findings.find((x) => x.id === 'ramp-too-slow:api');
    const tf = buildTfvarsModel(plan, projection).nodes.find((n) => n.nodeId === 'api')!;
    const from = Number(tf.values['t-1w'].desired_capacity);
    const to = Number(tf.values['t-1d'].desired_capacity);
    expect(to - from).toBe(7);
    // 7 instances at 0.004 a minute: 1,750 min + 10 min warm-up = 1,760 min > 1,440.
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain(`API: growing from ${from} to ${to} takes`);
    expect(f?.message).toContain('the T-1 day pre-scale leaves 24 h');
    expect(f?.suggestion).toContain('schedule.tfvars');
  });
  it('does not warn when the same step fits in the day', () => {
    // 7 instances at 0.006 a minute: 1,167 + 10 min fits in 1,440.
    expect(makeProjection(planWithPace({ launchPerMinute: 0.006, warmupSeconds: 600 })).findings.some((x) => x.rule === 'ramp-too-slow')).toBe(false);
  });
});
