import { z } from 'zod';
import { ChecklistStateSchema } from '../readiness/schema';
import { call } from './call';
import { PlanIdSchema } from './plans';

/**
 * The readiness checklist's calls. Only what people did with the checklist crosses the
 * seam (statuses, notes, evidence links, custom items); the items themselves are
 * regenerated from the plan on either side. The state is validated here, so a
 * `javascript:` evidence link or an unknown status is refused before main stores it.
 *
 * A stored state that no longer passes the schema is reported by `get` as a `storage`
 * error and kept as it is; `save` refuses to overwrite it, and only `startOver` (the
 * user's explicit choice) replaces it, keeping a copy of the old text.
 */

export const ChecklistSavedSchema = z.object({ updatedAt: z.string() });

export const ChecklistStartOverSchema = z.object({
  updatedAt: z.string(),
  /** Where the unreadable state was copied before it was replaced (null if there was none). */
  keptAs: z.string().nullable(),
});

const planRef = z.object({ planId: PlanIdSchema });

export const checklistContract = {
  /** The plan's saved checklist state; an empty one when nothing was recorded yet. */
  get: call(planRef, ChecklistStateSchema),
  save: call(z.object({ planId: PlanIdSchema, state: ChecklistStateSchema }), ChecklistSavedSchema),
  /** Replaces an unreadable stored state with an empty one, keeping a copy of the old text. */
  startOver: call(planRef, ChecklistStartOverSchema),
};
