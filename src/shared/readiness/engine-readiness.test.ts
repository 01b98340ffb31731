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
  const plan = makePlan({ nodes: makePlan().nodes.map((n) => (n.kind === 'trafficSource' ? { ...n, params: { ...n.params, averageRps: 13_334 } } : n)) });
  const projection = projectPlan(plan);
  const items = buildChecklist(plan, projection, emptyChecklistState());

  it('builds schema-valid items that name the plan’s nodes with their numbers', () => {
    for (const item of items) expect(ChecklistItemSchema.safeParse(item).success, item.id).toBe(true);
    const raise = items.find((i) => i.id === 'node:checkout:raise-asg-max');
    expect(raise?.title).toMatch(/^checkout-svc: raise the autoscaling max from 100 to \d{3}$/);
    expect(items.find((i) => i.id === 'node:redis:prewarm-cache')?.title).toMatch(/^redis-main: pre-warm; cold-cache DB load would be [\d,]+ qps$/);
    expect(items.find((i) => i.id === 'test:stress')?.title).toMatch(/^Stress test: 400% of average load: [\d,]+ rps \(above the event peak \+ 20% buffer, [\d,]+ rps\)$/);
  });

  it('covers every critical and warning finding of the engine with an item, so none is lost', () => {
    for (const finding of projection.findings.filter((f) => f.severity !== 'info')) {
      expect(items.some((i) => i.covers?.includes(finding.id)), finding.id).toBe(true);
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
    const v = overallVerdict(items, new Date('2027-02-20T00:00:00Z'), { timeZone: plan.event.timeZone, findings: projection.findings });
    expect(v.state).toBe('not-ready');
    expect(v.reasons[0]!.text).toMatch(/^T-4 weeks: ".+" was due .+ and is not started$/);
  });
});
