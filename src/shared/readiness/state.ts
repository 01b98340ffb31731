import { z } from 'zod';
import {
  CustomItemSchema,
  ItemPatchSchema,
  PhaseIdSchema,
  type ChecklistItem,
  type ChecklistState,
  type CustomItem,
  type ItemPatch,
  type ItemSnapshot,
  type ItemState,
} from './schema';

/**
 * Pure edits of the saved checklist state: each returns a new state (or the problems that
 * refused the edit, in words for a form), never mutating its input, so the renderer's
 * undo history and the store's transactions can hold on to old states safely.
 */
/** What a generated item looks like now, kept so it can still be shown if it goes obsolete. */
export function snapshotOf(item: ChecklistItem): ItemSnapshot {
  return {
    phase: item.phase,
    title: item.title,
    detail: item.detail,
    dueAt: item.dueAt,
    origin: item.origin,
    ...(item.subject ? { subject: item.subject } : {}),
  };
}

export type StateChange = { ok: true; state: ChecklistState } | { ok: false; problems: string[] };

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
}

/** Set the status, owner, note or evidence link of any item (generated, obsolete or custom). */
export function updateItem(state: ChecklistState, item: ChecklistItem, patch: ItemPatch, now: Date): StateChange {
  const parsed = ItemPatchSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const clean = parsed.data;
  const updatedAt = now.toISOString();
  if (item.origin === 'custom') {
    const { dueAt, ...rest } = clean;
    return editCustomItem(state, item.id, dueAt === undefined ? rest : { ...rest, dueAt }, now);
  }
  const saved = state.items[item.id];
  const { dueAt: dueChange, ...fields } = clean;
  // undefined keeps the team's due time, null clears it, a time replaces it.
  const dueAt = dueChange === undefined ? saved?.dueAt : dueChange ?? undefined;
  const next: ItemState = {
    status: item.status,
    owner: item.owner,
    note: item.note,
    evidenceUrl: item.evidenceUrl,
    ...fields,
    updatedAt,
    ...(dueAt !== undefined ? { dueAt } : {}),
    // An obsolete item keeps the snapshot it is shown from; a live one records its current text.
    snapshot: item.obsolete && saved?.snapshot ? saved.snapshot : snapshotOf(item),
  };
  return { ok: true, state: { ...state, items: { ...state.items, [item.id]: next } } };
}

export const NewCustomItemSchema = z.object({
  phase: PhaseIdSchema,
  title: z.string(),
  detail: z.string().optional(),
  /** Fixed due time (ISO with offset), or absent/null to follow the phase. */
  dueAt: z.string().nullable().optional(),
  owner: z.string().optional(),
});
export type NewCustomItem = z.infer<typeof NewCustomItemSchema>;

/** The next free `custom:<n>`: deterministic, never reusing a number still in the list. */
function nextCustomId(state: ChecklistState): string {
  const max = state.custom.reduce((m, c) => Math.max(m, Number(c.id.slice('custom:'.length)) || 0), 0);
  return `custom:${max + 1}`;
}

export function addCustomItem(state: ChecklistState, input: NewCustomItem, now: Date): StateChange & { id?: string } {
  const id = nextCustomId(state);
  const parsed = CustomItemSchema.safeParse({ ...input, id, updatedAt: now.toISOString() });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  return { ok: true, id, state: { ...state, custom: [...state.custom, parsed.data] } };
}

export type CustomItemPatch = Partial<Omit<CustomItem, 'id' | 'updatedAt'>>;

export function editCustomItem(state: ChecklistState, id: string, patch: CustomItemPatch, now: Date): StateChange {
  const index = state.custom.findIndex((c) => c.id === id);
  const existing = state.custom[index];
  if (existing === undefined) return { ok: false, problems: [`no custom item "${id}"`] };
  const parsed = CustomItemSchema.safeParse({ ...existing, ...patch, id, updatedAt: now.toISOString() });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const custom = state.custom.slice();
  custom[index] = parsed.data;
  return { ok: true, state: { ...state, custom } };
}

export function removeCustomItem(state: ChecklistState, id: string): StateChange {
  if (!state.custom.some((c) => c.id === id)) return { ok: false, problems: [`no custom item "${id}"`] };
  return { ok: true, state: { ...state, custom: state.custom.filter((c) => c.id !== id) } };
}

/**
 * The only way a generated item's saved state goes away: the user dismisses an item that
 * is already obsolete. Live items cannot be dismissed (mark them not applicable instead).
 */
export function dismissObsoleteItem(state: ChecklistState, item: ChecklistItem): StateChange {
  if (!item.obsolete) return { ok: false, problems: [`"${item.title}" is still part of the plan; mark it not applicable instead`] };
  if (!(item.id in state.items)) return { ok: false, problems: [`no saved state for "${item.id}"`] };
  const { [item.id]: _removed, ...items } = state.items;
  return { ok: true, state: { ...state, items } };
}
