import { z } from 'zod';
import { phaseIds } from './phases';

/**
 * Runtime schemas of the checklist: the store validates what it reads from SQLite and the
 * IPC seam validates what the renderer sends with these, so a `javascript:` evidence link
 * or an unknown status is refused at every door, not only in the form.
 */

export const itemStatuses = ['todo', 'in-progress', 'done', 'blocked', 'n/a'] as const;
export const ItemStatusSchema = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

export const itemStatusLabels: Record<ItemStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'n/a': 'Not applicable',
};

export const PhaseIdSchema = z.enum(phaseIds);
export const ItemOriginSchema = z.enum(['standard', 'plan', 'custom']);
export type ItemOrigin = z.infer<typeof ItemOriginSchema>;

export type EvidenceUrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Evidence links are opened from the app (by main, with shell.openExternal), so only web
 * links pass: `javascript:`, `file:`, `data:` and custom schemes could run code or read
 * local files. An empty string means "no evidence yet" and is fine.
 */
export function checkEvidenceUrl(text: string): EvidenceUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, url: '' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: `"${trimmed}" is not a link; paste a full address starting with https://` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `only http:// and https:// links can be evidence (this one is ${url.protocol})` };
  }
  if (url.hostname === '') return { ok: false, message: `"${trimmed}" has no host name` };
  return { ok: true, url: url.href };
}

export const EvidenceUrlSchema = z
  .string()
  .trim()
  .max(2_000)
  .superRefine((value, ctx) => {
    const check = checkEvidenceUrl(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

export const ItemSubjectSchema = z.object({
  nodeId: z.string().max(100).optional(),
  nodeName: z.string().max(200).optional(),
});
export type ItemSubject = z.infer<typeof ItemSubjectSchema>;

/** One row of the checklist as the UI shows it: generated text merged with saved state. */
export const ChecklistItemSchema = z.object({
  id: z.string().min(1).max(300),
  phase: PhaseIdSchema,
  title: text(500),
  detail: text(5_000),
  /** ISO 8601 with the event zone's offset. */
  dueAt: isoDateTime,
  owner: text(200),
  status: ItemStatusSchema,
  note: text(10_000),
  evidenceUrl: EvidenceUrlSchema,
  origin: ItemOriginSchema,
  subject: ItemSubjectSchema.optional(),
  /** Saved state whose item is no longer generated: kept and shown, never dropped. */
  obsolete: z.boolean(),
  /** Why it is obsolete ("checkout-svc was removed from the plan"). */
  obsoleteReason: text(500).optional(),
  /**
   * Why it is due when it is, when that is not simply its phase's end: "moved from Sun 6
   * Jun to Fri 4 Jun: tests run on working days", "due today: …", "set by the team".
   */
  dueNote: text(500).optional(),
  /** Ids of the capacity model's findings this item acts on. */
  covers: z.array(z.string().max(300)).max(100).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** What a generated item looked like when last seen, so an obsolete one can still be shown. */
export const ItemSnapshotSchema = ChecklistItemSchema.pick({
  phase: true,
  title: true,
  detail: true,
  dueAt: true,
  origin: true,
  subject: true,
});
export type ItemSnapshot = z.infer<typeof ItemSnapshotSchema>;

/** The user's part of a generated item, keyed by the item's stable id. */
export const ItemStateSchema = z.object({
  status: ItemStatusSchema.default('todo'),
  owner: text(200).default(''),
  note: text(10_000).default(''),
  evidenceUrl: EvidenceUrlSchema.default(''),
  /** ISO time of the last user change; '' when only the snapshot was recorded. */
  updatedAt: z.union([isoDateTime, z.literal('')]).default(''),
  /** A due time the team set instead of the generated one (ISO 8601 with offset). */
  dueAt: isoDateTime.optional(),
  snapshot: ItemSnapshotSchema.optional(),
});
export type ItemState = z.infer<typeof ItemStateSchema>;

/**
 * A user-written item. Its due date is either fixed (`dueAt`) or follows its phase
 * (`dueAt: null`), so moving the event date moves it like the generated ones.
 */
export const CustomItemSchema = z.object({
  id: z.string().regex(/^custom:\d+$/, 'custom item ids look like custom:1'),
  phase: PhaseIdSchema,
  title: z.string().trim().min(1, 'a checklist item needs a title').max(500),
  detail: text(5_000).default(''),
  dueAt: isoDateTime.nullable().default(null),
  owner: text(200).default(''),
  status: ItemStatusSchema.default('todo'),
  note: text(10_000).default(''),
  evidenceUrl: EvidenceUrlSchema.default(''),
  updatedAt: z.union([isoDateTime, z.literal('')]).default(''),
});
export type CustomItem = z.infer<typeof CustomItemSchema>;

export const CHECKLIST_STATE_VERSION = 1;

/** Everything the store persists for one plan's checklist. Generated text is not stored. */
export const ChecklistStateSchema = z.object({
  version: z.literal(CHECKLIST_STATE_VERSION).default(CHECKLIST_STATE_VERSION),
  items: z.record(z.string().min(1).max(300), ItemStateSchema).default({}),
  custom: z.array(CustomItemSchema).max(5_000).default([]),
});
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;

/** A user's change to any item (generated or custom): what `checklist.update` carries. */
export const ItemPatchSchema = z
  .object({
    status: ItemStatusSchema,
    owner: text(200),
    note: text(10_000),
    evidenceUrl: EvidenceUrlSchema,
    /** A due time the team sets instead of the generated one; null goes back to the generated one. */
    dueAt: isoDateTime.nullable(),
  })
  .partial();
export type ItemPatch = z.infer<typeof ItemPatchSchema>;

export function emptyChecklistState(): ChecklistState {
  return { version: CHECKLIST_STATE_VERSION, items: {}, custom: [] };
}
