import { ApiError, type ApiHandlers } from '../../shared/api';
import { describeProblems } from '../../shared/model/parse-plan';
import { parsePlanFileText } from '../../shared/readiness/plan-file';
import type { ChecklistRepository } from '../store/checklist-repository';
import type { PlanRepository } from '../store/plan-repository';
import type { TemplateLoader } from './templates';

/**
 * `checklist`: where a plan file's checklist state goes when the file is opened (the file
 * carries it so a team sharing `*.headroom.json` shares its progress; in the app the
 * checklist store is the source from then on).
 */
export function createPlansHandlers(plans: PlanRepository, loadTemplate: TemplateLoader, checklist?: Pick<ChecklistRepository, 'save'>): ApiHandlers['plans'] {
  return {
    list: async () => plans.list(),
    get: async ({ id }) => plans.get(id),
    create: async ({ name, template }) => plans.create(loadTemplate(template, name)),
    save: async ({ id, baseRevision, plan }) => plans.save(id, baseRevision, plan),
    rename: async ({ id, name }) => plans.rename(id, name),
    duplicate: async ({ id }) => plans.duplicate(id),
    delete: async ({ id }) => {
      plans.delete(id);
      return { deleted: true as const };
    },
    revisions: async ({ id }) => plans.revisions(id),
    importFile: async ({ fileName, text }) => {
      const parsed = parsePlanFileText(text);
      if (!parsed.ok) throw new ApiError('invalid-input', `${fileName} is not a plan Headroom can open:\n${describeProblems(parsed.problems)}`);
      const stored = plans.create(parsed.plan);
      if (parsed.checklist !== null && checklist) checklist.save(stored.id, parsed.checklist);
      return stored;
    },
  };
}
