import type { Plan, PlanNode } from '../model';
import type { Finding } from './types';

/** The tfvars attribute each priced kind's type is written as (see export/tfvars-model.ts). */
const typeAttribute: Partial<Record<PlanNode['kind'], string>> = {
  service: 'instance_type',
  workerPool: 'instance_type',
  loadBalancer: 'instance_type',
  database: 'instance_class',
  cache: 'node_type',
};

function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

/** Today's count and its autoscaling bounds, for the kinds that have both. */
function scaling(node: PlanNode): { today: number; min: number; max: number; unit: string; bound: (b: 'min' | 'max', n: number) => string } | null {
  if (node.kind === 'service') {
    const { currentInstances, minInstances, maxInstances } = node.params;
    return { today: currentInstances, min: minInstances, max: maxInstances, unit: 'instance', bound: (b, n) => `an autoscaling ${b} of ${n}` };
  }
  if (node.kind === 'workerPool') {
    const { currentWorkers, minWorkers, maxWorkers } = node.params;
    return { today: currentWorkers, min: minWorkers, max: maxWorkers, unit: 'worker', bound: (b, n) => (b === 'min' ? `a min of ${plural(n, 'worker')}` : `a max of ${n}`) };
  }
  return null;
}

/**
 * What a hand-off to the infra team would carry without a word: an empty instance type
 * (the tfvars would say `instance_type = ""`), today's count below the autoscaling minimum,
 * a minimum above the maximum (the schema allows it; Terraform's validation refuses it).
 */
export function handoffFindings(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const node of plan.nodes) {
    const attribute = typeAttribute[node.kind];
    if (attribute && 'instanceType' in node.params && node.params.instanceType.trim() === '') {
      out.push({
        id: `instance-type-missing:${node.id}`, severity: 'warning', nodeId: node.id, rule: 'instance-type-missing',
        message: `${node.name} has no instance type: its tfvars would say ${attribute} = "".`,
        suggestion: 'Type it in the inspector as the infra team names it (m7g.large, db.r6g.xlarge…).',
      });
    }
    const s = scaling(node);
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
const HANDOFF_RULES: ReadonlySet<string> = new Set(['instance-type-missing', 'below-autoscaling-min', 'min-above-max', 'quota-exceeded', 'quota-at-max', 'quota-vcpus-unknown']);

/** True for the rules above: the Export view repeats them before the files. */
export function isHandoffRule(rule: string): boolean {
  return HANDOFF_RULES.has(rule);
}
