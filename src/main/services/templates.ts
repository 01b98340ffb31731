import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiError, type TemplateId } from '../../shared/api';
import { describeProblems, parsePlanText } from '../../shared/model/parse-plan';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../shared/model/plan';

/** A plan with no nodes, its event three months out, so a user starts from a valid document. */
export function blankPlan(name: string, today: Date): Plan {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const event = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 1));
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name,
    startMonth: start.toISOString().slice(0, 7),
    event: { name: 'Event', startDate: event.toISOString().slice(0, 10) },
    nodes: [],
    edges: [],
  });
}

/** Reads the sample plans shipped in resources/samples; a broken sample is our bug, said plainly. */
export function createTemplateLoader(samplesDir: string, today: () => Date = () => new Date()) {
  return function loadTemplate(template: TemplateId, name?: string): Plan {
    if (template === 'blank') return blankPlan(name ?? 'Untitled plan', today());
    const file = path.join(samplesDir, `${template}.headroom.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ApiError('internal', `the sample plan ${file} is missing: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new ApiError('internal', `the sample plan ${file} is invalid:\n${describeProblems(parsed.problems)}`);
    return name ? { ...parsed.plan, name } : parsed.plan;
  };
}
export type TemplateLoader = ReturnType<typeof createTemplateLoader>;
