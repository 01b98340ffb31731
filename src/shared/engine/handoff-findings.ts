import type { Plan } from '../model';
import { kindOf } from '../kinds';
import type { Finding } from './types';

export function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

/**
 * What a hand-off to the infra team would carry without a word: an empty instance type
 * (the tfvars would say `instance_type = ""`), today's count below the autoscaling minimum,
 * a minimum above the maximum (the schema allows it; Terraform's validation refuses it).
 */
export function handoffFindings(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const node of plan.nodes) {
    const def = kindOf(node);
    const attribute = def.typeAttribute;
    if (attribute && 'instanceType' in node.params && node.params.instanceType.trim() === '') {
      out.push({
        id: `instance-type-missing:${node.id}`, severity: 'warning', nodeId: node.id, rule: 'instance-type-missing',
        message: `${node.name} has no instance type: its tfvars would say ${attribute} = "".`,
        suggestion: 'Type it in the inspector as the infra team names it (m7g.large, db.r6g.xlarge…).',
      });
    }
    const s = def.autoscalingBounds(node);
    if (!s) continue;
    if (s.today < s.min) {
      out.push({
        id: `below-autoscaling-min:${node.id}`, severity: 'warning', nodeId: node.id, rule: 'below-autoscaling-min',
        message: `${node.name} runs ${plural(s.today, s.unit)} today, below its ${s.bound('min', s.min).replace(/^an? /, '')}.`,
        suggestion: `The autoscaler would start ${plural(s.min, s.unit)} at once: check today's count, or lower the min.`,
      });
    }
    if (s.min > s.max) {
      out.push({
        id: `min-above-max:${node.id}`, severity: 'warning', nodeId: node.id, rule: 'min-above-max',
        message: `${node.name} has ${s.bound('min', s.min)} above its max of ${s.max}.`,
        suggestion: 'Terraform variable validation rejects min above max: raise the max or lower the min.',
      });
    }
  }
  return out;
}

const HANDOFF_RULES: ReadonlySet<string> = new Set(['instance-type-missing', 'below-autoscaling-min', 'min-above-max']);

/** True for the rules above: the Export view repeats them before the files. */
export function isHandoffRule(rule: string): boolean {
  return HANDOFF_RULES.has(rule);
}
