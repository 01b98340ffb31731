import { describe, expect, it } from 'vitest';
import { buildChecklist, recordSnapshots } from './build-checklist';
import { phaseIndex } from './phases';
import { ChecklistStateSchema, emptyChecklistState, type ChecklistItem, type ChecklistState } from './schema';
import { addCustomItem, updateItem } from './state';
import { projectPlan } from '../engine';
import { conferenceProjection, makePlan } from './test-fixtures';

const now = new Date('2027-02-10T12:00:00Z');

function find(items: readonly ChecklistItem[], id: string): ChecklistItem {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

function must(change: { ok: true; state: ChecklistState } | { ok: false; problems: string[] }): ChecklistState {
  if (!change.ok) throw new Error(change.problems.join('; '));
  return change.state;
}

/** The store's loop: build, record snapshots, let the user edit one item. */
function edit(state: ChecklistState, items: ChecklistItem[], id: string, patch: Parameters<typeof updateItem>[2]): ChecklistState {
  return must(updateItem(recordSnapshots(state, items), find(items, id), patch, now));
}

describe('buildChecklist merges generated items with saved state', () => {
  const plan = makePlan();
  const projection = conferenceProjection();

  it('starts every generated item as todo with no owner, note or evidence', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    expect(items.length).toBeGreaterThan(25);
    for (const item of items) expect(item).toMatchObject({ status: 'todo', owner: '', note: '', evidenceUrl: '', obsolete: false });
  });

  it('sorts by phase, then due time', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      if (!a || !b) continue;
      const order = phaseIndex(a.phase) - phaseIndex(b.phase) || Date.parse(a.dueAt) - Date.parse(b.dueAt);
      expect(order).toBeLessThanOrEqual(0);
    }
  });

  it('keeps status, owner, note and evidence when the numbers in the text change', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = edit(emptyChecklistState(), items, 'node:orders:add-replicas', { status: 'in-progress', owner: 'Dana', note: 'ticket DB-12', evidenceUrl: 'https://tickets.example.com/DB-12' });
    // The growth estimate went up: now 9 replicas are needed.
    const busier = makePlan({}, {}, { ordersReadCapacity: 7_500 });
    const regenerated = buildChecklist(busier, projectPlan(busier), state);
    expect(find(regenerated, 'node:orders:add-replicas')).toMatchObject({
      title: "orders-db: add 5 read replicas (4 → 9) — databases can't autoscale fast",
      status: 'in-progress',
      owner: 'Dana',
      note: 'ticket DB-12',
      evidenceUrl: 'https://tickets.example.com/DB-12',
      obsolete: false,
    });
  });

  it('adds the items of a new node without touching the others', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = edit(emptyChecklistState(), items, 'std:t-4w:order-capacity', { status: 'done' });
    // checkout-svc sends users-db 15,000 qps at the event, 12,000 of them reads: 2 replicas + 1 spare.
    const biggerPlan = makePlan({
      nodes: [...plan.nodes, { id: 'users', kind: 'database', name: 'users-db', params: { currentReplicas: 2 } }],
      edges: [...plan.edges, { id: 'e9', source: 'checkout', target: 'users', callsPerRequest: 15_000 / 85_000 }],
    });
    const regenerated = buildChecklist(biggerPlan, projectPlan(biggerPlan), state);
    expect(find(regenerated, 'node:users:add-replicas').title).toBe("users-db: add 1 read replica (2 → 3) — databases can't autoscale fast");
    expect(find(regenerated, 'std:t-4w:order-capacity').status).toBe('done');
  });

  it('marks items of a removed node obsolete, with their state and a reason, instead of dropping them', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = edit(emptyChecklistState(), items, 'node:redis:prewarm-cache', { status: 'blocked', note: 'waiting for key dump' });
    const withoutRedis = makePlan({}, {}, { withoutRedis: true });
    const regenerated = buildChecklist(withoutRedis, projectPlan(withoutRedis), state);
    expect(find(regenerated, 'node:redis:prewarm-cache')).toMatchObject({
      obsolete: true,
      obsoleteReason: 'redis-main was removed from the plan',
      status: 'blocked',
      note: 'waiting for key dump',
      phase: 't-1d',
      title: 'redis-main: pre-warm; cold-cache DB load would be 18,900 qps',
    });
  });

  it('keeps untouched items of a removed node too, once their snapshot was recorded', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = recordSnapshots(emptyChecklistState(), items);
    const withoutRedis = makePlan({}, {}, { withoutRedis: true });
    const regenerated = buildChecklist(withoutRedis, projectPlan(withoutRedis), state);
    expect(find(regenerated, 'node:redis:prewarm-cache')).toMatchObject({ obsolete: true, status: 'todo' });
  });

  it('says when an item went obsolete because the plan no longer needs it, not because the node left', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = edit(emptyChecklistState(), items, 'node:orders:add-replicas', { status: 'done' });
    const enough = makePlan({}, {}, { ordersReadCapacity: 20_000 });
    const regenerated = buildChecklist(enough, projectPlan(enough), state);
    expect(find(regenerated, 'node:orders:add-replicas')).toMatchObject({ obsolete: true, status: 'done', obsoleteReason: 'the plan no longer calls for this on orders-db (its numbers changed)' });
  });

  it('brings an obsolete item back to life, state intact, when its subject returns', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = edit(emptyChecklistState(), items, 'node:redis:prewarm-cache', { owner: 'Lee' });
    const onlyWeb = makePlan({}, {}, { onlyWeb: true });
    const gone = buildChecklist(onlyWeb, projectPlan(onlyWeb), state);
    expect(find(gone, 'node:redis:prewarm-cache').obsolete).toBe(true);
    const back = buildChecklist(plan, projection, recordSnapshots(state, gone));
    expect(find(back, 'node:redis:prewarm-cache')).toMatchObject({ obsolete: false, owner: 'Lee' });
  });

  it('lists obsolete items after the live ones of their phase', () => {
    const items = buildChecklist(plan, projection, emptyChecklistState());
    const state = recordSnapshots(emptyChecklistState(), items);
    const enough = makePlan({}, {}, { ordersReadCapacity: 20_000 });
    const regenerated = buildChecklist(enough, projectPlan(enough), state);
    const t2w = regenerated.filter((i) => i.phase === 't-2w');
    expect(t2w.at(-1)).toMatchObject({ id: 'node:orders:add-replicas', obsolete: true });
  });

  it('keeps saved state that has user data but no snapshot (a state written by hand or an older store)', () => {
    const state = ChecklistStateSchema.parse({ items: { 'node:gone:add-replicas': { status: 'done', note: 'did it' } } });
    const item = find(buildChecklist(plan, projection, state), 'node:gone:add-replicas');
    expect(item).toMatchObject({ obsolete: true, status: 'done', note: 'did it', title: 'node:gone:add-replicas' });
  });

  it('includes custom items, due at their phase end unless they have their own date', () => {
    let state = must(addCustomItem(emptyChecklistState(), { phase: 't-2w', title: 'Tell the CDN vendor' }, now));
    state = must(addCustomItem(state, { phase: 't-1w', title: 'Freeze deploys', dueAt: '2027-02-25T17:00:00+00:00' }, now));
    const items = buildChecklist(plan, projection, state);
    expect(find(items, 'custom:1')).toMatchObject({ origin: 'custom', phase: 't-2w', dueAt: '2027-02-23T09:00:00.000+00:00', obsolete: false });
    expect(find(items, 'custom:2').dueAt).toBe('2027-02-25T17:00:00+00:00');
  });

  it('moves custom items that follow their phase when the event date moves', () => {
    const state = must(addCustomItem(emptyChecklistState(), { phase: 't-1d', title: 'Order pizza' }, now));
    const later = buildChecklist(makePlan({}, { startDate: '2027-04-01' }), projection, state);
    expect(find(later, 'custom:1').dueAt).toBe('2027-04-01T09:00:00.000+00:00');
  });
});

describe('recordSnapshots', () => {
  it('returns the same state object when nothing changed, so the store need not write', () => {
    const items = buildChecklist(makePlan(), conferenceProjection(), emptyChecklistState());
    const once = recordSnapshots(emptyChecklistState(), items);
    expect(recordSnapshots(once, items)).toBe(once);
  });

  it('never records custom or obsolete items, and never changes user fields', () => {
    const items = buildChecklist(makePlan(), conferenceProjection(), emptyChecklistState());
    const edited = edit(emptyChecklistState(), items, 'test:chaos', { status: 'done', note: 'ok' });
    const after = recordSnapshots(edited, items);
    expect(after.items['test:chaos']).toMatchObject({ status: 'done', note: 'ok' });
    expect(Object.keys(after.items).every((id) => !id.startsWith('custom:'))).toBe(true);
    expect(ChecklistStateSchema.safeParse(after).success).toBe(true);
  });
});
