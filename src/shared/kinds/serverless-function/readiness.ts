import { formatNumber } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import type { DraftContext, ItemDraft } from '../../readiness/draft';
import { draft } from '../../readiness/node-items';

/**
 * A function's items: ask for the concurrency quota at T-4 weeks when the event needs more
 * than the account (or the reservation) allows (a quota request takes days), and
 * pre-provision concurrency before the start when the surge rises faster than the
 * platform adds environments.
 */
export function functionReadiness(node: NodeProjection, _ctx: DraftContext): ItemDraft[] {
  const d = node.atEvent.detail;
  if (d.kind !== 'serverlessFunction') return [];
  const items: ItemDraft[] = [];
  const need = node.atEvent.required;
  if (need > node.current) {
    items.push(draft(node, 'request-concurrency-quota', {
      phase: 't-4w',
      title: d.reserved
        ? `${node.name}: raise its reserved concurrency from ${formatNumber(d.limit)} to ${formatNumber(need)} (and the account quota of ${formatNumber(d.accountLimit)} if needed)`
        : `${node.name}: request a concurrency quota increase from ${formatNumber(d.accountLimit)} to at least ${formatNumber(need)}`,
      detail: `${formatNumber(node.atEvent.loadRps)} rps × the average duration need ${formatNumber(d.concurrency)} concurrent executions, ${formatNumber(need)} with headroom. Quota requests take days to be granted: ask now, then reserve the need so other functions cannot take it.`,
    }));
  }
  if (d.burstSeconds > d.surgeRiseSeconds && d.provisionedNeeded > d.provisionedConcurrency) {
    items.push({
      ...draft(node, 'provision-concurrency', {
        phase: 't-1d',
        title: `${node.name}: pre-provision ${formatNumber(d.provisionedNeeded)} concurrent executions before the start (${formatNumber(d.provisionedConcurrency)} today)`,
        detail: `From ${formatNumber(d.warmConcurrency)} warm the platform needs ${formatNumber(d.burstSeconds)} s to reach ${formatNumber(need)}; the surge arrives in ${formatNumber(d.surgeRiseSeconds)} s. Provisioned environments start warm (no cold start) and cost while they wait: release them after the event.`,
      }),
      // Ready before the start minute: provisioning takes minutes.
      due: { kind: 'prescale' },
    });
  }
  return items;
}
