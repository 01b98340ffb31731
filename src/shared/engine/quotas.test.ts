import { describe, expect, it } from 'vitest';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';
import { parsePlanDocument, type Plan, type Quotas } from '../model';
import { projectPlan } from './project';
import { familyOfType, vcpusOfType } from './quotas';

function conference(quotas?: Quotas): Plan {
  const parsed = parsePlanDocument({ ...globalConference, ...(quotas ? { quotas } : {}) });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.plan;
}

function quotaFindingsOf(plan: Plan) {
  return projectPlan(plan).findings.filter((f) => f.rule.startsWith('quota-'));
}

describe('quotas', () => {
  it('checks nothing when the plan sets no quota', () => {
    expect(quotaFindingsOf(conference())).toEqual([]);
  });
  it('is critical when the T-1 day stage needs more vCPUs than the account allows, by how much and who needs them', () => {
    const [f, ...rest] = quotaFindingsOf(conference({ accountVcpus: 1000 }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'quota-exceeded:account', severity: 'critical', nodeId: null, rule: 'quota-exceeded' });
    expect(f!.message).toBe("The account's vCPU quota is short by 620 vCPUs: the T-1 day stage needs 1,620 (platform-app 183 × c5.2xlarge (8 vCPUs), notify-workers 78 × t3.medium (2 vCPUs)), the quota is 1,000.");
    expect(f!.suggestion).toContain('at least 1,620 vCPUs');
  });
  it('checks a family quota over that family\'s tiers only: 183 × c5.2xlarge = 1,464', () => {
    const [f] = quotaFindingsOf(conference({ familyVcpus: { c5: 1400, t3: 1000 } }));
    expect(f?.id).toBe('quota-exceeded:family:c5');
    expect(f?.message).toContain('short by 64 vCPUs');
    expect(f?.message).toContain('needs 1,464');
  });
  it('warns when the stages fit but the groups\' max_size would not (200 × 8 = 1,600 > 1,500)', () => {
    const [f] = quotaFindingsOf(conference({ familyVcpus: { c5: 1500 } }));
    expect(f).toMatchObject({ id: 'quota-at-max:family:c5', severity: 'warning' });
    expect(f!.message).toContain('would need 1,600');
  });
  it('holds replicas per primary and nodes per cache cluster to the node\'s largest stage', () => {
    const fs = quotaFindingsOf(conference({ replicasPerPrimary: 15, cacheNodesPerCluster: 10 }));
    const db = fs.find((f) => f.id === 'quota-exceeded:replicas:platform-db');
    const cache = fs.find((f) => f.id === 'quota-exceeded:cache-nodes:app-cache');
    expect(db?.message).toContain('short by 18 replicas on platform-db');
    expect(db?.nodeId).toBe('platform-db');
    expect(cache?.message).toContain('short by 2 nodes on app-cache');
  });
  it('counts a Kubernetes workload by the nodes its pods need: 60 pods at T-1 day, 7 a node, on 9 × m6i.2xlarge = 72 vCPUs', () => {
    const parsed = parsePlanDocument({ ...ticketingLaunch, quotas: { accountVcpus: 50 } });
    if (!parsed.ok) throw new Error('ticketing-launch');
    const [f, ...rest] = quotaFindingsOf(parsed.plan);
    expect(rest).toEqual([]);
    expect(f?.id).toBe('quota-exceeded:account');
    expect(f?.message).toContain('ticketing-api 9 × m6i.2xlarge (8 vCPUs)');
    expect(f?.message).toContain('needs 72');
  });
  it('passes when every quota holds the stages and the max', () => {
    expect(quotaFindingsOf(conference({ accountVcpus: 5000, familyVcpus: { c5: 2000 }, replicasPerPrimary: 40, cacheNodesPerCluster: 500 }))).toEqual([]);
  });
  it('warns that a tier whose type has no vCPU count is left out, and counts it once the plan gives its vCPUs', () => {
    const plan = conference({ accountVcpus: 1000 });
    const app = plan.nodes.find((n) => n.id === 'platform-app');
    if (app?.kind !== 'service') throw new Error('app');
    app.params.instanceType = 'x9.mega';
    const fs = quotaFindingsOf(plan);
    expect(fs.map((f) => f.id)).toEqual(['quota-vcpus-unknown:platform-app']);
    expect(fs[0]!.message).toContain('"x9.mega"');
    plan.quotas = { accountVcpus: 1000, instanceVcpus: { 'x9.mega': 16 } };
    const again = quotaFindingsOf(plan);
    expect(again.map((f) => f.id)).toEqual(['quota-exceeded:account']);
    expect(again[0]!.message).toContain('183 × x9.mega (16 vCPUs)');
    expect(familyOfType('x9.mega')).toBe('x9');
  });
  it('reads vCPUs from the catalog for EC2 types only, the plan\'s override first', () => {
    const plan = conference({ instanceVcpus: { 'c5.2xlarge': 4 } });
    expect(vcpusOfType(plan, 'C5.2xlarge')).toBe(4);
    expect(vcpusOfType(plan, 'm6i.large')).toBe(2);
    expect(vcpusOfType(plan, 'db.r5.4xlarge')).toBeUndefined();
  });
  it('refuses a quota key that is not an AWS name in lower case, saying where', () => {
    const parsed = parsePlanDocument({ ...globalConference, quotas: { familyVcpus: { C5: 5 } } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => `${p.path}: ${p.message}`).join(' ')).toMatch(/quotas.*familyVcpus.*AWS instance family or type/);
  });
  it('never lets a __proto__ key reach the prototype (zod drops it)', () => {
    const parsed = parsePlanDocument({ ...globalConference, quotas: JSON.parse('{"familyVcpus": {"__proto__": {"polluted": 1}}}') as unknown });
    if (!parsed.ok) return;
    const family = parsed.plan.quotas?.familyVcpus ?? {};
    expect(Object.getPrototypeOf(family)).toBe(Object.prototype);
    expect(Object.keys(family)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
