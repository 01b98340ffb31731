import { ApiError, type ApiHandlers } from '../../shared/api';
import { describeProblems, parsePlanText } from '../../shared/model/parse-plan';
import type { PlanRepository } from '../store/plan-repository';
import type { TemplateLoader } from './templates';

export function createPlansHandlers(plans: PlanRepository, loadTemplate: TemplateLoader): ApiHandlers['plans'] {
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
      const parsed = parsePlanText(text);
      if (!parsed.ok) throw new ApiError('invalid-input', `${fileName} is not a plan Headroom can open:\n${describeProblems(parsed.problems)}`);
      return plans.create(parsed.plan);
    },
  };
}
