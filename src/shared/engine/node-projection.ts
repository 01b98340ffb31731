import type { NodeKind } from '../model';
import type { MonthArrays } from './month-arrays';
import type { SizeContext } from './sizing-common';
import type { AddStep, MonthlySeries, NodeProjection, NodeSizing, ProjectedNode, SizingStatus, SizingUnit } from './types';

/**
 * Every node's monthly numbers for one recompute, as flat typed arrays indexed
 * `node × slots + month` (slots as in `Loads`, the arrays `ctx.arrays`). The load is
 * `loads.load` and the required count `ctx.required`, which the engine fills anyway; cost
 * and status are kept here. Flat arrays instead of small arrays per node: a 1,000-node plan
 * used to allocate 4,000 arrays per recompute that all outlived it, and copying them
 * through the young generation was a large share of the time.
 */
export type MonthStore = Pick<MonthArrays, 'monthlyCost' | 'status' | 'planned'>;

export const STATUS: readonly SizingStatus[] = ['ok', 'tight', 'short'];
export const STATUS_CODE: Record<SizingStatus, number> = { ok: 0, tight: 1, short: 2 };

export type NodeProjectionFields = Omit<ProjectedNode, 'monthly' | 'series' | 'monthAt' | 'addBy'>;

/**
 * A node's projection whose `series` arrays, `addBy` steps and `monthly` objects are built
 * on first read: the series and the steps from the recompute's typed arrays (the same
 * numbers), the monthly objects by re-running the node's sizing (`ctx.resize`, the same
 * functions), one month at a time through `monthAt`. `toJSON` writes them all.
 */
export class LazyNodeProjection implements ProjectedNode {
  readonly nodeId: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly unit: SizingUnit;
  readonly current: number;
  readonly todayMonthlyCost: number;
  readonly atEvent: NodeSizing;
  readonly firstShortMonth: number | null;
  readonly eventStep: NodeProjection['eventStep'];
  readonly eventExtraCost: number;
  readonly onCycle: boolean;
  #monthly: NodeSizing[] | null = null;
  /** Months built one at a time by `monthAt` before (or instead of) the whole `monthly`. */
  #months: NodeSizing[] | null = null;
  #addBy: AddStep[] | null = null;
  #series: MonthlySeries | null = null;
  readonly #ctx: SizeContext;
  readonly #i: number;
  readonly #horizon: number;

  constructor(ctx: SizeContext, i: number, horizon: number, f: NodeProjectionFields) {
    this.#ctx = ctx;
    this.#i = i;
    this.#horizon = horizon;
    this.nodeId = f.nodeId;
    this.name = f.name;
    this.kind = f.kind;
    this.unit = f.unit;
    this.current = f.current;
    this.todayMonthlyCost = f.todayMonthlyCost;
    this.atEvent = f.atEvent;
    this.firstShortMonth = f.firstShortMonth;
    this.eventStep = f.eventStep;
    this.eventExtraCost = f.eventExtraCost;
    this.onCycle = f.onCycle;
  }

  get series(): MonthlySeries {
    this.#series ??= new LazySeries(this.#ctx, this.#i * this.#ctx.loads.slots, this.#horizon + 1);
    return this.#series;
  }

  get addBy(): AddStep[] {
    if (this.#addBy === null) {
      this.#ctx.own();
      this.#addBy = additionsFrom(this.#ctx.required, this.#i * this.#ctx.loads.slots, this.#horizon, this.current);
    }
    return this.#addBy;
  }

  get monthly(): NodeSizing[] {
    if (this.#monthly === null) {
      const out = new Array<NodeSizing>(this.#horizon + 1);
      for (let s = 0; s <= this.#horizon; s++) out[s] = this.monthAt(s);
      this.#monthly = out;
      this.#months = null;
    }
    return this.#monthly;
  }

  monthAt(month: number): NodeSizing {
    if (this.#monthly !== null) return this.#monthly[month]!;
    if (!Number.isInteger(month) || month < 0 || month > this.#horizon) throw new RangeError(`month ${month} is outside 0..${this.#horizon}`);
    this.#months ??= new Array<NodeSizing>(this.#horizon + 1);
    let sizing = this.#months[month];
    if (sizing === undefined) {
      const ctx = this.#ctx;
      sizing = ctx.resize(ctx.plan.nodes[this.#i]!, ctx, this.#i, month, false);
      this.#months[month] = sizing;
    }
    return sizing;
  }

  toJSON() {
    const { nodeId, name, kind, unit, current, todayMonthlyCost, monthly, atEvent, firstShortMonth, addBy, eventStep, eventExtraCost, onCycle, series } = this;
    return { nodeId, name, kind, unit, current, todayMonthlyCost, monthly, atEvent, firstShortMonth, addBy, eventStep, eventExtraCost, onCycle, series };
  }
}

/**
 * One month's addition (an `addBy` step), which is also that month's step of "what to add
 * when" (schedule.ts): `kind` is a getter on the prototype, so JSON and equality see the
 * four fields of an AddStep while the schedule reuses the object. The Capacity view reads
 * every row's schedule after each edit, and copying each step into a new object doubled
 * what reading it allocated (3.3 MB on the 1,000-node bench plan).
 */
export class MonthStep implements AddStep {
  constructor(
    readonly month: number,
    readonly add: number,
    readonly from: number,
    readonly to: number,
  ) {}

  get kind(): 'month' {
    return 'month';
  }
}

/**
 * What to add when over months 0..horizon of a row of a flat array (no copy of the row):
 * walking the months, each time the need rises above what is already in place (today's
 * count, then earlier additions) add the difference that month. Needs never shrink the
 * plan: scaling down is the autoscaler's business, not a purchase.
 */
export function additionsFrom(required: ArrayLike<number>, row: number, horizon: number, current: number): MonthStep[] {
  const steps: MonthStep[] = [];
  let have = current;
  for (let month = 0; month <= horizon; month++) {
    const need = required[row + month]!;
    if (need > have) {
      steps.push(new MonthStep(month, need - have, have, need));
      have = need;
    }
  }
  return steps;
}

/**
 * A node's `series`, each of its five arrays copied from the recompute's typed arrays on
 * first read: a chart reads one or two of them (the need, a source's load) for every node
 * on each recompute, and building all five was most of what reading the series cost.
 * `toJSON` writes all five, in the order the plain object had them.
 */
class LazySeries implements MonthlySeries {
  readonly #ctx: SizeContext;
  readonly #row: number;
  readonly #n: number;
  #loadRps: number[] | null = null;
  #required: number[] | null = null;
  #planned: number[] | null = null;
  #monthlyCost: number[] | null = null;
  #status: SizingStatus[] | null = null;

  constructor(ctx: SizeContext, row: number, n: number) {
    this.#ctx = ctx;
    this.#row = row;
    this.#n = n;
  }

  get loadRps(): number[] {
    this.#loadRps ??= rowOf(this.#own().load, this.#row, this.#n);
    return this.#loadRps;
  }

  get required(): number[] {
    this.#required ??= rowOf(this.#own().required, this.#row, this.#n);
    return this.#required;
  }

  get planned(): number[] {
    this.#planned ??= rowOf(this.#own().planned, this.#row, this.#n);
    return this.#planned;
  }

  get monthlyCost(): number[] {
    this.#monthlyCost ??= rowOf(this.#own().monthlyCost, this.#row, this.#n);
    return this.#monthlyCost;
  }

  get status(): SizingStatus[] {
    if (this.#status === null) {
      const codes = this.#own().status;
      const out = new Array<SizingStatus>(this.#n);
      for (let s = 0; s < this.#n; s++) out[s] = STATUS[codes[this.#row + s]!]!;
      this.#status = out;
    }
    return this.#status;
  }

  /** The recompute's arrays, its own again if a later recompute took them over (month-arrays.ts). */
  #own(): MonthArrays {
    this.#ctx.own();
    return this.#ctx.arrays;
  }

  toJSON(): MonthlySeries {
    const { loadRps, required, planned, monthlyCost, status } = this;
    return { loadRps, required, planned, monthlyCost, status };
  }
}

/** `n` numbers of a flat array from `row`, as a plain array. */
function rowOf(xs: Float64Array, row: number, n: number): number[] {
  const out = new Array<number>(n);
  for (let s = 0; s < n; s++) out[s] = xs[row + s]!;
  return out;
}
