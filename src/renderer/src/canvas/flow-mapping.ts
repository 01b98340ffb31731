import { MarkerType, type Edge } from '@xyflow/react';
import { passOnRatio } from '../../../shared/engine/propagate';
import { formatNumber } from '../../../shared/engine/format';
import type { Finding, NodeProjection, Projection } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/plan';
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

export function toFlowEdges(plan: Plan, projection: Projection | null, selected: ReadonlySet<string>): Edge[] {
  const nodes = new Map(plan.nodes.map((n) => [n.id, n]));
  return plan.edges.map((edge) => {
    const source = projection?.byId[edge.source];
    const sourceNode = nodes.get(edge.source);
    // What travels on the edge at the event: what the source passes on (its misses) × calls per request.
    const carried = source && sourceNode ? source.atEvent.loadRps * passOnRatio(sourceNode) * edge.callsPerRequest : null;
    const parts = [edge.callsPerRequest === 1 ? null : `×${formatNumber(edge.callsPerRequest, 3)}`, carried === null ? null : `${formatNumber(carried)} rps`];
    const label = parts.filter(Boolean).join(' · ');
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: label || undefined,
      selected: selected.has(edge.id),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: { callsPerRequest: edge.callsPerRequest },
    };
  });
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
