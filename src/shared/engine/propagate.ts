import type { Growth, Plan, PlanNode } from '../model';
import { kindOf } from '../kinds';
import { growthFactor } from './calendar';
import type { Graph } from './graph';
import type { MonthArrays } from './month-arrays';

/**
 * Load at every node for every slot: months 0..H, then the event peak (slot H+1), then the
 * event month's normal load without the surge (slot H+2, what pre-scaling starts from).
 *
 * Propagation is linear in the sources' loads (every node passes on a fixed share of what
 * it receives), so instead of walking the graph once per month we walk it once per
 * *growth group* (sources that share a growth curve: usually all of them) with today's
 * baselines, then scale: load(node, month) = Σ_group base_group(node) × factor_group(month).
 * That is O(groups × (nodes + edges)) + O(groups × nodes × months).
 */
export type Loads = {
  slots: number;
  /** load[node * slots + slot], requests (or operations, messages) per second. */
  load: Float64Array;
  /** Reads / writes per slot of the kinds split into both (kind `readRatio`); 0 for other kinds. */
  reads: Float64Array;
  writes: Float64Array;
  /** Growth factor per slot of each group, for the explanations. */
  groups: { growth: Growth; factors: Float64Array }[];
  /** Group index of each entry point (-1 for other kinds). */
  groupOfNode: Int32Array;
};

/** The share of its load a node passes downstream: only misses leave a CDN or a cache. */
export function passOnRatio(node: PlanNode): number {
  return kindOf(node).passOn(node);
}

/** Slots per node: months 0..horizon, the event peak, the event month without the surge. */
export function slotsOf(plan: Plan): number {
  return plan.horizonMonths + 3;
}

/** The loads into `into`'s arrays (zeroed, `nodes × slotsOf(plan)` long; fresh ones when absent). */
export function propagateLoads(plan: Plan, graph: Graph, eventMonth: number, surge: number, into?: Pick<MonthArrays, 'load' | 'reads' | 'writes'>): Loads {
  const n = plan.nodes.length;
  const slots = slotsOf(plan);
  const { groups, groupOfNode } = growthGroups(plan, slots, eventMonth, surge);
  const load = into?.load ?? new Float64Array(n * slots);
  const reads = into?.reads ?? new Float64Array(n * slots);
  const writes = into?.writes ?? new Float64Array(n * slots);
  const passOn = new Float64Array(n);
  /** Today's load an entry point brings; 0 for other kinds. */
  const baseline = new Float64Array(n);
  /** The share of mixed calls that are reads, for a kind split into reads and writes; -1 = not split. */
  const readRatio = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const node = plan.nodes[i]!;
    const def = kindOf(node);
    passOn[i] = def.passOn(node);
    baseline[i] = def.entryTraffic(node)?.baselineRps ?? 0;
    readRatio[i] = def.readRatio(node) ?? -1;
  }
  const inflow = new Float64Array(n);
  const readIn = new Float64Array(n);
  const writeIn = new Float64Array(n);

  // Plain index loops with the per-edge numbers read into typed arrays once: this runs on
  // every keystroke, and closures and iterators here showed up as garbage in the profile.
  const order = graph.order;
  const edgeCalls = new Float64Array(plan.edges.length);
  /** 0 mixed, 1 read, 2 write. */
  const edgeAccess = new Uint8Array(plan.edges.length);
  for (let e = 0; e < plan.edges.length; e++) {
    const edge = plan.edges[e]!;
    edgeCalls[e] = edge.callsPerRequest;
    edgeAccess[e] = edge.access === 'read' ? 1 : edge.access === 'write' ? 2 : 0;
  }
  for (let g = 0; g < groups.length; g++) {
    inflow.fill(0);
    readIn.fill(0);
    writeIn.fill(0);
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      // Only entry points have a group.
      if (groupOfNode[i] === g) inflow[i] = inflow[i]! + baseline[i]!;
      const out = inflow[i]! * passOn[i]!;
      if (out === 0) continue;
      const outEdges = graph.outEdges[i]!;
      for (let q = 0; q < outEdges.length; q++) {
        const e = outEdges[q]!;
        const t = graph.edgeTarget[e]!;
        const calls = out * edgeCalls[e]!;
        inflow[t] = inflow[t]! + calls;
        if (edgeAccess[e] === 1) readIn[t] = readIn[t]! + calls;
        else if (edgeAccess[e] === 2) writeIn[t] = writeIn[t]! + calls;
      }
    }
    const factors = groups[g]!.factors;
    for (let i = 0; i < n; i++) {
      const base = inflow[i]!;
      if (base === 0) continue;
      const row = i * slots;
      for (let s = 0; s < slots; s++) load[row + s] = load[row + s]! + base * factors[s]!;
      const ratio = readRatio[i]!;
      if (ratio >= 0) {
        // Calls marked read or write are what they say; "mixed" calls split by readRatio.
        const mixed = Math.max(0, base - readIn[i]! - writeIn[i]!);
        const baseReads = readIn[i]! + mixed * ratio;
        const baseWrites = writeIn[i]! + mixed * (1 - ratio);
        for (let s = 0; s < slots; s++) {
          reads[row + s] = reads[row + s]! + baseReads * factors[s]!;
          writes[row + s] = writes[row + s]! + baseWrites * factors[s]!;
        }
      }
    }
  }
  return { slots, load, reads, writes, groups, groupOfNode };
}

function growthGroups(plan: Plan, slots: number, eventMonth: number, surge: number) {
  const groups: { growth: Growth; factors: Float64Array }[] = [];
  const keyToGroup = new Map<string, number>();
  const groupOfNode = new Int32Array(plan.nodes.length).fill(-1);
  plan.nodes.forEach((node, i) => {
    const entry = kindOf(node).entryTraffic(node);
    if (!entry) return;
    const growth = entry.growth ?? plan.growth;
    const key = `${growth.method}|${growth.monthlyRate}`;
    let g = keyToGroup.get(key);
    if (g === undefined) {
      g = groups.length;
      keyToGroup.set(key, g);
      const factors = new Float64Array(slots);
      for (let s = 0; s < slots - 2; s++) factors[s] = growthFactor(growth, s);
      // The event peak: the event month's normal load times the surge; then that normal load.
      factors[slots - 2] = growthFactor(growth, eventMonth) * surge;
      factors[slots - 1] = growthFactor(growth, eventMonth);
      groups.push({ growth, factors });
    }
    groupOfNode[i] = g;
  });
  return { groups, groupOfNode };
}
