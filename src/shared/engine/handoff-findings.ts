import type { Plan, PlanNode } from '../model';
import { instanceTypeInfo, type InstanceService } from '../model/instance-catalog';
import { kindOf } from '../kinds';
import type { Finding } from './types';

const serviceNames: Record<InstanceService, string> = { ec2: 'an EC2 instance type', rds: 'an RDS instance class', elasticache: 'an ElastiCache node type', managed: 'a load-balancer unit' };

/** Why a typed (non-empty) type looks wrong for the node, or null when the catalog knows it for this kind. */
function typeProblem(node: PlanNode, type: string): string | null {
  const expected = kindOf(node).instanceServices;
  if (!expected) return null;
  const info = instanceTypeInfo(type);
  if (!info) return `${node.name}'s type "${type}" is not one Headroom's catalog knows`;
  if (!expected.services.includes(info.awsService)) return `${node.name}'s type "${type}" is ${serviceNames[info.awsService]}, not ${expected.what}`;
  return null;
}

export function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

/**
 * What a hand-off to the infra team would carry without a word: an empty instance type
 * (the tfvars would say `instance_type = ""`) or one the catalog does not know for the kind
 * (a typo, an RDS class on a service), today's count below the autoscaling minimum,
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
    } else if (attribute && 'instanceType' in node.params) {
      const problem = typeProblem(node, node.params.instanceType.trim());
      if (problem) {
        out.push({
          id: `instance-type-unknown:${node.id}`, severity: 'warning', nodeId: node.id, rule: 'instance-type-unknown',
          message: `${problem}: its tfvars would carry ${attribute} = "${node.params.instanceType.trim()}" as typed.`,
          suggestion: 'Check the spelling against the infra module; a type the catalog lacks also has no vCPUs for the quota check.',
        });
      }
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

// Quota findings too: a stage file the account's quotas cannot run fails when applied, or mid-event.
const HANDOFF_RULES: ReadonlySet<string> = new Set(['instance-type-missing', 'instance-type-unknown', 'below-autoscaling-min', 'min-above-max', 'quota-exceeded', 'quota-at-max', 'quota-vcpus-unknown']);

/** True for the rules above: the Export view repeats them before the files. */
export function isHandoffRule(rule: string): boolean {
  return HANDOFF_RULES.has(rule);
}
