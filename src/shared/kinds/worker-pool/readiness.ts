import { formatNumber } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import { countWithUnit, type DraftContext, type ItemDraft } from '../../readiness/draft';
import { atStage, draft, prescale } from '../../readiness/node-items';

/** The kind's checklist items (moved unchanged from readiness/plan-items.ts). */
export const workerPoolReadiness = (node: NodeProjection, ctx: DraftContext): ItemDraft[] => {
  const d = node.atEvent.detail;
  if (d.kind !== 'workerPool') return [];
  const items: ItemDraft[] = [];
  const need = Math.max(node.atEvent.required, node.atEvent.requiredUnclamped);
  if (d.aboveMax || need > d.maxWorkers) {
    items.push(
      draft(node, 'raise-max-workers', {
        phase: 't-2w',
        title: `${node.name}: raise the worker max from ${formatNumber(d.maxWorkers)} to ${formatNumber(need)}`,
        detail: `${formatNumber(d.arrivalRate)} messages/s at ${formatNumber(d.secondsPerMessage, 3)} s each need ${countWithUnit(need, 'workers')} at the event peak.`,
      }),
    );
  }
  return items.concat(prescale(node, ctx, `Start the event with ${countWithUnit(atStage(node, ctx, 't-1d'), 'workers')} so a backlog never builds.`));
};
