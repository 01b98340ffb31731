import { describe, expect, it } from 'vitest';
import { projectPlan } from '../engine';
import { buildChecklist, recordSnapshots } from './build-checklist';
import { ChecklistItemSchema, emptyChecklistState } from './schema';
import { overallVerdict } from './verdict';
import { makePlan } from './test-fixtures';

/**
 * The checklist over the real engine's projection. Asserts the wiring and the shape of
 * the text, not the engine's arithmetic (its own tests pin that).
 */
describe('readiness over the real capacity engine', () => {
  const plan = makePlan();
  const projection = projectPlan(plan);
  const items = buildChecklist(plan, projection, emptyChecklistState(), { averageRps: 40_000 });

  it('builds schema-valid items that name the plan’s nodes with their numbers', () => {
    for (const item of items) expect(ChecklistItemSchema.safeParse(item).success, item.id).toBe(true);
    const raise = items.find((i) => i.id === 'node:checkout:raise-asg-max');
    expect(raise?.title).toMatch(/^checkout-svc: raise the autoscaling max from 100 to \d{3}$/);
    expect(items.find((i) => i.id === 'node:redis:prewarm-cache')?.title).toMatch(/^redis-main: pre-warm; cold-cache DB load would be [\d,]+ qps$/);
    expect(items.find((i) => i.id === 'test:stress')?.title).toBe('Stress test: load test to 400% of average: 160,000 rps');
  });

  it('acts on every critical finding of the engine, so none is lost', () => {
    for (const finding of projection.findings.filter((f) => f.severity === 'critical')) {
      const actedOn = items.some((i) => i.id === `finding:${finding.id}` || (finding.nodeId !== null && i.subject?.nodeId === finding.nodeId));
      expect(actedOn, finding.id).toBe(true);
    }
  });

  it('keeps the user’s state through a plan edit that changes the numbers', () => {
    const raise = items.find((i) => i.id === 'node:checkout:raise-asg-max');
    if (!raise) throw new Error('expected a raise-asg-max item');
    const state = recordSnapshots(emptyChecklistState(), items);
    const edited = { ...state, items: { ...state.items, [raise.id]: { ...state.items[raise.id], status: 'done' as const, owner: 'Ana', note: '', evidenceUrl: '', updatedAt: '' } } };
    const busier = makePlan({ nodes: plan.nodes.map((n) => (n.kind === 'trafficSource' ? { ...n, params: { ...n.params, baselineRps: 35_000 } } : n)) });
    const again = buildChecklist(busier, projectPlan(busier), edited);
    expect(again.find((i) => i.id === raise.id)).toMatchObject({ status: 'done', owner: 'Ana', obsolete: false });
    expect(again.find((i) => i.id === raise.id)?.title).not.toBe(raise.title);
  });

  it('gives a verdict with reasons at any time', () => {
    const v = overallVerdict(items, new Date('2027-02-20T00:00:00Z'), { event: plan.event, findings: projection.findings });
    expect(v.verdict).toBe('not-ready');
    expect(v.reasons[0]).toMatch(/^T-4 weeks: not done: /);
  });
});
