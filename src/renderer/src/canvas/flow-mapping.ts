import type { Edge } from '@xyflow/react';
import type { Plan } from '../../../shared/model/plan';
import type { PlanFlowNode } from './PlanNodeCard';

/** The plan as React Flow wants it; selection is view state and travels separately. */
export function toFlowNodes(plan: Plan, selected: ReadonlySet<string>): PlanFlowNode[] {
  return plan.nodes.map((node) => ({
    id: node.id,
    type: 'plan',
    position: node.position,
    data: { node },
    selected: selected.has(node.id),
  }));
}

export function toFlowEdges(plan: Plan, selected: ReadonlySet<string>): Edge[] {
  return plan.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.callsPerRequest === 1 ? undefined : `×${edge.callsPerRequest}`,
    selected: selected.has(edge.id),
    data: { callsPerRequest: edge.callsPerRequest },
  }));
}
