import type { Plan } from '../model';

/**
 * The plan's topology as index arrays, built once per recompute. Edges are grouped by
 * source so propagation walks each node's out-edges in one pass.
 */
export type Graph = {
  /** Node indices in topological order; nodes on or after a cycle come last, in plan order. */
  order: number[];
  /** For each node index: indices into plan.edges that leave it. */
  outEdges: number[][];
  /** For each node index: indices into plan.edges that enter it. */
  inEdges: number[][];
  /** For each node index: the distinct nodes with an edge into it, in first-edge order (one client, one pool). */
  clientsOf: number[][];
  /** Edge index → source / target node indices (-1 when an edge names an unknown node). */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  indexById: Map<string, number>;
  /** Node indices on one cycle, in walking order, or null. */
  cycle: number[] | null;
  /** True for nodes Kahn's algorithm could not order (on a cycle or downstream of one). */
  unordered: Uint8Array;
};

export function buildGraph(plan: Plan): Graph {
  const n = plan.nodes.length;
  const indexById = new Map<string, number>();
  for (let i = 0; i < n; i++) indexById.set(plan.nodes[i]!.id, i);
  // Plain loops, no Set of pairs, and every list allocated at its final length (counted
  // first): this runs on every keystroke, and lists grown by push over-allocate.
  const edgeSource = new Int32Array(plan.edges.length);
  const edgeTarget = new Int32Array(plan.edges.length);
  const outCount = new Int32Array(n);
  const indegree = new Int32Array(n);
  for (let e = 0; e < plan.edges.length; e++) {
    const edge = plan.edges[e]!;
    const s = indexById.get(edge.source) ?? -1;
    const t = indexById.get(edge.target) ?? -1;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    // Unknown ends are refused by parsePlanDocument; a hand-built plan just loses the edge.
    if (s < 0 || t < 0) continue;
    outCount[s]! += 1;
    indegree[t]! += 1;
  }
  const outEdges = new Array<number[]>(n);
  const inEdges = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    outEdges[i] = listOf(outCount[i]!);
    inEdges[i] = listOf(indegree[i]!);
  }
  // Filled in edge order, so each list is in edge order as with push.
  const outAt = new Int32Array(n);
  const inAt = new Int32Array(n);
  for (let e = 0; e < plan.edges.length; e++) {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    if (s < 0 || t < 0) continue;
    outEdges[s]![outAt[s]!++] = e;
    inEdges[t]![inAt[t]!++] = e;
  }
  // Each target's distinct sources in first-edge order: its in-edges are in edge order, and
  // `lastTarget[s] === t + 1` says s is already listed for t (+ 1 so that 0 means "none").
  const clientsOf = new Array<number[]>(n);
  const lastTarget = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const ins = inEdges[t]!;
    let distinct = 0;
    for (let q = 0; q < ins.length; q++) {
      const s = edgeSource[ins[q]!]!;
      if (lastTarget[s] === t + 1) continue;
      lastTarget[s] = t + 1;
      distinct += 1;
    }
    const clients = listOf(distinct);
    let k = 0;
    for (let q = 0; q < ins.length && k < distinct; q++) {
      const s = edgeSource[ins[q]!]!;
      if (lastTarget[s] !== t + 1) continue;
      lastTarget[s] = -(t + 1);
      clients[k++] = s;
    }
    clientsOf[t] = clients;
  }

  // Kahn's algorithm, seeded in plan order so the order is deterministic.
  const order: number[] = [];
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    order.push(i);
    for (const e of outEdges[i]!) {
      const t = edgeTarget[e]!;
      indegree[t]! -= 1;
      if (indegree[t] === 0) queue.push(t);
    }
  }
  const unordered = new Uint8Array(n);
  let cycle: number[] | null = null;
  if (order.length < n) {
    for (let i = 0; i < n; i++) if (indegree[i]! > 0) unordered[i] = 1;
    cycle = findCycle(unordered, outEdges, edgeTarget);
    for (let i = 0; i < n; i++) if (unordered[i]) order.push(i);
  }
  return { order, outEdges, inEdges, clientsOf, edgeSource, edgeTarget, indexById, cycle, unordered };
}

/** A list of `length` numbers to be filled by index (an empty literal when 0: no backing store). */
function listOf(length: number): number[] {
  return length === 0 ? [] : new Array<number>(length);
}

/**
 * Every node left over by Kahn's algorithm still has an unordered predecessor, so walking
 * backwards along in-edges from any of them must revisit a node: that loop is a cycle.
 * We walk forwards instead (the same argument holds among nodes that lead back into the
 * leftover set) and cut the walk at the first repeat.
 */
function findCycle(unordered: Uint8Array, outEdges: number[][], edgeTarget: Int32Array): number[] | null {
  // Restrict to nodes that are on some cycle: repeatedly drop leftovers with no leftover successor.
  const n = unordered.length;
  const alive = Uint8Array.from(unordered);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      if (!outEdges[i]!.some((e) => alive[edgeTarget[e]!])) {
        alive[i] = 0;
        changed = true;
      }
    }
  }
  const start = alive.indexOf(1);
  if (start < 0) return null;
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, path.length);
    path.push(current);
    const next = outEdges[current]!.map((e) => edgeTarget[e]!).find((t) => alive[t]);
    if (next === undefined) return path; // cannot happen: every alive node has an alive successor
    current = next;
  }
  return path.slice(seenAt.get(current));
}
