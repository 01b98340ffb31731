import { formatNumber, formatPercent } from '../engine/format';
import type { NodeProjection } from '../engine/types';
import type { ItemDraft } from '../readiness/draft';
import { draft } from '../readiness/node-items';

/** A limit-only kind's item: ask the provider for a higher limit (moved unchanged from readiness/plan-items.ts). */
export const limitReadiness = (node: NodeProjection): ItemDraft[] => {
  const d = node.atEvent.detail;
  // The limit must hold the load with the buffer (kinds/limited.ts), as the finding says.
  if ((d.kind !== 'cdn' && d.kind !== 'queue' && d.kind !== 'external') || d.limit <= 0 || d.needed <= d.limit) return [];
  const what = d.kind === 'external' ? 'rate limit' : d.kind === 'queue' ? 'throughput limit' : 'request limit';
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
