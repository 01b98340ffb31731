import type { Plan } from '../model';
import type { Projection } from '../engine/types';
import { draftContext, type ItemDraft, type ReadinessOptions } from './draft';
import { formatDue } from './format-due';
import { resolveDue, shortfallsToday } from './due-dates';
import { eventWindow, phaseIndex, phaseWindow, type EventWindow } from './phases';
import { planItemDrafts } from './plan-items';
import type { ChecklistItem, ChecklistState, CustomItem, ItemSnapshot, ItemState } from './schema';
import { standardItemDrafts } from './standard-items';
import { snapshotOf } from './state';

/** A generated item with its due date resolved, before saved state is merged in. */
export type GeneratedItem = Omit<ItemDraft, 'due'> & { dueAt: string; dueNote?: string };

/**
 * Every item the plan calls for, with due dates in the event's zone: the seed's standard
 * items, the test phases, and items from the plan's nodes and findings. Pure and
 * deterministic: the same plan, projection and options give the same list (`options.now`
 * only moves items about a shortfall that exists today to today).
 * Throws ReadinessInputError on an unknown time zone or an impossible event date.
 */
export function generateItems(plan: Plan, projection: Projection, options: ReadinessOptions = {}): GeneratedItem[] {
  const window = eventWindow(plan.event, options);
  const ctx = draftContext(plan, projection, options);
  const planDrafts = planItemDrafts(ctx);
  const drafts = [...standardItemDrafts(ctx, planDrafts), ...planDrafts];
  const due = { plan, window, now: options.now, shortToday: shortfallsToday(plan, projection, options.now, window.timeZone) };
  return drafts.map((draft) => {
    const { due: _rule, ...rest } = draft;
    return { ...rest, ...resolveDue(draft, due) };
  });
}

const emptyUserState = { status: 'todo', owner: '', note: '', evidenceUrl: '' } as const;

function hasUserData(s: ItemState): boolean {
  return s.status !== 'todo' || s.owner !== '' || s.note !== '' || s.evidenceUrl !== '' || s.dueAt !== undefined;
}

/** Why an item in the saved state is no longer generated, in words for the UI. */
function obsoleteReason(id: string, snapshot: ItemSnapshot | undefined, plan: Plan): string {
  const nodeId = snapshot?.subject?.nodeId;
  if (nodeId !== undefined) {
    const name = snapshot?.subject?.nodeName ?? nodeId;
    return plan.nodes.some((n) => n.id === nodeId)
      ? `the plan no longer calls for this on ${name} (its numbers changed)`
      : `${name} was removed from the plan`;
  }
  if (id.startsWith('finding:')) return 'the capacity model no longer reports this';
  return 'no longer part of the generated checklist';
}

/** A last resort for saved state without a snapshot: its phase from the id when it says. */
function fallbackSnapshot(id: string, window: EventWindow): ItemSnapshot {
  const phase = (['t-4w', 't-2w', 't-1w', 't-1d', 'during', 'after'] as const).find((p) => id.startsWith(`std:${p}:`)) ?? 'after';
  return { phase, title: id, detail: '', dueAt: phaseWindow(phase, window).end.toISOString(), origin: 'plan' };
}

function customToItem(custom: CustomItem, window: EventWindow): ChecklistItem {
  const { updatedAt: _updatedAt, dueAt, ...rest } = custom;
  return { ...rest, dueAt: dueAt ?? phaseWindow(custom.phase, window).end.toISOString(), origin: 'custom', obsolete: false };
}

/**
 * The checklist the stepper shows: generated items merged with the user's saved state.
 * - A generated item takes its status, owner, note and evidence from `state.items[id]`.
 * - Saved state whose id is no longer generated comes back `obsolete: true` with its
 *   status and note, from the snapshot recorded when it was last seen; never dropped.
 * - Custom items come from `state.custom`.
 * Sorted by phase, then due time, obsolete items last in their phase.
 */
export function buildChecklist(plan: Plan, projection: Projection, state: ChecklistState, options: ReadinessOptions = {}): ChecklistItem[] {
  const window = eventWindow(plan.event, options);
  const generated = generateItems(plan, projection, options);
  const ids = new Set(generated.map((g) => g.id));
  const items: ChecklistItem[] = generated.map((g) => {
    const saved: Omit<ItemState, 'updatedAt'> = state.items[g.id] ?? emptyUserState;
    const item: ChecklistItem = { ...g, status: saved.status, owner: saved.owner, note: saved.note, evidenceUrl: saved.evidenceUrl, obsolete: false };
    if (saved.dueAt === undefined || Date.parse(saved.dueAt) === Date.parse(g.dueAt)) return item;
    return { ...item, dueAt: saved.dueAt, dueNote: `set by the team (generated: ${formatDue(g.dueAt, window.timeZone)})` };
  });
  for (const [id, saved] of Object.entries(state.items)) {
    if (ids.has(id)) continue;
    // State without a snapshot or any user data carries nothing to keep.
    if (saved.snapshot === undefined && !hasUserData(saved)) continue;
    const snapshot = saved.snapshot ?? fallbackSnapshot(id, window);
    items.push({
      id,
      ...snapshot,
      status: saved.status,
      owner: saved.owner,
      note: saved.note,
      evidenceUrl: saved.evidenceUrl,
      ...(saved.dueAt !== undefined ? { dueAt: saved.dueAt } : {}),
      obsolete: true,
      obsoleteReason: obsoleteReason(id, saved.snapshot, plan),
    });
  }
  for (const custom of state.custom) items.push(customToItem(custom, window));
  return sortItems(items);
}

function sortItems(items: ChecklistItem[]): ChecklistItem[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) =>
        phaseIndex(a.item.phase) - phaseIndex(b.item.phase) ||
        Number(a.item.obsolete) - Number(b.item.obsolete) ||
        Date.parse(a.item.dueAt) - Date.parse(b.item.dueAt) ||
        a.order - b.order,
    )
    .map(({ item }) => item);
}

function sameSnapshot(a: ItemSnapshot | undefined, b: ItemSnapshot): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Records what each generated item looks like now, so that if its subject vanishes later
 * it can still be shown (obsolete, with its status) instead of disappearing. The store
 * calls this after each build and saves when the state it returns is a new object; it
 * returns the same `state` when nothing changed, so unchanged plans cause no writes.
 */
export function recordSnapshots(state: ChecklistState, items: readonly ChecklistItem[]): ChecklistState {
  let next: Record<string, ItemState> | null = null;
  for (const item of items) {
    if (item.obsolete || item.origin === 'custom') continue;
    const saved = state.items[item.id];
    const snapshot = snapshotOf(item);
    if (sameSnapshot(saved?.snapshot, snapshot)) continue;
    next ??= { ...state.items };
    next[item.id] = { ...emptyUserState, updatedAt: '', ...saved, snapshot };
  }
  return next === null ? state : { ...state, items: next };
}
