import { MarkerType } from '@xyflow/react';
import { passOnRatio } from '../../../shared/engine/propagate';
import { formatNumber } from '../../../shared/engine/format';
import type { Finding, NodeProjection, Projection } from '../../../shared/engine/types';
import type { Plan, PlanEdge, PlanNode } from '../../../shared/model/plan';
import { CARD_WIDTH, cardHeight } from './card-size';
import { compactRate, labelSize, placeLabel, type Box } from './edge-label-spot';
import { detourLane, pointOnEdge } from './edge-route';
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
    const carried = source && sourceNode ? carriedAtEvent(edge, sourceNode, source) : null;
    const texts = labelTexts(edge.callsPerRequest, carried);
    const placed = sourceNode && targetNode ? placeEdge(sourceNode, targetNode, texts, cards, labels) : { text: texts[0] ?? '', t: 0.5, lane: null };
    return {
      id: edge.id,
      type: 'plan',
      source: edge.source,
      target: edge.target,
      label: placed.text || undefined,
      selected: selected.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: { callsPerRequest: edge.callsPerRequest, labelT: placed.t, fullLabel: texts[0] ?? '', lane: placed.lane },
    };
  });
}

/** What travels on an edge at the event: what its source passes on (a cache's misses) × calls per request. The label and the inspector both say this. */
export function carriedAtEvent(edge: Pick<PlanEdge, 'callsPerRequest'>, sourceNode: PlanNode, source: NodeProjection): number {
  return source.atEvent.loadRps * passOnRatio(sourceNode) * edge.callsPerRequest;
}

/**
 * An edge's label, saying less each time: calls and the rate at the event in full, then the
 * rate in few characters, then the calls alone (or the short rate where calls are 1).
 */
export function labelTexts(callsPerRequest: number, carried: number | null): string[] {
  const calls = callsPerRequest === 1 ? null : `×${formatNumber(callsPerRequest, 3)}`;
  if (carried === null) return calls ? [calls] : [];
  const full = [calls, `${formatNumber(carried)} rps`].filter(Boolean).join(' · ');
  const short = [calls, compactRate(carried)].filter(Boolean).join(' · ');
  const texts = [full, short, calls ?? compactRate(carried)];
  return texts.filter((t, k) => texts.indexOf(t) === k);
}

/**
 * How the edge runs (React Flow's curve, or a lane around the cards in its way:
 * edge-route.ts), which words of its label fit and where along it: clear of the cards and
 * the labels placed before it, whose boxes `labels` collects.
 */
function placeEdge(from: PlanNode, to: PlanNode, texts: readonly string[], cards: readonly Box[], labels: Box[]): { text: string; t: number; lane: number | null } {
  const source = { x: from.position.x + CARD_WIDTH, y: from.position.y + cardHeight(from) / 2 };
  const target = { x: to.position.x, y: to.position.y + cardHeight(to) / 2 };
  const own = [from, to].map((n) => ({ x: n.position.x, y: n.position.y, width: CARD_WIDTH, height: cardHeight(n) }));
  const isOwn = (c: Box) => own.some((o) => o.x === c.x && o.y === c.y);
  // Only the cards near the edge: at 500 nodes, a few each (the lane may leave the ends' box by a card's height).
  const near = (c: Box, pad: number) => c.x < Math.max(source.x, target.x) + pad && c.x + c.width > Math.min(source.x, target.x) - pad && c.y < Math.max(source.y, target.y) + pad && c.y + c.height > Math.min(source.y, target.y) - pad;
  // The lane leaves the ends' box: it must see every card between the ends at any height (a next row's too).
  const between = (c: Box) => c.x < Math.max(source.x, target.x) && c.x + c.width > Math.min(source.x, target.x);
  const lane = detourLane(source, target, cards.filter((c) => between(c) && !isOwn(c)));
  if (texts.length === 0) return { text: '', t: 0.5, lane };
  const size = labelSize(texts[0]!);
  const reach = lane === null ? Math.max(size.width, size.height) : Math.abs(lane - (source.y + target.y) / 2) + size.width;
  const placed = placeLabel(source, target, texts, own, [...cards.filter((c) => near(c, reach) && !isOwn(c)), ...labels.filter((l) => near(l, reach))], (t) => pointOnEdge(source, target, lane, t));
  const at = pointOnEdge(source, target, lane, placed.t);
  const shown = labelSize(placed.text);
  labels.push({ x: at.x - shown.width / 2, y: at.y - shown.height / 2, ...shown });
  return { ...placed, lane };
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
