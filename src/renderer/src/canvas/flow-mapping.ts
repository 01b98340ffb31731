import { MarkerType } from '@xyflow/react';
import { passOnRatio } from '../../../shared/engine/propagate';
import { formatNumber } from '../../../shared/engine/format';
import type { Finding, NodeProjection, Projection } from '../../../shared/engine/types';
import type { Plan, PlanNode } from '../../../shared/model/plan';
import { CARD_WIDTH, cardHeight } from './card-size';
import { bezierPoint, labelSize, labelSpot, type Box } from './edge-label-spot';
import type { PlanFlowEdge } from './PlanEdge';
import { sameCardData, type PlanFlowNode } from './PlanNodeCard';

/** The plan as React Flow wants it, with the engine's numbers at the event peak on each node. */
export function toFlowNodes(plan: Plan, projection: Projection | null, selected: ReadonlySet<string>): PlanFlowNode[] {
  const findingsByNode = new Map<string, Finding[]>();
  for (const finding of projection?.findings ?? []) {
    if (!finding.nodeId) continue;
    const list = findingsByNode.get(finding.nodeId) ?? [];
    list.push(finding);
    findingsByNode.set(finding.nodeId, list);
  }
  return plan.nodes.map((node) => {
    const sizing: NodeProjection | undefined = projection?.byId[node.id];
    return {
      id: node.id,
      type: 'plan',
      position: node.position,
      data: { node, sizing, findings: findingsByNode.get(node.id) ?? [] },
      selected: selected.has(node.id),
    };
  });
}

export function toFlowEdges(plan: Plan, projection: Projection | null, selected: ReadonlySet<string>): PlanFlowEdge[] {
  const nodes = new Map(plan.nodes.map((n) => [n.id, n]));
  const cards: Box[] = plan.nodes.map((n) => ({ x: n.position.x, y: n.position.y, width: CARD_WIDTH, height: cardHeight(n) }));
  // Labels placed so far: two edges leaving one card together must not stack their labels.
  const labels: Box[] = [];
  return plan.edges.map((edge) => {
    const source = projection?.byId[edge.source];
    const sourceNode = nodes.get(edge.source);
    const targetNode = nodes.get(edge.target);
    // What travels on the edge at the event: what the source passes on (its misses) × calls per request.
    const carried = source && sourceNode ? source.atEvent.loadRps * passOnRatio(sourceNode) * edge.callsPerRequest : null;
    const parts = [edge.callsPerRequest === 1 ? null : `×${formatNumber(edge.callsPerRequest, 3)}`, carried === null ? null : `${formatNumber(carried)} rps`];
    const label = parts.filter(Boolean).join(' · ');
    return {
      id: edge.id,
      type: 'plan',
      source: edge.source,
      target: edge.target,
      label: label || undefined,
      selected: selected.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: { callsPerRequest: edge.callsPerRequest, labelT: label && sourceNode && targetNode ? labelT(sourceNode, targetNode, label, cards, labels) : 0.5 },
    };
  });
}

/** Where along the edge its label goes: clear of the cards and earlier labels near it (edge-label-spot.ts); records the label's box in `labels`. */
function labelT(from: PlanNode, to: PlanNode, label: string, cards: readonly Box[], labels: Box[]): number {
  const source = { x: from.position.x + CARD_WIDTH, y: from.position.y + cardHeight(from) / 2 };
  const target = { x: to.position.x, y: to.position.y + cardHeight(to) / 2 };
  const size = labelSize(label);
  // Only the cards the curve's box (widened by the label) can reach: at 500 nodes, a few each.
  const left = Math.min(source.x, target.x) - size.width;
  const right = Math.max(source.x, target.x) + size.width;
  const top = Math.min(source.y, target.y) - size.height;
  const bottom = Math.max(source.y, target.y) + size.height;
  const reach = (c: Box) => c.x < right && c.x + c.width > left && c.y < bottom && c.y + c.height > top;
  const own = [from, to].map((n) => ({ x: n.position.x, y: n.position.y, width: CARD_WIDTH, height: cardHeight(n) }));
  const isOwn = (c: Box) => own.some((o) => o.x === c.x && o.y === c.y);
  const t = labelSpot(source, target, size, own, [...cards.filter((c) => reach(c) && !isOwn(c)), ...labels.filter(reach)]);
  const at = bezierPoint(source, target, t);
  labels.push({ x: at.x - size.width / 2, y: at.y - size.height / 2, ...size });
  return t;
}

/**
 * Keeps the previous flow node object wherever nothing it shows changed. React Flow
 * re-measures every node whose object is new, which at 500 nodes stalls a selection click
 * or the end of a drag for a second or more.
 */
export function reuseUnchanged(previous: PlanFlowNode[], next: PlanFlowNode[]): PlanFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  let changed = previous.length !== next.length;
  const out = next.map((n, i) => {
    const p = byId.get(n.id);
    if (p && p.selected === n.selected && p.position.x === n.position.x && p.position.y === n.position.y && sameCardData(p.data, n.data)) {
      if (previous[i] !== p) changed = true;
      return p;
    }
    changed = true;
    return n;
  });
  return changed ? out : previous;
}
