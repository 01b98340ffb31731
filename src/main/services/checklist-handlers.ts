import type { ApiHandlers } from '../../shared/api';
import type { ChecklistRepository } from '../store/checklist-repository';

/** The checklist calls: inputs arrive validated by the contract (state included), so this only stores. */
export function createChecklistHandlers(checklist: ChecklistRepository): ApiHandlers['checklist'] {
  return {
    get: async ({ planId }) => checklist.get(planId),
    save: async ({ planId, state }) => checklist.save(planId, state),
    startOver: async ({ planId }) => checklist.startOver(planId),
  };
}
