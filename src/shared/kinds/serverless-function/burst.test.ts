import { describe, expect, it } from 'vitest';
import { projectPlan } from '../../engine/project';
import { plan } from '../../engine/test-support';
import { buildTfvarsModel } from '../../export/tfvars-model';

/** 100,000 rps into a 120 ms function (12,000 executions, 13,200 with a 10 % buffer), the platform adding `scaling` every 10 s of a 60 s surge. */
function launch(scaling: number) {
  const p = plan({
    name: 't', startMonth: '2026-12', horizonMonths: 2, event: { startDate: '2027-01-15' },
    headroom: { targetUtilization: 0.6, buffer: 0.1, nPlusK: 0, zones: 1, surviveZoneLoss: false },
    nodes: [
      { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 100_000 } },
      { id: 'f', kind: 'serverlessFunction', name: 'confirm', params: { averageDurationMs: 120, reservedConcurrency: 14_000, accountConcurrencyLimit: 20_000, scalingPer10Seconds: scaling, surgeRiseSeconds: 60 } },
    ],
    edges: [{ id: 'a', source: 'u', target: 'f' }],
  });
  const projection = projectPlan(p);
  const node = projection.nodes.find((n) => n.nodeId === 'f')!;
  const d = node.atEvent.detail;
  if (d.kind !== 'serverlessFunction') throw new Error('not a function');
  return { d, required: node.atEvent.required, tf: buildTfvarsModel(p, projection).nodes.find((n) => n.nodeId === 'f')! };
}

describe("a function's provisioned concurrency for the surge", () => {
  it('is a whole number of environments when the platform adds a fractional amount every 10 s (53.7: 322.2 in 60 s)', () => {
    const { d, required } = launch(53.7);
    expect(Number.isInteger(d.provisionedNeeded)).toBe(true);
    expect(d.provisionedNeeded).toBe(Math.ceil(required - 53.7 * 6));
  });

  it('goes into the T-1 day stage file whole, and no higher than the reservation', () => {
    const { tf } = launch(53.7);
    const t1d = tf.values['t-1d'];
    expect(Number.isInteger(t1d.provisioned_concurrent_executions)).toBe(true);
    expect(t1d.provisioned_concurrent_executions).toBeLessThanOrEqual(Number(t1d.reserved_concurrent_executions));
  });
});
