import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument, pinVariableNames } from '../model';
import { planInputArb } from '../testing/random-plan';
import { parsePlanFileText, planFileText } from './plan-file';
import { emptyChecklistState, type ChecklistState } from './schema';
import { makePlan } from './test-fixtures';

const state: ChecklistState = {
  version: 1,
  items: { 'test:stress': { status: 'done', owner: 'Ana', note: 'held 160k', evidenceUrl: 'https://grafana.example/d/1', updatedAt: '2027-02-26T12:00:00.000Z', dueAt: '2027-02-25T09:00:00.000+00:00' } },
  custom: [{ id: 'custom:1', phase: 't-1d', title: 'Freeze deploys', detail: '', dueAt: null, owner: '', status: 'todo', note: '', evidenceUrl: '', updatedAt: '' }],
};

describe('the plan file', () => {
  it('carries the checklist state and reads it back unchanged', () => {
    // A current-format plan: its sized nodes carry their Terraform variable names.
    const plan = { ...makePlan(), nodes: pinVariableNames(makePlan().nodes) };
    const back = parsePlanFileText(planFileText(plan, state));
    expect(back).toEqual({ ok: true, plan, checklist: state });
  });

  it('leaves the checklist out when nothing was recorded, and reads that as no checklist', () => {
    const text = planFileText(makePlan(), emptyChecklistState());
    expect(JSON.parse(text)).not.toHaveProperty('checklist');
    expect(parsePlanFileText(text)).toMatchObject({ ok: true, checklist: null });
  });

  it('refuses a file whose checklist is invalid, naming the field, instead of dropping the team’s progress', () => {
    const doc = { ...JSON.parse(planFileText(makePlan(), state)), checklist: { items: { 'test:stress': { status: 'finished' } } } };
    const r = parsePlanFileText(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe('checklist.items.test:stress.status');
    const notObject = parsePlanFileText(JSON.stringify({ ...doc, checklist: 'all done' }));
    expect(!notObject.ok && notObject.problems[0]!.path).toBe('checklist');
  });

  it('round-trips random valid plans with their checklist', () => {
    fc.assert(
      fc.property(planInputArb({ maxNodes: 4 }), (input) => {
        // Random plans may hold self-loops, which the file reader refuses on purpose.
        const read = parsePlanDocument(input);
        fc.pre(read.ok);
        const plan = read.plan;
        const back = parsePlanFileText(planFileText(plan, state));
        // JSON has no -0 (a typed "-0" growth rate is written as 0): compare as JSON holds it.
        expect(back.ok && back.plan).toEqual(JSON.parse(JSON.stringify(plan)));
        expect(back.ok && back.checklist).toEqual(state);
      }),
      { numRuns: 40 },
    );
    // Generous: the machine is shared, and fast-check discards plans with self-loops.
  }, 30_000);
});
