import { describe, expect, it } from 'vitest';
import globalConference from '../../../resources/samples/global-conference.headroom.json';
import { projectPlan } from '../engine';
import { parsePlanDocument, type Plan, type Quotas } from '../model';
import { generateItems } from './build-checklist';

function conference(quotas?: Quotas): Plan {
  const parsed = parsePlanDocument({ ...globalConference, ...(quotas ? { quotas } : {}) });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.plan;
}

function items(plan: Plan) {
  return generateItems(plan, projectPlan(plan));
}

const DAY = 86_400_000;

describe('quota items', () => {
  it('has none when the plan sets no quota', () => {
    expect(items(conference()).filter((i) => i.id.startsWith('quota:'))).toEqual([]);
  });
  it('asks for the account vCPU increase a week before the first stage that needs it, covering the finding (no second "Resolve" item)', () => {
    const plan = conference({ accountVcpus: 1000 });
    const all = items(plan);
    const item = all.find((i) => i.id === 'quota:account');
    expect(item?.title).toBe("Request a quota increase: the account's vCPU quota from 1,000 to at least 1,620 vCPUs");
    expect(item?.covers).toEqual(['quota-exceeded:account']);
    expect(all.some((i) => i.id === 'finding:quota-exceeded:account')).toBe(false);
    // The conference's first stage above 1,000 vCPUs is T-1 day (start − 1 day): due 8 days before the 09:00 start.
    const start = Date.parse('2027-06-08T09:00:00-07:00');
    expect(item?.phase).toBe('t-2w');
    expect((start - Date.parse(item!.dueAt)) / DAY).toBe(8);
    expect(item?.detail).toContain('Quota increases take days');
  });
  it('asks earlier for a quota the T-2 weeks data-tier step crosses: replicas per primary, 21 days before', () => {
    const plan = conference({ replicasPerPrimary: 15 });
    const item = items(plan).find((i) => i.id === 'quota:replicas:platform-db');
    expect(item?.phase).toBe('t-4w');
    expect(item?.subject?.nodeId).toBe('platform-db');
    expect(item?.title).toContain('from 15 to at least 33 replicas');
  });
  it('asks for a quota only max_size crosses a week before T-1 day', () => {
    const item = items(conference({ familyVcpus: { c5: 1500 } })).find((i) => i.id === 'quota:family:c5');
    expect(item?.covers).toEqual(['quota-at-max:family:c5']);
    expect(item?.title).toContain('to at least 1,600 vCPUs');
  });
});
