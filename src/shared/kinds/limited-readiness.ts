import { formatNumber } from '../engine/format';
import type { NodeProjection } from '../engine/types';
import type { ItemDraft } from '../readiness/draft';
import { draft } from '../readiness/node-items';

/** A limit-only kind's item: ask the provider for a higher limit (moved unchanged from readiness/plan-items.ts). */
export const limitReadiness = (node: NodeProjection): ItemDraft[] => {
  const d = node.atEvent.detail;
  if ((d.kind !== 'cdn' && d.kind !== 'queue' && d.kind !== 'external') || d.limit <= 0 || node.atEvent.loadRps <= d.limit) return [];
  const what = d.kind === 'external' ? 'rate limit' : d.kind === 'queue' ? 'throughput limit' : 'request limit';
  return [
    draft(node, 'raise-limit', {
      phase: 't-4w',
      title: `${node.name}: ask the provider to raise the ${what} from ${formatNumber(d.limit)} to above ${formatNumber(node.atEvent.loadRps)} per second`,
      detail: `The event peak sends ${formatNumber(node.atEvent.loadRps)}/s; the limit is ${formatNumber(d.limit)}/s. Providers take days to answer: ask at T-4 weeks.`,
    }),
  ];
};
