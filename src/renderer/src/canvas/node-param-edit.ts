import { describeProblems, problemsFromZod } from '../../../shared/model/parse-plan';
import { NodeSchema, type Plan, type PlanNode } from '../../../shared/model/plan';
import { fieldMessage, issueAt } from './field-message';
import { paramFieldsOf } from './param-fields';

/**
 * Sets one parameter of a node if the result passes the node's schema; otherwise returns
 * that field's message in its own words and unit, and leaves the plan as it was.
 */
export function setNodeParam(plan: Plan, nodeId: string, key: string, value: unknown): { ok: true; plan: Plan } | { ok: false; message: string } {
  const node = plan.nodes.find((n) => n.id === nodeId);
  if (!node) return { ok: false, message: 'That node is no longer in the plan.' };
  const candidate = { ...node, params: { ...node.params, [key]: value } };
  const parsed = NodeSchema.safeParse(candidate);
  if (!parsed.success) {
    const field = paramFieldsOf(node.kind).find((f) => f.key === key);
    const issue = issueAt(parsed.error.issues, ['params', key]);
    if (field && issue) return { ok: false, message: fieldMessage(issue, field) };
    const problems = problemsFromZod(parsed.error).map((p) => ({ ...p, path: p.path.replace(/^params\./, '') }));
    return { ok: false, message: describeProblems(problems, 1).replace(`${key}: `, '') };
  }
  const next: PlanNode = parsed.data;
  return { ok: true, plan: { ...plan, nodes: plan.nodes.map((n) => (n.id === nodeId ? next : n)) } };
}
