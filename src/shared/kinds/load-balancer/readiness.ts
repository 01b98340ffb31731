import { formatNumber } from '../../engine/format';
import type { NodeProjection } from '../../engine/types';
import { countWithUnit, type ItemDraft } from '../../readiness/draft';
import { draft } from '../../readiness/node-items';

/** The kind's checklist items (moved unchanged from readiness/plan-items.ts). */
export const loadBalancerReadiness = (node: NodeProjection): ItemDraft[] => {
  if (node.atEvent.detail.kind !== 'loadBalancer' || node.atEvent.required <= node.current) return [];
  return [
    draft(node, 'prewarm-lb', {
      phase: 't-1w',
      title: `${node.name}: ask the provider to pre-warm to ${countWithUnit(node.atEvent.required, node.unit)} (${formatNumber(node.current)} → ${formatNumber(node.atEvent.required)})`,
      detail: `${formatNumber(node.atEvent.loadRps)} rps at the event peak. Managed load balancers scale gradually; a surge can outrun them (watch the surge queue).`,
    }),
  ];
};
