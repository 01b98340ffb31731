import { problemsFromZod } from '../../../shared/model/parse-plan';
import { PlanSchema, type Plan } from '../../../shared/model/plan';
import { fieldMessage, issueAt } from './field-message';
import { planFieldWords } from './plan-field-words';

type Section = 'event' | 'growth' | 'headroom' | 'slo' | 'readiness' | 'root';

/**
 * Sets one plan-level field (event, growth, headroom policy, or a top-level field) when the
 * whole plan still passes its schema; otherwise returns that field's message in its own words.
 */
export function setPlanField(plan: Plan, section: Section, key: string, value: unknown): { ok: true; plan: Plan } | { ok: false; message: string } {
  const candidate: Record<string, unknown> =
    section === 'root' ? { ...plan, [key]: value } : { ...plan, [section]: { ...(plan[section] as Record<string, unknown>), [key]: value } };
  const parsed = PlanSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const path = section === 'root' ? [key] : [section, key];
  const issue = issueAt(parsed.error.issues, path);
  const words = issue ? planFieldWords[issue.path.join('.')] ?? planFieldWords[path.join('.')] : undefined;
  if (issue && words) return { ok: false, message: fieldMessage(issue, words) };
  const wanted = path.join('.');
  const problem = problemsFromZod(parsed.error).find((p) => p.path === wanted || p.path.startsWith(`${wanted}.`)) ?? problemsFromZod(parsed.error)[0];
  return { ok: false, message: problem?.message ?? 'not a valid value' };
}
