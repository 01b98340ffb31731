import type { QuotaReport } from './quotas';
import type { NodeKind } from '../model';
import type { kinds } from '../kinds';

/**
 * The engine's results: what the canvas, the capacity table, the readiness checklist,
 * the XLSX and tfvars exports and the CLI all read. Every number a user sees comes with
 * an `Explanation` (inputs → formula → value) so the app can show *why*.
 *
 * Month indices: 0 = `plan.startMonth` (today's traffic), up to `plan.horizonMonths`
 * inclusive, so `months.length === horizonMonths + 1`.
 */

/** One step of a calculation, as shown in the "why?" panel. */
export type Explanation = {
  label: string;
  /** The formula in words and symbols, e.g. "ceil(load × (1 + buffer) / capacity)". */
  formula: string;
  inputs: { name: string; value: number; unit: string }[];
  value: number;
  unit: string;
};

export type Severity = 'critical' | 'warning' | 'info';

export type Finding = {
  /** Stable across recomputes: `${rule}:${nodeId}` (or the rule alone for plan-wide ones). */
  id: string;
  severity: Severity;
  nodeId: string | null;
  rule: FindingRule;
  /** Names the node and its numbers, e.g. "checkout-svc needs 126 instances at the event; its autoscaling max is 100". */
  message: string;
  suggestion?: string;
  /** Month index the finding is about (the event's month for event findings), when it has one. */
  month?: number;
  /** True when the finding is about the event peak rather than a normal month. */
  atEvent?: boolean;
};

/** The rules the engine checks across kinds (findings.ts, hand-off, quotas, scenarios). */
export type GeneralFindingRule =
  | 'cycle'
  | 'event-before-start'
  | 'event-beyond-horizon'
  | 'above-max'
  | 'short-at-event'
  | 'short-in-month'
  | 'db-connections'
  | 'db-primary-writes'
  | 'db-no-replicas'
  | 'cdn-limit'
  | 'queue-limit'
  | 'external-rate-limit'
  | 'worker-drain'
  | 'ramp-too-slow'
  | 'quota-exceeded'
  | 'quota-at-max'
  | 'quota-vcpus-unknown'
  | 'right-size'
  | 'no-traffic'
  | 'instance-type-missing'
  | 'instance-type-unknown'
  | 'below-autoscaling-min'
  | 'min-above-max'
  | 'on-cycle'
  /** A scenario's override that no longer applies (its node deleted, a parameter its kind lacks): scenarios/project-scenario.ts. */
  | 'scenario-override-stale';

/**
 * The rules only one kind raises (its definition's `findings`), as keys: each kind declares
 * its own in its folder by merging into this interface (`declare module '../../engine/types'`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the kinds' declaration merging
export interface KindFindingRules {}
export type KindFindingRule = keyof KindFindingRules;

export type FindingRule = GeneralFindingRule | KindFindingRule;

/**
 * The units node kinds are sized in, as keys. A kind with a unit of its own declares it in
 * its folder by merging into this interface (`declare module '../../engine/types'`).
 */
export interface SizingUnits {
  instances: true;
  replicas: true;
  nodes: true;
  workers: true;
  units: true;
}

/** The unit a node kind is sized in; null for kinds the engine only checks (sources, CDN, queue, external). */
export type SizingUnit = keyof SizingUnits | null;

/**
 * - `short`: today's capacity (`current`) is below `required`, or a hard limit is crossed
 *   (primary write capacity, max_connections, a provider's rate limit).
 * - `tight`: not short, but the raw need (`requiredUnclamped`) is ≥ 90 % of `current`.
 * - `ok`: otherwise.
 */
export type SizingStatus = 'ok' | 'tight' | 'short';

/**
 * The kinds checked against a limit only, as keys: each declares itself in its folder by
 * merging into this interface (`declare module '../../engine/types'`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the kinds' declaration merging
export interface LimitedKinds {}
export type LimitedKind = keyof LimitedKinds;

/**
 * A limit-only kind's detail (kinds/limited.ts): `limit` 0 means none is known. `needed` is
 * the load with the node's buffer: a provider's limit must hold the same margin a sized tier gets.
 */
export type LimitDetail = { kind: LimitedKind; limit: number; buffer: number; needed: number };

/**
 * Each kind's sizing detail, by kind: a kind adds its own from its folder by merging into
 * this interface (`declare module '../../engine/types'`); the limit-only kinds share one.
 */
export interface SizingDetails {
  limited: LimitDetail;
}

export type SizingDetail = SizingDetails[keyof SizingDetails];

/**
 * The kind registry's type. Kinds merge their detail, unit and rules into the interfaces
 * here from their folders; naming the registry keeps those files in every program that
 * reads these types (the registry's declaration refers to each kind's types.ts).
 */
export type KindRegistry = typeof kinds;

/** A node's sizing at one month (or at the event peak). */
export type NodeSizing = {
  /** Requests (or operations, or messages) per second arriving at the node. */
  loadRps: number;
  /**
   * The count that carries the load, before redundancy and the minimum: instances, units,
   * workers or read replicas for the load; a cache's shards (max of memory and ops); 0 for
   * kinds the engine does not size. The XLSX "Base need" column shows it.
   */
  base: number;
  /** What to run: the need after N+k, zones and the autoscaling minimum. Never lowered to a max. */
  required: number;
  /** The need before the minimum is applied (still with buffer, N+k and zones). */
  requiredUnclamped: number;
  /** Today's count (the plan's current instances / replicas / nodes / workers / units). */
  current: number;
  status: SizingStatus;
  /**
   * Load on today's capacity, against its 100 % capacity: for a service the projected CPU
   * (load / (current × measuredRps / measuredUtilization)); for a database the busier of
   * reads on the replicas and writes on the primary; for a limit-only kind load / limit
   * (0 when there is no limit). Infinity when there is load and no capacity.
   */
  utilization: number;
  /** Monthly cost of `required` units (hourly cost × units × 730 h); 0 when not priced. */
  monthlyCost: number;
  detail: SizingDetail;
  /** Steps from inputs to `required` (built on first read: cheap to skip). */
  readonly explanation: Explanation[];
};

export type MonthlySeries = {
  loadRps: number[];
  required: number[];
  /** The plan's fleet each month: today's count raised by each `addBy` step, never lowered. */
  planned: number[];
  /** Cost of `required` that month (hourly cost × units × 730 h; a database adds its primary). */
  monthlyCost: number[];
  status: SizingStatus[];
};

/** What projectPlan returns per node (`series` is required on NodeProjection too). */
export type ProjectedNode = NodeProjection;

export type AddStep = { month: number; add: number; from: number; to: number };

export type NodeProjection = {
  nodeId: string;
  name: string;
  kind: NodeKind;
  unit: SizingUnit;
  current: number;
  /** What today's fleet costs a month: hourly cost × current units × 730 h (a database adds its primary). */
  todayMonthlyCost: number;
  /** One per month, index = month (built on first read; `series` holds the numbers). */
  readonly monthly: NodeSizing[];
  /**
   * One month's sizing (0 ≤ month ≤ horizon), the same object as `monthly[month]`, built
   * on first read without the other months: a view showing one month of every node (the
   * Capacity view) would otherwise size every month of every node.
   */
  monthAt(month: number): NodeSizing;
  /** The monthly numbers as plain arrays, for charts and tables that need no explanation. */
  readonly series: MonthlySeries;
  atEvent: NodeSizing;
  /** First month whose status is `short`, or null. */
  firstShortMonth: number | null;
  /** Each month the need rises above what is already planned: add this many then (built on first read). */
  readonly addBy: AddStep[];
  /**
   * The pre-scale for the event: from the plan's fleet in the event month (`series.planned`,
   * today's count plus the additions up to then) to the event peak's need. `normalNeed` is
   * the event month's need without the surge, for reference.
   */
  eventStep: { month: number; normalNeed: number; from: number; to: number; add: number };
  /**
   * The event's extra cost: the stage fleets (T-2w, T-1w, T-1d and the event days, as the
   * tfvars stage files set them) above the normal plan of the event month, over the hours
   * each runs, at the hourly cost. See docs/formulas.md.
   */
  eventExtraCost: number;
  /** True when the node sits on or after a cycle: its load is incomplete. */
  onCycle: boolean;
};

export type Projection = {
  /** 'YYYY-MM' labels from plan.startMonth; index 0 = today. */
  months: string[];
  /** Month index of the event's first day (may be < 0 or > horizon; see findings). */
  eventMonthIndex: number;
  /** The event's surge as a multiplier (3 for "3× normal", 4 for "a 300 % increase"). */
  surgeMultiplier: number;
  surgeLabel: string;
  nodes: NodeProjection[];
  byId: Record<string, NodeProjection>;
  findings: Finding[];
  /** The plan's quotas against the countdown's stages (empty when the plan sets none). */
  quotas: QuotaReport;
  /** Names of the nodes on a cycle, in order, or null when the graph is acyclic. */
  cycle: string[] | null;
  totals: {
    /** The plan's cost per month: Σ over sized nodes of the planned fleet (`series.planned`) × hourly cost × 730 h. */
    monthlyCost: number[];
    /** What the fleet running today costs a month: Σ of the nodes' `todayMonthlyCost`. */
    todayMonthlyCost: number;
    /** Σ of every node's `eventExtraCost`: the pre-scaled fleet over the pre-scale window and the event days, minus the normal plan. */
    eventCost: number;
    /** Units to add before the event (Σ max(0, required − current) at the event peak), one entry per unit: never summed across units. */
    toAddAtEvent: { unit: NonNullable<SizingUnit>; add: number }[];
    currency: string;
    /** Σ of the traffic sources' load per month, and at the event. */
    entryRps: number[];
    entryRpsAtEvent: number;
    counts: { critical: number; warning: number; info: number };
  };
};
