import type { HeadroomPolicy, NodeKind, Plan, PlanNode } from '../model';
import { kindOf } from '../kinds';
import type { KindTfvars } from '../kinds/kind';
import { resolvePolicy } from '../engine/sizing-common';
import type { NodeProjection, Projection } from '../engine/types';
import { deriveIdentifier, assignVariableNames, type VariableNameEntry } from './variable-names';
import { boundsOf, sizeAtStage, stages, type StageId, type StageOptions } from './stages';
import { buildSchedule, type ScheduleModel } from './schedule';
import { holdingStages } from '../engine/stages';
import { scalingMetricNames, scalingPolicyOf, type ScalingPolicy } from '../engine/scaling-policy';

/**
 * What the tfvars writers print: per node one object variable, its attribute types, its
 * validation, and its values at each stage. Built once; the three writers only format.
 */

export type HclScalar = string | number | boolean;
export type HclType = 'string' | 'number' | 'bool';

export interface TfAttribute {
  name: string;
  type: HclType;
  description: string;
}

export interface TfBoundsCheck {
  /** Attribute holding the minimum, or a constant floor when the kind has none. */
  min: { attr: string } | { value: number };
  desired: string;
  max: { attr: string } | null;
}

export interface TfNode {
  nodeId: string;
  nodeName: string;
  kind: NodeKind;
  variableName: string;
  unitLabel: string;
  attributes: TfAttribute[];
  check: TfBoundsCheck;
  values: Record<StageId, Record<string, HclScalar>>;
  /** Comment lines per stage (clamped needs, ignored extras). Plain text; writers escape. */
  notes: Record<StageId, string[]>;
  /** The kind's own validation blocks (a node group's bounds, a function's provisioned concurrency). */
  validations: { condition: string; message: string }[];
  /** The ASG schedule covers it. */
  scheduled: boolean;
}

export interface TfvarsModel {
  planName: string;
  /** The scenario the numbers are for (the plan's active one, or the one the export chose). */
  scenario: string;
  eventName: string;
  eventDate: string;
  nodes: TfNode[];
  names: VariableNameEntry[];
  /** Nodes without Terraform variables (traffic sources, CDNs, queues, externals). */
  skipped: { nodeId: string; nodeName: string; kind: NodeKind }[];
  /** The stage files' numbers as dated scheduled actions per autoscaled tier (schedule.tfvars). */
  schedule: ScheduleModel;
}

const noReservedNames: ReadonlySet<string> = new Set();

function instanceTypeOf(node: PlanNode): string {
  return 'instanceType' in node.params ? node.params.instanceType : '';
}

function typeOf(value: HclScalar): HclType {
  return typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : 'bool';
}

/** The scaling policy's attributes (aws_autoscaling_policy target tracking); scale-in is disabled while the fleet must hold. */
export const scalingAttributes: readonly TfAttribute[] = [
  { name: 'scaling_metric', type: 'string', description: 'target-tracking predefined metric' },
  { name: 'scaling_target', type: 'number', description: 'target value (CPU percent, or requests per instance per minute)' },
  { name: 'scale_out_cooldown', type: 'number', description: 'seconds between scale-outs' },
  { name: 'scale_in_cooldown', type: 'number', description: 'seconds between scale-ins' },
  { name: 'instance_warmup', type: 'number', description: 'seconds before a new instance counts' },
  { name: 'disable_scale_in', type: 'bool', description: 'scale-in off (pre-warm to the event end)' },
];

function scalingValues(policy: ScalingPolicy, stage: StageId): Record<string, HclScalar> {
  return {
    scaling_metric: scalingMetricNames[policy.metric],
    scaling_target: policy.target,
    scale_out_cooldown: policy.scaleOutCooldownSeconds,
    scale_in_cooldown: policy.scaleInCooldownSeconds,
    instance_warmup: policy.warmupSeconds,
    disable_scale_in: holdingStages.has(stage),
  };
}

function buildNode(node: PlanNode, projection: NodeProjection, layout: KindTfvars<PlanNode>, variableName: string, eventMonthIndex: number, options: StageOptions, policy: ScalingPolicy | null, headroom: HeadroomPolicy): TfNode {
  const bounds = boundsOf(node);
  const attributes: TfAttribute[] = layout.typeAttr ? [{ name: layout.typeAttr, type: 'string', description: layout.typeDescription }] : [];
  if (layout.min) attributes.push({ name: layout.min, type: 'number', description: `minimum ${layout.unitLabel}` });
  attributes.push({ name: layout.desired, type: 'number', description: `${layout.unitLabel} to run at this stage` });
  if (layout.max) attributes.push({ name: layout.max, type: 'number', description: `maximum ${layout.unitLabel}` });
  attributes.push(...layout.attributes);
  if (policy) attributes.push(...scalingAttributes);

  const taken = new Set(attributes.map((a) => a.name));
  const extraValues: Record<string, HclScalar> = {};
  const extraNotes: string[] = [];
  // Extras are sorted by key so the output does not depend on JSON key order.
  for (const [key, value] of Object.entries(node.tfvars?.extra ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Object attributes may be called `count` or `source`: only variables are restricted.
    const name = deriveIdentifier(key, 'extra', noReservedNames);
    if (taken.has(name)) {
      extraNotes.push(`extra attribute "${key}" ignored: "${name}" is already an attribute`);
      continue;
    }
    if (name !== key) extraNotes.push(`extra attribute "${key}" written as "${name}"`);
    taken.add(name);
    extraValues[name] = value;
    attributes.push({ name, type: typeOf(value), description: `extra attribute "${key}"` });
  }

  const values = {} as Record<StageId, Record<string, HclScalar>>;
  const notes = {} as Record<StageId, string[]>;
  for (const stage of stages) {
    const size = sizeAtStage(projection, eventMonthIndex, stage.id, bounds, options);
    const row: Record<string, HclScalar> = layout.typeAttr ? { [layout.typeAttr]: instanceTypeOf(node) } : {};
    if (layout.min) row[layout.min] = size.min;
    row[layout.desired] = size.desired;
    if (layout.max && bounds.max !== null) row[layout.max] = bounds.max;
    Object.assign(row, layout.values(node, projection, stage.id, size, headroom));
    if (policy) Object.assign(row, scalingValues(policy, stage.id));
    Object.assign(row, extraValues);
    const stageNotes = [...extraNotes];
    if (size.clampedToMax) {
      stageNotes.push(`${node.name}: needs ${size.wanted} ${layout.unitLabel} at this stage; written as its max ${bounds.max ?? ''}. Raise the max in the plan to follow the need.`);
    }
    if (bounds.max !== null && bounds.min > bounds.max) {
      stageNotes.push(`${node.name}: the plan's min ${bounds.min} is above its max ${bounds.max}; variable validation will reject this file until the plan is fixed.`);
    }
    values[stage.id] = row;
    notes[stage.id] = stageNotes;
  }

  return {
    nodeId: node.id,
    nodeName: node.name,
    kind: node.kind,
    variableName,
    unitLabel: layout.unitLabel,
    attributes,
    check: {
      min: layout.min ? { attr: layout.min } : { value: 0 },
      desired: layout.desired,
      max: layout.max ? { attr: layout.max } : null,
    },
    values,
    notes,
    validations: layout.validations(`var.${variableName}`, variableName),
    scheduled: layout.scheduled,
  };
}

/** The Terraform view of a plan and its projection: sized nodes only, in plan order. */
export function buildTfvarsModel(plan: Plan, projection: Pick<Projection, 'eventMonthIndex' | 'nodes'>, options: StageOptions = {}): TfvarsModel {
  const byId = new Map(projection.nodes.map((n) => [n.nodeId, n]));
  const sized = plan.nodes.filter((n) => kindOf(n).tfvars !== null && byId.has(n.id));
  const names = assignVariableNames(sized.map((n) => ({ id: n.id, name: n.name, variableName: n.tfvars?.variableName })));
  const nameOf = new Map(names.map((e) => [e.nodeId, e.variableName]));
  const nodes: TfNode[] = [];
  const paces = new Map<string, ScalingPolicy>();
  for (const node of sized) {
    const layout = kindOf(node).tfvars;
    const projected = byId.get(node.id);
    const variableName = nameOf.get(node.id);
    if (!layout || !projected || variableName === undefined) continue;
    const policy = scalingPolicyOf(plan, node, projected);
    if (policy) paces.set(node.id, policy);
    nodes.push(buildNode(node, projected, layout, variableName, projection.eventMonthIndex, options, policy, resolvePolicy(plan, node)));
  }
  return {
    planName: plan.name,
    scenario: plan.activeScenario,
    eventName: plan.event.name,
    eventDate: plan.event.startDate,
    nodes,
    names,
    schedule: buildSchedule(nodes, plan.event, {}, paces),
    skipped: plan.nodes.filter((n) => kindOf(n).tfvars === null).map((n) => ({ nodeId: n.id, nodeName: n.name, kind: n.kind })),
  };
}
