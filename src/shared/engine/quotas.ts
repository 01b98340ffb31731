import { kindOf } from '../kinds';
import { instanceTypeInfo, normalizeInstanceType, type Plan, type PlanNode } from '../model';
import { resolvePolicy } from './sizing-common';
import { boundsOf, stageIds, stageSizesFor, type StageId, type StageSize } from './stages';
import type { ProjectedNode } from './types';

/**
 * The plan's service quotas (plan.quotas) against what the countdown runs. The stages run
 * at the same time across tiers, so a vCPU quota holds each stage's sum over its EC2 tiers
 * (the kinds whose `quota` is `vcpus`: the EC2 instances the stage count runs, its kind's
 * `paidUnits` (a workload's pods run on its nodes), × vCPUs of the type) and the check reports the stage that needs the most: at T-1 day the conference
 * sample's app tier alone runs 183 × c5.2xlarge = 1,464 vCPUs. A per-node quota (a kind's
 * own, such as replicas per primary) holds one node's largest stage. Counts are the stage
 * files' own (engine/stages.ts), so the finding, the checklist and the tfvars name the
 * same numbers.
 */

export type QuotaKind = 'account-vcpus' | 'family-vcpus' | 'replicas-per-primary' | 'cache-nodes-per-cluster';

/** One tier's share of a quota at a stage: `count` units of `perUnit` (vCPUs, or 1). */
export interface QuotaUse {
  nodeId: string;
  name: string;
  count: number;
  perUnit: number;
  instanceType: string;
}

export interface QuotaCheck {
  /** `account`, `family:c6i`, `replicas:<nodeId>`, `cache-nodes:<nodeId>`: stable, for finding and item ids. */
  id: string;
  kind: QuotaKind;
  /** The quota in words: "the account's vCPU quota", "the c6i vCPU quota". */
  label: string;
  unit: 'vCPUs' | 'replicas' | 'nodes';
  limit: number;
  /** The node a per-node quota is about; null for a vCPU quota (it spans tiers). */
  nodeId: string | null;
  /** The stage that needs the most, what it needs, and who needs it. */
  peakStage: StageId;
  need: number;
  uses: QuotaUse[];
  /** The first stage (countdown order) whose need is above the limit; null when every stage fits. */
  firstOver: StageId | null;
  /** The need with every tier at its max (max_size); null when a tier has no max. */
  atMax: number | null;
}

export interface UnknownVcpus {
  nodeId: string;
  name: string;
  instanceType: string;
}

export interface QuotaReport {
  checks: QuotaCheck[];
  /** EC2 tiers a vCPU quota cannot count: their type is in neither the catalog nor `quotas.instanceVcpus`. */
  unknownVcpus: UnknownVcpus[];
}

/** Where a tier's stage counts come from: the recompute's flat `required` array (as the ramp check reads it). */
export interface StageEnv {
  required: Float64Array;
  slots: number;
  eventMonthIndex: number;
  horizon: number;
}

/** vCPUs of one instance of `type`: the plan's override first, then the catalog (EC2 types only). */
export function vcpusOfType(plan: Plan, type: string): number | undefined {
  const key = normalizeInstanceType(type);
  const overrides = plan.quotas?.instanceVcpus;
  if (overrides && Object.hasOwn(overrides, key)) return overrides[key];
  const info = instanceTypeInfo(key);
  return info?.awsService === 'ec2' ? info.vcpus : undefined;
}

/** The family a type's vCPUs count against: the catalog's, else the part before the first dot. */
export function familyOfType(type: string): string {
  const key = normalizeInstanceType(type);
  return instanceTypeInfo(key)?.family ?? key.split('.')[0] ?? key;
}

/** The type a tier is typed with ('' for a kind without one). */
function instanceTypeOf(node: PlanNode): string {
  return 'instanceType' in node.params ? node.params.instanceType : '';
}

function stagesOf(node: PlanNode, p: ProjectedNode, i: number, env: StageEnv): Record<StageId, StageSize> {
  const at = (m: number) => env.required[i * env.slots + Math.min(Math.max(m, 0), env.horizon)] ?? p.current;
  return stageSizesFor({ kind: node.kind, current: p.current, target: p.atEvent.required, normalAtEvent: at(env.eventMonthIndex), normalAfter: at(env.eventMonthIndex + 1) }, boundsOf(node));
}

/** A tier a quota holds: `units` turns its stage count into what the quota counts (EC2 instances, or the count itself). */
type Tier = { node: PlanNode; stages: Record<StageId, StageSize>; max: number | null; perUnit: number; type: string; units: (count: number) => number };

/** A quota over some tiers: the stage needing most, the first stage over, the need at max. */
function check(base: Pick<QuotaCheck, 'id' | 'kind' | 'label' | 'unit' | 'limit' | 'nodeId'>, tiers: readonly Tier[]): QuotaCheck {
  let peakStage: StageId = 'baseline';
  let need = -1;
  let firstOver: StageId | null = null;
  for (const stage of stageIds) {
    const sum = tiers.reduce((s, t) => s + t.units(t.stages[stage].desired) * t.perUnit, 0);
    if (sum > need) {
      need = sum;
      peakStage = stage;
    }
    if (firstOver === null && sum > base.limit) firstOver = stage;
  }
  const atMax = tiers.some((t) => t.max === null) ? null : tiers.reduce((s, t) => s + t.units(t.max ?? 0) * t.perUnit, 0);
  const uses = tiers.map((t) => ({ nodeId: t.node.id, name: t.node.name, count: t.units(t.stages[peakStage].desired), perUnit: t.perUnit, instanceType: t.type }));
  return { ...base, peakStage, need: Math.max(0, need), uses, firstOver, atMax };
}

/** Every quota the plan sets, checked; nothing when the plan sets none. */
export function quotaReport(plan: Plan, projections: readonly (ProjectedNode | undefined)[], env: StageEnv): QuotaReport {
  const q = plan.quotas;
  if (!q) return { checks: [], unknownVcpus: [] };
  const wantsVcpus = q.accountVcpus !== undefined || (q.familyVcpus !== undefined && Object.keys(q.familyVcpus).length > 0);
  const ec2: Tier[] = [];
  const unknownVcpus: UnknownVcpus[] = [];
  const checks: QuotaCheck[] = [];
  plan.nodes.forEach((node, i) => {
    const p = projections[i];
    if (!p) return;
    const def = kindOf(node);
    if (def.quota === 'vcpus') {
      if (!wantsVcpus) return;
      const type = instanceTypeOf(node);
      const perUnit = vcpusOfType(plan, type);
      if (perUnit === undefined) unknownVcpus.push({ nodeId: node.id, name: node.name, instanceType: type });
      else {
        // The instances it pays for are the ones the quota counts: a workload's nodes for its pods.
        const policy = resolvePolicy(plan, node);
        const units = (count: number) => def.paidUnits(node, count, policy);
        ec2.push({ node, stages: stagesOf(node, p, i, env), max: boundsOf(node).max, perUnit, type: normalizeInstanceType(type), units });
      }
    }
  });
  if (q.accountVcpus !== undefined && ec2.length > 0) {
    checks.push(check({ id: 'account', kind: 'account-vcpus', label: "the account's vCPU quota", unit: 'vCPUs', limit: q.accountVcpus, nodeId: null }, ec2));
  }
  for (const family of Object.keys(q.familyVcpus ?? {}).sort()) {
    const tiers = ec2.filter((t) => familyOfType(t.type) === family);
    if (tiers.length === 0) continue;
    checks.push(check({ id: `family:${family}`, kind: 'family-vcpus', label: `the ${family} vCPU quota`, unit: 'vCPUs', limit: q.familyVcpus![family]!, nodeId: null }, tiers));
  }
  plan.nodes.forEach((node, i) => {
    const p = projections[i];
    if (!p) return;
    const quota = kindOf(node).quota;
    if (quota === null || quota === 'vcpus') return;
    const limit = q[quota.key];
    if (limit === undefined) return;
    const tier: Tier = { node, stages: stagesOf(node, p, i, env), max: boundsOf(node).max, perUnit: 1, type: normalizeInstanceType(instanceTypeOf(node)), units: (count) => count };
    checks.push(check({ id: `${quota.idPrefix}:${node.id}`, kind: quota.kind, label: quota.label, unit: quota.unit, limit, nodeId: node.id }, [tier]));
  });
  return { checks, unknownVcpus };
}
