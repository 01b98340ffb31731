import type { Plan, PlanEdge, PlanNode } from '../model/plan';
import { uniqueName } from './plan-edits';
import { pinVariableNames, variableNamesOf } from '../model/terraform-names';

/** Selected nodes with the connections among them: what copy, paste and duplicate move around. */
export interface Fragment {
  nodes: PlanNode[];
  edges: PlanEdge[];
}

export function copyFragment(plan: Plan, nodeIds: Iterable<string>): Fragment {
  const ids = new Set(nodeIds);
  return {
    nodes: plan.nodes.filter((n) => ids.has(n.id)),
    edges: plan.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/**
 * Adds a copy of the fragment: new ids, names made unique ("checkout-svc-2"), positions
 * offset so the copy does not hide the original. Returns the new node ids to select. A
 * copy keeps its Terraform variable name only where the plan does not use it yet (pasting
 * into another plan); otherwise it gets one of its own, derived from its new name.
 */
export function pasteFragment(plan: Plan, fragment: Fragment, newId: () => string, offset = { x: 40, y: 40 }): { plan: Plan; nodeIds: string[] } {
  const idMap = new Map<string, string>();
  let next = plan;
  const added: PlanNode[] = [];
  const takenVariables = new Set(variableNamesOf(plan.nodes).map((e) => e.variableName));
  for (const node of fragment.nodes) {
    const id = newId();
    idMap.set(node.id, id);
    const copy: PlanNode = withoutTakenVariableName(
      { ...node, id, name: uniqueName(next, node.name), position: { x: node.position.x + offset.x, y: node.position.y + offset.y } },
      takenVariables,
    );
    added.push(copy);
    next = { ...next, nodes: [...next.nodes, copy] };
  }
  const edges: PlanEdge[] = fragment.edges.map((e) => ({ ...e, id: newId(), source: idMap.get(e.source)!, target: idMap.get(e.target)! }));
  return { plan: { ...next, nodes: pinVariableNames(next.nodes), edges: [...next.edges, ...edges] }, nodeIds: added.map((n) => n.id) };
}

/** Drops the copy's variable name if the plan already uses it (pinVariableNames then gives it one); else claims it. */
function withoutTakenVariableName(node: PlanNode, taken: Set<string>): PlanNode {
  const wanted = node.tfvars?.variableName?.trim();
  if (!wanted) return node;
  if (!taken.has(wanted)) {
    taken.add(wanted);
    return node;
  }
  const { variableName: _taken, ...tfvars } = node.tfvars!;
  return { ...node, tfvars };
}

/** Moves nodes by a step (keyboard nudging). */
export function nudgeNodes(plan: Plan, nodeIds: Iterable<string>, dx: number, dy: number): Plan {
  const ids = new Set(nodeIds);
  if (ids.size === 0) return plan;
  return { ...plan, nodes: plan.nodes.map((n) => (ids.has(n.id) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n)) };
}
