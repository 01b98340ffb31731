import type { NodeKind } from '../model';
import type { SizeContext } from './sizing-common';
import type { AddStep, MonthlySeries, NodeProjection, NodeSizing, ProjectedNode, SizingStatus, SizingUnit } from './types';

/**
 * Every node's monthly numbers for one recompute, as flat typed arrays indexed
 * `node × slots + month` (slots as in `Loads`). The load is `loads.load` and the required
 * count `ctx.required`, which the engine fills anyway; cost and status are kept here.
 * Four flat arrays instead of four small arrays per node: a 1,000-node plan used to
 * allocate 4,000 arrays per recompute that all outlived it, and copying them through the
 * young generation was a large share of the time.
 */
export type MonthStore = {
  monthlyCost: Float64Array;
  /** STATUS index: 0 ok, 1 tight, 2 short. */
  status: Uint8Array;
  /** The plan's fleet each month: today's count raised by `addBy`, never lowered. */
  planned: Float64Array;
};

export const STATUS: readonly SizingStatus[] = ['ok', 'tight', 'short'];
export const STATUS_CODE: Record<SizingStatus, number> = { ok: 0, tight: 1, short: 2 };

export type NodeProjectionFields = Omit<ProjectedNode, 'monthly' | 'series'>;

/**
 * A node's projection whose `series` arrays and `monthly` objects are built on first read:
 * the series from the recompute's typed arrays (the same numbers), the monthly objects by
 * re-running the node's sizing (`ctx.resize`, the same functions). `toJSON` writes both.
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
  readonly addBy: AddStep[];
  readonly eventStep: NodeProjection['eventStep'];
  readonly eventExtraCost: number;
  readonly onCycle: boolean;
  #monthly: NodeSizing[] | null = null;
  #series: MonthlySeries | null = null;
  readonly #ctx: SizeContext;
  readonly #store: MonthStore;
  readonly #i: number;
  readonly #horizon: number;

  constructor(ctx: SizeContext, store: MonthStore, i: number, horizon: number, f: NodeProjectionFields) {
    this.#ctx = ctx;
    this.#store = store;
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
    this.addBy = f.addBy;
    this.eventStep = f.eventStep;
    this.eventExtraCost = f.eventExtraCost;
    this.onCycle = f.onCycle;
  }

  get series(): MonthlySeries {
    if (this.#series === null) {
      const n = this.#horizon + 1;
      const row = this.#i * this.#ctx.loads.slots;
      const load = this.#ctx.loads.load;
      const required = this.#ctx.required;
      const { monthlyCost, status, planned } = this.#store;
      const series: MonthlySeries = {
        loadRps: new Array<number>(n), required: new Array<number>(n), planned: new Array<number>(n), monthlyCost: new Array<number>(n), status: new Array<SizingStatus>(n),
      };
      for (let s = 0; s < n; s++) {
        series.loadRps[s] = load[row + s]!;
        series.required[s] = required[row + s]!;
        series.planned[s] = planned[row + s]!;
        series.monthlyCost[s] = monthlyCost[row + s]!;
        series.status[s] = STATUS[status[row + s]!]!;
      }
      this.#series = series;
    }
    return this.#series;
  }

  get monthly(): NodeSizing[] {
    if (this.#monthly === null) {
      const ctx = this.#ctx;
      const node = ctx.plan.nodes[this.#i]!;
      const out = new Array<NodeSizing>(this.#horizon + 1);
      for (let s = 0; s <= this.#horizon; s++) out[s] = ctx.resize(node, ctx, this.#i, s, false);
      this.#monthly = out;
    }
    return this.#monthly;
  }

  toJSON() {
    const { nodeId, name, kind, unit, current, todayMonthlyCost, monthly, atEvent, firstShortMonth, addBy, eventStep, eventExtraCost, onCycle, series } = this;
    return { nodeId, name, kind, unit, current, todayMonthlyCost, monthly, atEvent, firstShortMonth, addBy, eventStep, eventExtraCost, onCycle, series };
  }
}
