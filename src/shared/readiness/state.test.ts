import { describe, expect, it } from 'vitest';
import { buildChecklist } from './build-checklist';
import { ChecklistItemSchema, ChecklistStateSchema, checkEvidenceUrl, emptyChecklistState, ItemPatchSchema, type ChecklistItem, type ChecklistState } from './schema';
import { addCustomItem, dismissObsoleteItem, editCustomItem, removeCustomItem, updateItem, type StateChange } from './state';
import { projectPlan } from '../engine';
import { conferenceProjection, makePlan } from './test-fixtures';

const now = new Date('2027-02-10T12:00:00Z');

function must(change: StateChange): ChecklistState {
  if (!change.ok) throw new Error(change.problems.join('; '));
  return change.state;
}

function item(items: readonly ChecklistItem[], id: string): ChecklistItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('evidence links', () => {
  it('accepts http and https links, and an empty field', () => {
    expect(checkEvidenceUrl('https://grafana.example.com/d/abc?from=now-1h')).toEqual({ ok: true, url: 'https://grafana.example.com/d/abc?from=now-1h' });
    expect(checkEvidenceUrl(' http://wiki.local/runbook ')).toEqual({ ok: true, url: 'http://wiki.local/runbook' });
    expect(checkEvidenceUrl('')).toEqual({ ok: true, url: '' });
  });

  it('refuses javascript:, data:, file: and other schemes with a clear message', () => {
    expect(checkEvidenceUrl('javascript:alert(1)')).toEqual({ ok: false, message: 'only http:// and https:// links can be evidence (this one is javascript:)' });
    expect(checkEvidenceUrl('JavaScript:alert(1)').ok).toBe(false);
    expect(checkEvidenceUrl('data:text/html,<script>alert(1)</script>').ok).toBe(false);
    expect(checkEvidenceUrl('file:///etc/passwd').ok).toBe(false);
    expect(checkEvidenceUrl('slack://channel?id=1').ok).toBe(false);
  });

  it('refuses text that is not a link', () => {
    const check = checkEvidenceUrl('see the ticket');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/not a link/);
  });

  it('is enforced by the schemas the store and IPC validate with', () => {
    expect(ItemPatchSchema.safeParse({ evidenceUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(ChecklistStateSchema.safeParse({ items: { a: { evidenceUrl: 'javascript:alert(1)' } } }).success).toBe(false);
    expect(ChecklistStateSchema.safeParse({ custom: [{ id: 'custom:1', phase: 't-1d', title: 'x', evidenceUrl: 'javascript:void(0)' }] }).success).toBe(false);
  });
});

describe('updateItem', () => {
  const items = buildChecklist(makePlan(), conferenceProjection(), emptyChecklistState());

  it('records the change with the time and a snapshot, without mutating the old state', () => {
    const before = emptyChecklistState();
    expect(must(updateItem(before, item(items, 'test:stress'), { evidenceUrl: '  https://k6.example.com/run/41 ' }, now)).items['test:stress']?.evidenceUrl).toBe('https://k6.example.com/run/41');
    const after = must(updateItem(before, item(items, 'test:stress'), { status: 'done', evidenceUrl: 'https://k6.example.com/run/42' }, now));
    expect(before.items).toEqual({});
    expect(after.items['test:stress']).toMatchObject({ status: 'done', evidenceUrl: 'https://k6.example.com/run/42', updatedAt: '2027-02-10T12:00:00.000Z' });
    expect(after.items['test:stress']?.snapshot?.title).toBe(item(items, 'test:stress').title);
    expect(ChecklistStateSchema.safeParse(after).success).toBe(true);
  });

  it('refuses a javascript: evidence link and leaves the state as it was', () => {
    const change = updateItem(emptyChecklistState(), item(items, 'test:stress'), { evidenceUrl: 'javascript:alert(document.cookie)' }, now);
    expect(change).toEqual({ ok: false, problems: ['evidenceUrl: only http:// and https:// links can be evidence (this one is javascript:)'] });
  });

  it('refuses an unknown status', () => {
    const change = updateItem(emptyChecklistState(), item(items, 'test:stress'), { status: 'finished' as never }, now);
    expect(change.ok).toBe(false);
  });

  it('routes a custom item’s update to the custom list', () => {
    const state = must(addCustomItem(emptyChecklistState(), { phase: 't-1d', title: 'Order pizza' }, now));
    const custom = item(buildChecklist(makePlan(), conferenceProjection(), state), 'custom:1');
    const after = must(updateItem(state, custom, { status: 'done', owner: 'Sam' }, now));
    expect(after.custom[0]).toMatchObject({ status: 'done', owner: 'Sam' });
    expect(after.items).toEqual({});
  });
});

describe('custom items', () => {
  it('are added with the next free id and defaults', () => {
    let state = must(addCustomItem(emptyChecklistState(), { phase: 't-2w', title: 'Call the CDN vendor' }, now));
    state = must(addCustomItem(state, { phase: 'after', title: 'Send thanks', owner: 'Kim' }, now));
    expect(state.custom.map((c) => c.id)).toEqual(['custom:1', 'custom:2']);
    expect(state.custom[1]).toMatchObject({ owner: 'Kim', status: 'todo', dueAt: null, detail: '', note: '' });
  });

  it('never reuse an id still in the list after a removal', () => {
    let state = must(addCustomItem(emptyChecklistState(), { phase: 't-2w', title: 'a' }, now));
    state = must(addCustomItem(state, { phase: 't-2w', title: 'b' }, now));
    state = must(removeCustomItem(state, 'custom:1'));
    const added = addCustomItem(state, { phase: 't-2w', title: 'c' }, now);
    expect(added.ok && added.id).toBe('custom:3');
  });

  it('need a title and a known phase', () => {
    const blank = addCustomItem(emptyChecklistState(), { phase: 't-2w', title: '   ' }, now);
    expect(blank).toEqual({ ok: false, problems: ['title: a checklist item needs a title'] });
    expect(addCustomItem(emptyChecklistState(), { phase: 't-3w' as never, title: 'x' }, now).ok).toBe(false);
  });

  it('can be edited (title, phase, due date) and removed', () => {
    let state = must(addCustomItem(emptyChecklistState(), { phase: 't-2w', title: 'a' }, now));
    state = must(editCustomItem(state, 'custom:1', { title: 'Call the vendor', phase: 't-1w', dueAt: '2027-02-24T10:00:00+01:00' }, now));
    expect(state.custom[0]).toMatchObject({ title: 'Call the vendor', phase: 't-1w', dueAt: '2027-02-24T10:00:00+01:00' });
    expect(editCustomItem(state, 'custom:1', { dueAt: 'next tuesday' }, now).ok).toBe(false);
    expect(editCustomItem(state, 'custom:9', { title: 'x' }, now)).toEqual({ ok: false, problems: ['no custom item "custom:9"'] });
    expect(must(removeCustomItem(state, 'custom:1')).custom).toEqual([]);
    expect(removeCustomItem(state, 'custom:9').ok).toBe(false);
  });
});

describe('dismissing obsolete items', () => {
  const plan = makePlan();
  const items = buildChecklist(plan, conferenceProjection(), emptyChecklistState());
  const state = must(updateItem(emptyChecklistState(), item(items, 'node:redis:prewarm-cache'), { status: 'done' }, now));

  it('removes the saved state of an obsolete item only when the user asks', () => {
    const onlyWeb = makePlan({}, {}, { onlyWeb: true });
    const obsolete = item(buildChecklist(onlyWeb, projectPlan(onlyWeb), state), 'node:redis:prewarm-cache');
    expect(obsolete.obsolete).toBe(true);
    expect(must(dismissObsoleteItem(state, obsolete)).items).toEqual({});
  });

  it('refuses to dismiss a live item', () => {
    const change = dismissObsoleteItem(state, item(items, 'node:redis:prewarm-cache'));
    expect(change.ok).toBe(false);
  });
});

describe('schemas', () => {
  it('fill defaults for a minimal saved state', () => {
    expect(ChecklistStateSchema.parse({})).toEqual({ version: 1, items: {}, custom: [] });
    expect(ChecklistStateSchema.parse({ items: { 'std:t-4w:order-capacity': {} } }).items['std:t-4w:order-capacity']).toEqual({
      status: 'todo',
      owner: '',
      note: '',
      evidenceUrl: '',
      updatedAt: '',
    });
  });

  it('round-trip every built item', () => {
    for (const built of buildChecklist(makePlan(), conferenceProjection(), emptyChecklistState())) {
      expect(ChecklistItemSchema.parse(built)).toEqual(built);
    }
  });
});

describe('a team-set due time', () => {
  const plan = makePlan();
  const projection = conferenceProjection();
  const item = buildChecklist(plan, projection, emptyChecklistState()).find((i) => i.id === 'std:t-4w:order-capacity')!;
  const at = new Date('2027-02-01T00:00:00Z');

  it('replaces the generated due time, saying what it was, and travels in the state', () => {
    const set = updateItem(emptyChecklistState(), item, { dueAt: '2027-02-10T17:00:00.000+00:00' }, at);
    if (!set.ok) throw new Error(set.problems.join());
    expect(set.state.items[item.id]?.dueAt).toBe('2027-02-10T17:00:00.000+00:00');
    const rebuilt = buildChecklist(plan, projection, set.state).find((i) => i.id === item.id)!;
    expect(rebuilt).toMatchObject({ dueAt: '2027-02-10T17:00:00.000+00:00', dueNote: 'set by the team (generated: Tue 16 Feb 2027 09:00)' });
    // A later edit of another field keeps it.
    const noted = updateItem(set.state, rebuilt, { note: 'asked' }, at);
    expect(noted.ok && noted.state.items[item.id]?.dueAt).toBe('2027-02-10T17:00:00.000+00:00');
  });

  it('goes back to the generated due time when cleared', () => {
    const set = updateItem(emptyChecklistState(), item, { dueAt: '2027-02-10T17:00:00.000+00:00' }, at);
    if (!set.ok) throw new Error('set');
    const cleared = updateItem(set.state, item, { dueAt: null }, at);
    expect(cleared.ok && 'dueAt' in cleared.state.items[item.id]!).toBe(false);
    if (cleared.ok) expect(buildChecklist(plan, projection, cleared.state).find((i) => i.id === item.id)?.dueAt).toBe(item.dueAt);
  });

  it('refuses a due time that is not ISO 8601 with an offset', () => {
    expect(updateItem(emptyChecklistState(), item, { dueAt: 'next Friday' }, at).ok).toBe(false);
  });
});
