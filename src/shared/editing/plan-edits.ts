import { kindLabel, kindOf, kinds } from '../kinds';
import { createNode } from '../model/create-node';
import type { NodeKind, Plan, PlanEdge, PlanNode } from '../model/plan';
import { pinVariableNames } from '../model/terraform-names';

/**
 * The edits the canvas makes, as pure functions from plan to plan. They keep the
 * document valid (no dangling edges, no duplicate connections, unique names) so the
 * store and the engine never see a half-edited graph.
 */

export function uniqueName(plan: Plan, wanted: string, exceptId?: string): string {
  const taken = new Set(plan.nodes.filter((n) => n.id !== exceptId).map((n) => n.name));
  if (!taken.has(wanted)) return wanted;
  // A copy of "checkout-svc-2" is "checkout-svc-3", not "checkout-svc-2-2".
  const base = wanted.replace(/-\d+$/, '') || wanted;
  for (let i = 2; ; i += 1) {
    const candidate = `${base}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function addNode(plan: Plan, kind: NodeKind, id: string, position: { x: number; y: number }, name?: string): Plan {
  const node = createNode(kind, id, uniqueName(plan, name ?? kinds[kind].defaultName), position);
  // The new node's Terraform variable name is fixed now, unique in the plan; renames keep it.
  return { ...plan, nodes: pinVariableNames([...plan.nodes, node]) };
}

export function moveNodes(plan: Plan, moves: ReadonlyMap<string, { x: number; y: number }>): Plan {
  if (moves.size === 0) return plan;
  return { ...plan, nodes: plan.nodes.map((n) => (moves.has(n.id) ? { ...n, position: moves.get(n.id)! } : n)) };
}

export type RenameResult = { ok: true; plan: Plan } | { ok: false; message: string };

export function renameNode(plan: Plan, id: string, rawName: string): RenameResult {
  const name = rawName.trim();
  if (name === '') return { ok: false, message: 'A node needs a name.' };
  if (name.length > 200) return { ok: false, message: 'Names are at most 200 characters.' };
  if (plan.nodes.some((n) => n.id !== id && n.name === name)) return { ok: false, message: `Another node is already called “${name}”.` };
  return { ok: true, plan: { ...plan, nodes: plan.nodes.map((n) => (n.id === id ? { ...n, name } : n)) } };
}

/** Removes nodes and edges; edges that touched a removed node go with it. */
export function removeElements(plan: Plan, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Plan {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return plan;
  return {
    ...plan,
    nodes: plan.nodes.filter((n) => !nodes.has(n.id)),
    edges: plan.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

export type ConnectResult = { ok: true; plan: Plan; edge: PlanEdge } | { ok: false; message: string };

export function connectNodes(plan: Plan, source: string, target: string, id: string): ConnectResult {
  const from = plan.nodes.find((n) => n.id === source);
  const to = plan.nodes.find((n) => n.id === target);
  if (!from || !to) return { ok: false, message: 'Both ends of a connection must be nodes of this plan.' };
  if (source === target) return { ok: false, message: 'A node cannot call itself.' };
  // Load enters the system at an entry point (a traffic source); no edge brings it there.
  if (kindOf(to).entryPoint) return { ok: false, message: `${to.name} is a ${kindLabel(to.kind).toLowerCase()}: traffic enters there, nothing calls it.` };
  if (plan.edges.some((e) => e.source === source && e.target === target)) {
    return { ok: false, message: `${from.name} already calls ${to.name}; change its calls per request instead.` };
  }
  const edge: PlanEdge = { id, source, target, callsPerRequest: 1, access: 'mixed' };
  return { ok: true, plan: { ...plan, edges: [...plan.edges, edge] }, edge };
}

/**
 * Adds a node beside another and wires it as the next hop: `besideId` calls the new node once
 * per request (the inspector changes it). Left unwired where the call would be refused (a
 * traffic source is never called) or the node beside is gone. Returns the edge's id, if any.
 */
export function addNodeBeside(plan: Plan, kind: NodeKind, id: string, position: { x: number; y: number }, besideId: string, edgeId: string): { plan: Plan; edgeId: string | null } {
  const added = addNode(plan, kind, id, position);
  const wired = connectNodes(added, besideId, id, edgeId);
  return wired.ok ? { plan: wired.plan, edgeId } : { plan: added, edgeId: null };
}

export function updateNode(plan: Plan, id: string, update: (node: PlanNode) => PlanNode): Plan {
  return { ...plan, nodes: plan.nodes.map((n) => (n.id === id ? update(n) : n)) };
}

export function updateEdge(plan: Plan, id: string, patch: Partial<Pick<PlanEdge, 'callsPerRequest' | 'access'>>): Plan {
  return { ...plan, edges: plan.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

export function describeNodeKind(kind: NodeKind): string {
  return kindLabel(kind);
}
