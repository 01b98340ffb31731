import { z } from 'zod';
import { parsePlanDocument, PlanSchema, problemsFromZod, readPlanJson, type Plan, type PlanProblem } from '../model';
import { ChecklistStateSchema, type ChecklistState } from './schema';

/**
 * The `*.headroom.json` file: the plan document, plus the checklist state the team
 * recorded (statuses, owners, notes, evidence links, due overrides, custom items), so a
 * team sharing the file in git shares its progress too. In the app the plan and its
 * checklist are stored apart (the checklist table is the source while a plan is open);
 * "Save as file" joins them and opening a file splits them again. The CLI reads both.
 */
export const PlanFileSchema = PlanSchema.extend({
  /** The readiness checklist's state when the file was saved; absent when nothing was recorded. */
  checklist: ChecklistStateSchema.optional(),
});

export type PlanFileResult = { ok: true; plan: Plan; checklist: ChecklistState | null } | { ok: false; problems: PlanProblem[] };

function isEmpty(state: ChecklistState): boolean {
  return Object.keys(state.items).length === 0 && state.custom.length === 0;
}

/** A plan file's text: the plan, then its checklist state when there is any. */
export function planFileText(plan: Plan, checklist: ChecklistState | null): string {
  const document = checklist === null || isEmpty(checklist) ? plan : { ...plan, checklist };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Reads a plan file: the plan as parsePlanText would (migrated, validated), and its
 * checklist state, validated by the same schema the store uses. A checklist that does not
 * pass refuses the whole file with the problems under `checklist.…`, so a file is never
 * half-opened with its team's progress silently dropped.
 */
export function parsePlanFile(json: unknown): PlanFileResult {
  const plan = parsePlanDocument(json);
  if (!plan.ok) return plan;
  const raw = typeof json === 'object' && json !== null && 'checklist' in json ? json.checklist : undefined;
  if (raw === undefined || raw === null) return { ok: true, plan: plan.plan, checklist: null };
  const checklist = ChecklistStateSchema.safeParse(raw);
  if (!checklist.success) {
    return { ok: false, problems: problemsFromZod(checklist.error).map((p) => ({ ...p, path: p.path === '(document)' ? 'checklist' : `checklist.${p.path}` })) };
  }
  return { ok: true, plan: plan.plan, checklist: checklist.data };
}

export function parsePlanFileText(text: string): PlanFileResult {
  const read = readPlanJson(text);
  return read.ok ? parsePlanFile(read.json) : read;
}

/** The JSON Schema of the file (docs/plan.schema.json): what a file may contain. */
export function planFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanFileSchema, { io: 'input', target: 'draft-2020-12' });
}
