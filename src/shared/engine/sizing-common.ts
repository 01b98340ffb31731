import type { HeadroomPolicy, Plan, PlanNode } from '../model';
import { kindOf } from '../kinds';
import { POLICY_DEFAULTS } from './policy-note';
import { passOnRatio } from './propagate';
import type { Graph } from './graph';
import type { Loads } from './propagate';
import type { MonthArrays } from './month-arrays';
import type { Explanation, NodeSizing, SizingDetail, SizingStatus } from './types';

/** Hours in an average month (8,760 h a year / 12), the cloud providers' billing convention. */
export const HOURS_PER_MONTH = 730;

/** Above this share of today's capacity a node that still fits is called "tight". */
export const TIGHT_THRESHOLD = 0.9;

/** What every sizing function reads: built once per recompute. */
export type SizeContext = {
  plan: Plan;
  graph: Graph;
  loads: Loads;
  policies: HeadroomPolicy[];
  /** required[node * slots + slot], filled in topological order (databases read their clients'). */
  required: Float64Array;
  /** The recompute's month arrays (`loads.load` and `required` are two of them). */
  arrays: MonthArrays;
  /**
   * Makes `arrays` (and `loads`, `required`) this recompute's own again when a later
   * recompute of the same shape has taken them over (month-arrays.ts): every read after the
   * recompute returns (a lazy series, a month's sizing, a finding's text) calls it first.
   */
  own: () => void;
  eventSlot: number;
  /** Sizes one node at one slot; with `withSteps` the result carries its explanation. */
  resize: (node: PlanNode, ctx: SizeContext, i: number, slot: number, withSteps: boolean) => NodeSizing;
};

/** The plan's headroom policy with this node's overrides on top (absent fields inherit). */
export function resolvePolicy(plan: Plan, node: PlanNode): HeadroomPolicy {
  const o = node.headroom;
  const p = plan.headroom;
  if (!o) return p;
  return {
    targetUtilization: o.targetUtilization ?? p.targetUtilization,
    buffer: o.buffer ?? p.buffer,
    nPlusK: o.nPlusK ?? p.nPlusK,
    zones: o.zones ?? p.zones,
    surviveZoneLoss: o.surviveZoneLoss ?? p.surviveZoneLoss,
  };
}

/** Relative tolerance of ceilSafe: far above float dust (1e-16), far below a real fraction of a unit. */
export const CEIL_TOLERANCE = 1e-9;

/**
 * ceil that ignores floating-point dust: 700 × 1.1 / 10 must need 77, not 78 because the
 * product came out as 77.00000000000001. Written as one expression,
 * ceil(x − 1e-9 × max(1, x)), so the XLSX formula (`ROUNDUP(x-1E-9*MAX(1,x),0)`) computes
 * exactly the same number in Excel and LibreOffice.
 */
export function ceilSafe(x: number): number {
  if (!(x > 0)) return 0;
  return Math.max(0, Math.ceil(x - CEIL_TOLERANCE * Math.max(1, x)));
}

/**
 * Redundancy on top of a count that carries the load:
 * 1. survive a zone loss: ceil(n × z / (z − 1)) so the surviving zones still hold n;
 * 2. N+k: add k spares (failures, deploys);
 * 3. zones: round up to a multiple of z so every zone runs the same count.
 * A count of 0 (no load) stays 0: there is nothing to make redundant; minimums still apply.
 */
export function withRedundancy(n: number, policy: HeadroomPolicy): number {
  if (n <= 0) return 0;
  const z = policy.zones;
  let out = policy.surviveZoneLoss && z > 1 ? ceilSafe((n * z) / (z - 1)) : n;
  out += policy.nPlusK;
  if (z > 1) out = Math.ceil(out / z) * z;
  return out;
}


/**
 * An explanation input for a headroom-policy number, named with where it comes from: the
 * node's own override, or the plan's policy, "the default" when that is the schema's
 * default (buffer 20 %, N+1, …), so a reader sees that a number they never typed applies.
 */
export function policyInput(ctx: SizeContext, i: number, field: keyof HeadroomPolicy, name: string, unit: string): Explanation['inputs'][number] {
  const own = ctx.plan.nodes[i]!.headroom?.[field];
  const value = ctx.policies[i]![field];
  const where = own !== undefined ? 'this node' : ctx.plan.headroom[field] === POLICY_DEFAULTS[field] ? 'plan policy, the default' : 'plan policy';
  return { name: `${name} (${where})`, value: typeof value === 'boolean' ? (value ? 1 : 0) : value, unit };
}

export function redundancyExplanation(base: number, result: number, policy: HeadroomPolicy, unit: string, ctx: SizeContext, i: number): Explanation {
  return {
    label: 'With redundancy',
    formula: policy.surviveZoneLoss && policy.zones > 1
      ? 'roundUpToMultiple(ceil(n × z / (z − 1)) + k, z)'
      : 'roundUpToMultiple(n + k, z)',
    inputs: [
      { name: 'n', value: base, unit },
      policyInput(ctx, i, 'nPlusK', 'k (N+k spares)', unit),
      policyInput(ctx, i, 'zones', 'z (zones)', 'zones'),
      policyInput(ctx, i, 'surviveZoneLoss', 'survive a zone loss', 'yes=1'),
    ],
    value: result,
    unit,
  };
}

/** The step every load-driven kind shares: units = ceil(load × (1 + buffer) / capacity per unit). */
export function unitsForLoadExplanation(label: string, load: number, capacity: number, base: number, unit: string, ctx: SizeContext, i: number): Explanation {
  return {
    label,
    formula: 'ceil(load × (1 + buffer) / capacity)',
    inputs: [
      { name: 'load', value: load, unit: 'rps' },
      policyInput(ctx, i, 'buffer', 'buffer', 'ratio'),
      { name: 'capacity', value: capacity, unit: 'rps' },
    ],
    value: base,
    unit,
  };
}

/** An autoscaled tier's bounds step: the need is raised to the minimum, and a need above the maximum is reported, not clamped. */
export function withinBoundsExplanation(
  label: string,
  need: number,
  min: { name: string; value: number },
  max: { name: string; value: number },
  required: number,
  unit: string,
): Explanation {
  return {
    label,
    formula: `max(need, ${min.name}); a need above ${max.name} is reported, not clamped`,
    inputs: [
      { name: 'need', value: need, unit },
      { name: min.name, value: min.value, unit },
      { name: max.name, value: max.value, unit },
    ],
    value: required,
    unit,
  };
}

/**
 * Demand over what `units` units of `perUnit` each can carry: 0 with no demand, and
 * Infinity for demand with no units (today's fleet of 0 under load is infinitely over).
 */
export function loadOnUnits(demand: number, units: number, perUnit = 1): number {
  return units > 0 ? demand / (units * perUnit) : demand > 0 ? Infinity : 0;
}

export function statusOf(required: number, requiredUnclamped: number, current: number, hardShort: boolean): SizingStatus {
  if (hardShort || required > current) return 'short';
  return requiredUnclamped >= TIGHT_THRESHOLD * current && requiredUnclamped > 0 ? 'tight' : 'ok';
}

/**
 * The numbers of one sizing at one slot, without its detail or explanation. Each kind's
 * `…Numbers` function writes them into an object the caller owns: the monthly loop passes
 * the same object for all 61 months of a node, so sizing 63,000 slots allocates nothing
 * (allocation, and the garbage collection it causes, was most of a recompute's time).
 * Kinds extend it with the intermediate values their detail and explanation show.
 */
export type SizeNumbers = Pick<NodeSizing, 'loadRps' | 'base' | 'required' | 'requiredUnclamped' | 'current' | 'status' | 'utilization' | 'monthlyCost'>;

/**
 * The object every kind's numbers function writes into. One class holding every kind's
 * intermediates (rather than one object shape per kind) gives V8 a single hidden class,
 * so the code reading the numbers back stays monomorphic; each function sees it through
 * its own kind's type.
 */
export class SizeScratch implements SizeNumbers {
  loadRps = 0;
  required = 0;
  requiredUnclamped = 0;
  current = 0;
  status: SizingStatus = 'ok';
  utilization = 0;
  monthlyCost = 0;
  /** Services, worker pools, load balancers, database replicas: the count before redundancy. */
  base = 0;
  capacity = 0;
  capacityAtFull = 0;
  reads = 0;
  writes = 0;
  primaryWriteUtilization = 0;
  clients = 0;
  connections = 0;
  memoryNodes = 0;
  opsNodes = 0;
  shards = 0;
  limit = 0;
  /** Limit-only kinds: the load with the buffer, what the limit must hold. */
  needed = 0;
  growthFactor = 1;
}

/**
 * One sizing result, for the event peak and for `monthly` when it is read. The UI reads a
 * handful of explanations, so the steps are not built here: the first read of
 * `explanation` re-runs the node's sizing with steps on (`ctx.resize`) and keeps them.
 * A class rather than an object literal with a getter: one shared getter on the
 * prototype instead of a closure per result.
 * `toJSON` includes the explanation, so JSON output (CLI, exports) carries the "why".
 */
export class Sizing implements NodeSizing {
  readonly loadRps: number;
  readonly base: number;
  readonly required: number;
  readonly requiredUnclamped: number;
  readonly current: number;
  readonly status: SizingStatus;
  readonly utilization: number;
  readonly monthlyCost: number;
  readonly detail: SizingDetail;
  #steps: Explanation[] | null;
  readonly #ctx: SizeContext;
  /** node index × slots + slot: one field instead of two keeps the results small. */
  readonly #at: number;

  constructor(n: SizeNumbers, detail: SizingDetail, steps: Explanation[] | null, ctx: SizeContext, i: number, slot: number) {
    this.loadRps = n.loadRps;
    this.base = n.base;
    this.required = n.required;
    this.requiredUnclamped = n.requiredUnclamped;
    this.current = n.current;
    this.status = n.status;
    this.utilization = n.utilization;
    this.monthlyCost = n.monthlyCost;
    this.detail = detail;
    this.#steps = steps;
    this.#ctx = ctx;
    this.#at = i * ctx.loads.slots + slot;
  }

  get explanation(): Explanation[] {
    if (this.#steps === null) {
      const ctx = this.#ctx;
      const i = Math.floor(this.#at / ctx.loads.slots);
      this.#steps = ctx.resize(ctx.plan.nodes[i]!, ctx, i, this.#at - i * ctx.loads.slots, true).explanation;
    }
    return this.#steps;
  }

  toJSON() {
    const { loadRps, base, required, requiredUnclamped, current, status, utilization, monthlyCost, detail, explanation } = this;
    return { loadRps, base, required, requiredUnclamped, current, status, utilization, monthlyCost, detail, explanation };
  }
}

/** Where a node's load comes from at a slot: the sources' growth, or the sum over its in-edges. */
export function explainLoad(ctx: SizeContext, i: number, slot: number): Explanation {
  const { plan, graph, loads } = ctx;
  const node = plan.nodes[i]!;
  const value = loads.load[i * loads.slots + slot]!;
  const unit = 'rps';
  const arriving = graph.inEdges[i]!.map((e) => {
    const s = graph.edgeSource[e]!;
    const src = plan.nodes[s]!;
    const edge = plan.edges[e]!;
    const srcLoad = loads.load[s * loads.slots + slot]!;
    const pass = passOnRatio(src);
    return { name: `from ${src.name} (${edge.callsPerRequest} calls/req${pass < 1 ? `, misses ${Math.round(pass * 1000) / 10}%` : ''})`, value: srcLoad * pass * edge.callsPerRequest, unit };
  });
  const entry = kindOf(node).entryTraffic(node);
  if (entry) {
    const g = loads.groupOfNode[i]!;
    const group = loads.groups[g];
    const factor = group ? group.factors[slot]! : 1;
    const inputs = [
      { name: 'baseline', value: entry.baselineRps, unit },
      { name: slot === ctx.eventSlot ? 'growth × surge' : 'growth factor', value: factor, unit: '×' },
      // A source can also be called by other nodes: that load adds to its own.
      ...arriving,
    ];
    const growth = group?.growth.method === 'linear' ? 'baseline × (1 + g·m)' : 'baseline × (1 + g)^m';
    const formula = `${slot === ctx.eventSlot ? `${growth} × surge` : growth}${arriving.length > 0 ? ' + Σ arriving' : ''}`;
    return { label: 'Load entering here', formula, inputs, value, unit };
  }
  const inputs = arriving;
  return { label: 'Load arriving', formula: 'Σ passOn(source) × callsPerRequest', inputs, value, unit };
}
