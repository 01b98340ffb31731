import { describe, expect, it } from 'vitest';
import ticketingLaunch from '../../../resources/samples/ticketing-launch.headroom.json';
import { projectPlan } from '../engine';
import type { Finding, FindingRule } from '../engine/types';
import { parsePlanDocument } from '../model';
import { draftFixes } from '../readiness/finding-coverage';
import type { ItemDraft } from '../readiness/draft';
import { kindDefinitions, kindFindingRules, kinds, sizingUnits } from '.';

/** What the kinds declare in their folders and the code that once listed it reads back. */
describe('the kind registry', () => {
  it('lists the units in the order the totals listed them before the kinds owned their units', () => {
    expect(sizingUnits).toEqual(['units', 'instances', 'workers', 'replicas', 'nodes', 'pods', 'executions']);
  });

  it('gives each kind-owned finding rule one kind', () => {
    expect(new Set(kindFindingRules).size).toBe(kindFindingRules.length);
    expect([...kindFindingRules].sort()).toEqual(['function-burst', 'node-group-max']);
  });

  it('has each kind raise only the rules it declares (the ticketing sample raises both kinds’ own)', () => {
    const parsed = parsePlanDocument(ticketingLaunch);
    if (!parsed.ok) throw new Error('the ticketing sample does not parse');
    const plan = parsed.plan;
    const projection = projectPlan(plan);
    const own = projection.findings.filter((f) => (kindFindingRules as readonly string[]).includes(f.rule));
    expect(own.map((f) => f.rule).sort()).toEqual(['function-burst', 'node-group-max']);
    for (const f of own) {
      const node = plan.nodes.find((n) => n.id === f.nodeId)!;
      expect(kinds[node.kind].findingRules, f.id).toContain(f.rule);
    }
  });

  it('covers findings with the same checklist actions the coverage table named before it moved into the kinds', () => {
    const before: Record<string, readonly string[]> = {
      'above-max': ['raise-asg-max', 'raise-max-workers', 'add-replicas', 'raise-hpa-max'],
      'short-at-event': ['prescale', 'raise-asg-max', 'raise-max-workers', 'add-replicas', 'scale-primary', 'add-cache-nodes', 'prewarm-lb', 'raise-hpa-max', 'request-concurrency-quota'],
      'node-group-max': ['raise-node-group-max'],
      'function-burst': ['provision-concurrency'],
      'db-connections': ['connection-pooler'],
      'db-primary-writes': ['scale-primary'],
      'cdn-limit': ['raise-limit'],
      'queue-limit': ['raise-limit'],
      'external-rate-limit': ['raise-limit'],
    };
    const actions = [...new Set(Object.values(before).flat())];
    const rules = [...new Set([...Object.keys(before), 'short-in-month', 'right-size', ...kindDefinitions.flatMap((d) => Object.keys(d.readinessFixes))])] as FindingRule[];
    for (const rule of rules) {
      const finding = { id: `${rule}:n`, rule, nodeId: 'n', severity: 'warning', message: '' } satisfies Finding;
      for (const action of actions) {
        const draft = { id: `node:n:${action}`, subject: { nodeId: 'n' } } as ItemDraft;
        expect(draftFixes(draft, finding), `${action} fixes ${rule}`).toBe((before[rule] ?? []).includes(action));
      }
    }
  });
});
