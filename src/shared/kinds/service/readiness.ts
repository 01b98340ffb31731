import { formatNumber } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import { countWithUnit, type DraftContext, type ItemDraft } from '../../readiness/draft';
import { atStage, draft, prescale } from '../../readiness/node-items';

/** The kind's checklist items (moved unchanged from readiness/plan-items.ts). */
export const serviceReadiness = (node: NodeProjection, ctx: DraftContext): ItemDraft[] => {
  const d = node.atEvent.detail;
  if (d.kind !== 'service') return [];
  const items: ItemDraft[] = [];
  const need = Math.max(node.atEvent.required, node.atEvent.requiredUnclamped);
  if (d.aboveMax || need > d.maxInstances) {
    items.push(
      draft(node, 'raise-asg-max', {
        phase: 't-2w',
        title: `${node.name}: raise the autoscaling max from ${formatNumber(d.maxInstances)} to ${formatNumber(need)}`,
        detail: `At the event peak ${node.name} needs ${countWithUnit(need, 'instances')} (${formatNumber(node.atEvent.loadRps)} rps at ${formatNumber(d.capacityPerInstance)} rps per instance, with headroom); the group stops at ${formatNumber(d.maxInstances)}. Check the account's instance quota for the difference too. Done before the stress test, so the test can prove it.`,
      }),
    );
  }
  return items.concat(prescale(node, ctx, `Set the autoscaling minimum (or desired count) to ${formatNumber(atStage(node, ctx, 't-1d'))} so the fleet is there when the surge starts.`));
};
