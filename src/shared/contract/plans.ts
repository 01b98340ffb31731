import { z } from 'zod';
import { PlanSchema } from '../model/plan';
import { call } from './call';

export const PlanIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a plan id');

export const PlanSummarySchema = z.object({
  id: PlanIdSchema,
  name: z.string(),
  revision: z.number().int(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
  eventName: z.string(),
  eventDate: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const StoredPlanSchema = z.object({
  id: PlanIdSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
  plan: PlanSchema,
});
export type StoredPlan = z.infer<typeof StoredPlanSchema>;

export const RevisionSchema = z.object({
  revision: z.number().int(),
  savedAt: z.string(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
});
export type RevisionInfo = z.infer<typeof RevisionSchema>;

export const TemplateIdSchema = z.enum(['blank', 'global-conference', 'flash-sale', 'event-platform', 'ticketing-launch']);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

const none = z.undefined();

/** A plan file is read by the renderer and sent as text; larger than any real plan (20,000 nodes). */
export const MAX_PLAN_FILE_CHARS = 30_000_000;

export const plansContract = {
  list: call(none, z.array(PlanSummarySchema)),
  get: call(z.object({ id: PlanIdSchema }), StoredPlanSchema),
  create: call(z.object({ name: z.string().trim().min(1).max(200), template: TemplateIdSchema }), StoredPlanSchema),
  /** Saves a new revision; `baseRevision` guards against overwriting a newer save from elsewhere. */
  save: call(
    z.object({ id: PlanIdSchema, baseRevision: z.number().int().min(0), plan: PlanSchema }),
    z.object({ revision: z.number().int(), updatedAt: z.string() }),
  ),
  rename: call(z.object({ id: PlanIdSchema, name: z.string().trim().min(1, 'a plan needs a name').max(200) }), PlanSummarySchema),
  duplicate: call(z.object({ id: PlanIdSchema }), PlanSummarySchema),
  delete: call(z.object({ id: PlanIdSchema }), z.object({ deleted: z.literal(true) })),
  revisions: call(z.object({ id: PlanIdSchema }), z.array(RevisionSchema)),
  /** Opens a `*.headroom.json` file someone sent: validated, migrated, added as a new plan. */
  importFile: call(
    z.object({
      fileName: z.string().min(1).max(500),
      text: z.string().max(MAX_PLAN_FILE_CHARS, `plan files over ${MAX_PLAN_FILE_CHARS / 1_000_000} MB are refused: no real plan is that large`),
    }),
    StoredPlanSchema,
  ),
};
