import { describe, expect, it } from 'vitest';
import { projectPlan } from './project';
import { isHandoffRule } from './handoff-findings';
import { plan, workedReferencePlan } from './test-support';
import type { Plan } from '../model';

function withParams(p: Plan, id: string, params: Record<string, unknown>): Plan {
  return plan({ ...p, nodes: p.nodes.map((n) => (n.id === id ? { ...n, params: { ...n.params, ...params } } : n)) } as Parameters<typeof plan>[0]);
}

function rules(p: Plan) {
  return projectPlan(p).findings.map((f) => ({ rule: f.rule, severity: f.severity, nodeId: f.nodeId, message: f.message }));
}

describe('hand-off findings: what the tfvars would carry silently', () => {
  it('an empty instance type is a warning naming the node and the attribute', () => {
    const found = rules(workedReferencePlan()).filter((f) => f.rule === 'instance-type-missing');
    expect(found).toEqual([
      { rule: 'instance-type-missing', severity: 'warning', nodeId: 'api', message: 'api-svc has no instance type: its tfvars would say instance_type = "".' },
    ]);
  });

  it('a typed instance type clears it; spaces alone do not', () => {
    expect(rules(withParams(workedReferencePlan(), 'api', { instanceType: 'm7g.large' })).some((f) => f.rule === 'instance-type-missing')).toBe(false);
    expect(rules(withParams(workedReferencePlan(), 'api', { instanceType: '   ' })).some((f) => f.rule === 'instance-type-missing')).toBe(true);
  });

  it('today’s count below the autoscaling minimum is flagged with both numbers', () => {
    const found = rules(withParams(workedReferencePlan(), 'api', { currentInstances: 0, minInstances: 2 })).filter((f) => f.rule === 'below-autoscaling-min');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', nodeId: 'api' });
    expect(found[0]!.message).toBe('api-svc runs 0 instances today, below its autoscaling min of 2.');
  });

  it('a minimum above the maximum is flagged, for services and worker pools', () => {
    const svc = rules(withParams(workedReferencePlan(), 'api', { minInstances: 50, maxInstances: 10, currentInstances: 50 })).filter((f) => f.rule === 'min-above-max');
    expect(svc.map((f) => f.message)).toEqual(['api-svc has an autoscaling min of 50 above its max of 10.']);
    const workers = plan({
      name: 'w', startMonth: '2026-12', event: { startDate: '2027-06-01' },
      nodes: [{ id: 'w', kind: 'workerPool', name: 'workers', params: { instanceType: 'c7g.large', currentWorkers: 1, minWorkers: 3, maxWorkers: 2 } }],
      edges: [],
    });
    expect(rules(workers).filter((f) => f.rule === 'below-autoscaling-min' || f.rule === 'min-above-max').map((f) => f.message)).toEqual([
      'workers runs 1 worker today, below its min of 3 workers.',
      'workers has a min of 3 workers above its max of 2.',
    ]);
  });

  it('a consistent node raises none of them', () => {
    const ok = withParams(workedReferencePlan(), 'api', { instanceType: 'm7g.large', currentInstances: 20, minInstances: 2, maxInstances: 100 });
    expect(rules(ok).filter((f) => ['instance-type-missing', 'below-autoscaling-min', 'min-above-max'].includes(f.rule))).toEqual([]);
  });
});

describe('hand-off findings: a typed instance type the catalog does not know', () => {
  const unknown = (p: Plan) => rules(p).filter((f) => f.rule === 'instance-type-unknown');

  it('a misspelt type is a warning naming the node, the type and the attribute', () => {
    expect(unknown(withParams(workedReferencePlan(), 'api', { instanceType: 'm7g.lrage' }))).toEqual([
      { rule: 'instance-type-unknown', severity: 'warning', nodeId: 'api', message: `api-svc's type "m7g.lrage" is not one Headroom's catalog knows: its tfvars would carry instance_type = "m7g.lrage" as typed.` },
    ]);
  });

  it('a type of another service than the kind runs on is flagged too (an RDS class on a service)', () => {
    const found = unknown(withParams(workedReferencePlan(), 'api', { instanceType: 'db.r6g.large' }));
    expect(found.map((f) => f.message)).toEqual([`api-svc's type "db.r6g.large" is an RDS instance class, not an EC2 instance type: its tfvars would carry instance_type = "db.r6g.large" as typed.`]);
  });

  it('a known type of the right service, in any case, raises nothing; an empty one is the missing-type finding instead', () => {
    expect(unknown(withParams(workedReferencePlan(), 'api', { instanceType: ' M7G.Large ' }))).toEqual([]);
    expect(unknown(workedReferencePlan())).toEqual([]);
  });

  it('the samples use only types the catalog knows for their kinds', async () => {
    const { readFileSync } = await import('node:fs');
    const { parsePlanText } = await import('../model/parse-plan');
    for (const name of ['global-conference', 'flash-sale', 'event-platform']) {
      const parsed = parsePlanText(readFileSync(new URL(`../../../resources/samples/${name}.headroom.json`, import.meta.url), 'utf8'));
      if (!parsed.ok) throw new Error(name);
      expect(unknown(parsed.plan)).toEqual([]);
    }
  });
});

describe('what the Export view repeats before the files', () => {
  it('includes the quota findings: a stage file the account cannot run is an outage handed off', () => {
    for (const rule of ['quota-exceeded', 'quota-at-max', 'quota-vcpus-unknown', 'instance-type-missing', 'instance-type-unknown', 'min-above-max']) expect(isHandoffRule(rule), rule).toBe(true);
    expect(isHandoffRule('short-at-event')).toBe(false);
  });
});
