import {
  addCustomItem,
  dismissObsoleteItem,
  editCustomItem,
  removeCustomItem,
  updateItem,
  type ChecklistItem,
  type CustomItemPatch,
  type ItemPatch,
  type NewCustomItem,
  type StateChange,
} from '../../../shared/readiness';
import { useChecklist } from './checklist-store';

/** Problems in words for the form, or null when the change was applied. */
export type ActionResult = string[] | null;

/**
 * The user's edits of the checklist, as calls on the store's current state. Each goes
 * through the core's pure edits, which validate (a `javascript:` evidence link is refused
 * there, before anything is saved) and return a new state or the problems.
 */
function apply(planId: string, edit: (state: Parameters<typeof updateItem>[0]) => StateChange): ActionResult {
  const { state, change } = useChecklist.getState();
  if (!state) return ['the checklist is not loaded yet'];
  const result = edit(state);
  if (!result.ok) return result.problems;
  change(planId, result.state);
  return null;
}

export function checklistActions(planId: string) {
  return {
    update: (item: ChecklistItem, patch: ItemPatch): ActionResult => apply(planId, (s) => updateItem(s, item, patch, new Date())),
    addCustom: (input: NewCustomItem): ActionResult => apply(planId, (s) => addCustomItem(s, input, new Date())),
    editCustom: (id: string, patch: CustomItemPatch): ActionResult => apply(planId, (s) => editCustomItem(s, id, patch, new Date())),
    removeCustom: (id: string): ActionResult => apply(planId, (s) => removeCustomItem(s, id)),
    dismiss: (item: ChecklistItem): ActionResult => apply(planId, (s) => dismissObsoleteItem(s, item)),
  };
}

export type ChecklistActions = ReturnType<typeof checklistActions>;
