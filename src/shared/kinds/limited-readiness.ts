import { formatNumber, formatPercent } from '../engine/format';
import type { LimitDetail, LimitedKind, NodeProjection, SizingDetail } from '../engine/types';
import type { ItemDraft } from '../readiness/draft';
import { draft } from '../readiness/node-items';

/** The detail of a node of the limit-only kind `kind`: that kind's sizing writes a LimitDetail (kinds/limited.ts). */
function isLimitDetailOf(kind: LimitedKind, d: SizingDetail): d is LimitDetail {
  return d.kind === kind;
}

/**
 * A limit-only kind's item: ask the provider for a higher limit, the limit called `what` in
 * the item ("request limit", "throughput limit").
 */
export function limitReadiness(kind: LimitedKind, what: string): (node: NodeProjection) => ItemDraft[] {
  return (node) => {
    const d = node.atEvent.detail;
    // The limit must hold the load with the buffer (kinds/limited.ts), as the finding says.
    if (!isLimitDetailOf(kind, d) || d.limit <= 0 || d.needed <= d.limit) return [];
    const load = formatNumber(node.atEvent.loadRps);
    const sends = d.buffer > 0 ? `${load}/s, ${formatNumber(d.needed)}/s with the plan's ${formatPercent(d.buffer, 0)} buffer` : `${load}/s`;
    return [
      draft(node, 'raise-limit', {
        phase: 't-4w',
        title: `${node.name}: ask the provider to raise the ${what} from ${formatNumber(d.limit)} to at least ${formatNumber(Math.ceil(d.needed))} per second`,
        detail: `The event peak sends ${sends}; the limit is ${formatNumber(d.limit)}/s. Providers take days to answer: ask at T-4 weeks.`,
      }),
    ];
  };
}
