import type { NodeProjection } from '../engine/types';
import { formatNumber } from '../engine/format';
import { boundsOf, stageSizesFor, stageInputsOf, type StageId } from '../engine/stages';
import { countWithUnit, type DraftContext, type DueRule, type ItemDraft } from './draft';
import { rampMinutes, rampPaceOf } from '../engine/scaling-policy';

/** The pieces every node's checklist items are made of (plan-items.ts and the kinds' readiness.ts). */

export function subjectOf(node: NodeProjection) {
  return { nodeId: node.nodeId, nodeName: node.name };
}

export function draft(node: NodeProjection, action: string, fields: Omit<ItemDraft, 'id' | 'origin' | 'subject' | 'due'>): ItemDraft {
  return { id: `node:${node.nodeId}:${action}`, origin: 'plan', subject: subjectOf(node), due: { kind: 'phase-end' }, ...fields };
}

/** The count a node runs at a stage: the rule the Terraform stage files use (engine/stages.ts). */
export function atStage(node: NodeProjection, ctx: DraftContext, stage: StageId): number {
  const planNode = ctx.plan.nodes.find((n) => n.id === node.nodeId);
  if (!planNode) return node.atEvent.required;
  return stageSizesFor(stageInputsOf(node, ctx.projection.eventMonthIndex), boundsOf(planNode))[stage].desired;
}

/** The pre-scale due rule, with the ramp of the T-1 day step (T-1 week count → target) for an autoscaled tier. */
function prescaleDue(node: NodeProjection, ctx: DraftContext, target: number): DueRule {
  const planNode = ctx.plan.nodes.find((n) => n.id === node.nodeId);
  const pace = planNode ? rampPaceOf(planNode) : null;
  if (!pace) return { kind: 'prescale' };
  const from = atStage(node, ctx, 't-1w');
  return { kind: 'prescale', ramp: { from, to: target, minutes: rampMinutes(from, target, pace), ...pace } };
}

/** Pre-scaling before the event: autoscaling reacts in minutes, a surge arrives in seconds. */
export function prescale(node: NodeProjection, ctx: DraftContext, what: string): ItemDraft[] {
  const { required, current, loadRps } = node.atEvent;
  const target = atStage(node, ctx, 't-1d');
  if (target <= current) return [];
  const capped = target < required ? ` The need is ${countWithUnit(required, node.unit)}; the group's max holds it at ${formatNumber(target)} until it is raised.` : '';
  return [
    {
      ...draft(node, 'prescale', {
        phase: 't-1d',
        title: `${node.name}: pre-scale to ${countWithUnit(target, node.unit)} (${formatNumber(current)} → ${formatNumber(target)}) before the event`,
        detail: `The event peak brings ${formatNumber(loadRps)} rps to ${node.name}. ${what}${capped}`,
      }),
      // At its size before the start minute, not at it: launching takes the plan's lead time, or the ramp's when longer.
      due: prescaleDue(node, ctx, target),
    },
  ];
}
