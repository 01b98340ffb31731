import type { Growth, HeadroomPolicy, NodeKind, NodeOfKind, PlanNode } from '../model';
import type { InstanceService } from '../model/instance-catalog';
import type { TrafficHistorySummary } from '../model/traffic-history';
import type { SizeContext, SizeNumbers, SizeScratch } from '../engine/sizing-common';
import type { MonthStore } from '../engine/node-projection';
import type { StageId } from '../engine/stages';
import type { DraftContext, ItemDraft } from '../readiness/draft';
import type { QuotaCheck } from '../engine/quotas';
import type { FindingRule, KindFindingRule, NodeProjection, NodeSizing, Severity, SizingUnit } from '../engine/types';

/** The plan's own [min, max] for a node's count: autoscaling bounds, the replica limit, or none. */
export interface Bounds {
  min: number;
  /** null: the kind has no upper bound in the plan. */
  max: number | null;
}

/** Today's count against an autoscaler's min and max, and how to name them ("an autoscaling min of 2"). */
export type AutoscalingBounds = { today: number; min: number; max: number; unit: string; bound: (b: 'min' | 'max', n: number) => string };

/** The plan's settings of an EC2 Auto Scaling group's target tracking (plan.ts AutoscalingSchema, shared by the kinds that have one). */
export type AsgSettings = NonNullable<Extract<PlanNode, { params: { autoscaling?: unknown } }>['params']['autoscaling']>;

/** How a kind's EC2 Auto Scaling group scales: the exported scaling policy and the ramp check read it. */
export type AsgScaling = {
  /** The plan's settings; absent fields take SCALING_DEFAULTS (engine/scaling-policy.ts). */
  settings: AsgSettings;
  /** Requests/s one unit carries at the target when the group tracks requests per instance rather than CPU; null = CPU. */
  requestsPerUnit(atEvent: NodeSizing): number | null;
};

/** A service quota held per node: its largest stage count against one of the plan's quotas (engine/quotas.ts). */
export type NodeQuota = Pick<QuotaCheck, 'kind' | 'label' | 'unit'> & {
  /** The plan.quotas field holding the limit. */
  key: 'replicasPerPrimary' | 'cacheNodesPerCluster';
  /** Its checks' ids are `<idPrefix>:<nodeId>`. */
  idPrefix: string;
};

/** The load entering at an entry point (a traffic source's params have these fields). */
export type EntryTraffic = {
  /** Today's peak requests/s entering here. */
  baselineRps: number;
  /** Its own growth; absent = the plan's. */
  growth?: Growth | undefined;
  /** The statistic of the imported history the baseline is ('p95', 'max'…). */
  baselineStatistic: string;
  /** Today's average requests/s, typed; absent = not known. */
  averageRps?: number | undefined;
  /** The imported history's summary kept in the plan (daily peaks, profile), if any. */
  historySummary?: TrafficHistorySummary | undefined;
};

/**
 * What the standard checklist (readiness/standard-items.ts) gathers of a kind: by a standard
 * item's key, the action of the kind's own items that item lists (a service's autoscaling-max
 * items under "Order additional capacity"), and whether "Pre-scale databases" names its nodes.
 */
export type StandardChecklist = {
  gathers: Partial<Record<'order-capacity' | 'increase-cache-capacity' | 'add-read-replicas' | 'prewarm-caches', string>>;
  prescaled: boolean;
};

/** A finding a kind raises about its node at the event peak, worded in its own folder. */
export type KindFinding = { rule: KindFindingRule; severity: Severity; message: string; suggestion: string };

/**
 * How a kind's count moves through the countdown's stages (engine/stages.ts):
 * - `autoscaled`: compute that scales itself; pre-warmed to an interim level at T-1 week and
 *   held at its stage count from then to the event's end;
 * - `early`: data tiers that cannot scale fast, at the event target from T-2 weeks;
 * - `early-at-t1w`: managed load balancers the provider pre-warms, at the target from T-1 week;
 * - `none`: kinds the engine does not size (their counts are 0).
 */
export type StagePace = 'autoscaled' | 'early' | 'early-at-t1w' | 'none';

/**
 * Everything the domain knows of one node kind, in one object: the rest of the code asks
 * this (through `kindOf` in ./index.ts) instead of switching on the kind's name.
 *
 * Methods, not function-typed properties: TypeScript checks method parameters
 * bivariantly, so each kind's definition can take its own node type and still sit in the
 * registry as a `KindDefinition<NodeKind>`. The registry pairs each definition with its
 * own kind, which is what makes that sound.
 */
export type KindDefinition<K extends NodeKind> = KindBehaviour<NodeOfKind<K>> & { kind: K };

/** A kind's behaviour over its node type `N` (see KindDefinition). */
export interface KindBehaviour<N extends PlanNode> {
  kind: NodeKind;
  /** The kind's name in the palette, on the card and in the inspector. */
  label: string;
  /** What its count counts; null for kinds the engine only checks against a limit. */
  unit: SizingUnit;
  /** What its load is measured in, in findings and the XLSX ("rps", "msg/s"). */
  loadUnit: string;
  /** What its max is called in a finding ("its autoscaling max"); unused for kinds without one. */
  maxLabel: string;
  /** Why a short count must be added ahead of the event, for a kind that does not autoscale. */
  addAheadReason: string;
  /** The findings only this kind raises, about the event peak (beside the general rules). */
  findings(node: N, projected: NodeProjection): KindFinding[];
  /** The rules `findings` raises, declared as KindFindingRules in the kind's folder (findings.ts ranks them). */
  findingRules: readonly KindFindingRule[];
  /** The tfvars attribute its instance type is written as (`instance_type`, `node_type`…); null = none. */
  typeAttribute: string | null;
  /** The instance catalog's services its type may come from, and how to name them; null = not checked. */
  instanceServices: { services: readonly InstanceService[]; what: string } | null;
  /**
   * The service quotas its count is held against: `vcpus`, the account's and its family's
   * vCPU quotas (the EC2 instances its stage count runs, `paidUnits`, × its type's vCPUs,
   * summed over such tiers); a per-node quota; null = none.
   */
  quota: 'vcpus' | NodeQuota | null;
  /**
   * What the chaos test takes out of it (readiness/load-tests.ts): one `unit` of its fleet
   * (node loss), or its `primary` (database failover); null = neither drill covers it.
   */
  chaosDrill: 'unit' | 'primary' | null;
  /** Today's count is a fleet one can scale down (the right-size finding applies); a function's is a quota. */
  rightSizes: boolean;
  /** Its EC2 Auto Scaling group's scaling (policy in the tfvars, launch pace for the ramp); null = it runs in none. */
  asgScaling(node: N): AsgScaling | null;
  /** Today's count and its autoscaling bounds, for the kinds that have both (hand-off checks). */
  autoscalingBounds(node: N): AutoscalingBounds | null;
  /** The checklist items only this kind needs (raise its max, ask for a quota, pre-provision…). */
  readiness(projected: NodeProjection, ctx: DraftContext): ItemDraft[];
  /**
   * Which findings on its node each of those items fixes, by the item's action
   * (`node:<id>:<action>`): the checklist's coverage reads it (readiness/finding-coverage.ts).
   */
  readinessFixes: Partial<Record<FindingRule, readonly string[]>>;
  /** What the standard checklist's items gather of it. */
  standardChecklist: StandardChecklist;
  /** Its Terraform variable object; null for kinds without one (sources, CDNs, queues, externals). */
  tfvars: KindTfvars<N> | null;
  /** Its rows and formulas in the XLSX report; null for kinds the report does not size. */
  xlsx: KindXlsx<N> | null;
  /** How its count moves through the countdown's stages. */
  stagePace: StagePace;
  /** The share of its load it passes downstream (a CDN's or a cache's misses). */
  passOn(node: N): number;
  /**
   * The numbers of one sizing into `out` (no allocation: the monthly loop reuses one
   * scratch object). The same code `size` runs, so the explanation and the numbers agree.
   */
  numbers(node: N, ctx: SizeContext, i: number, slot: number, out: SizeScratch): SizeNumbers;
  /**
   * `numbers` for months 0..horizon, each kept with `keepMonth` (engine/month-row.ts). A
   * loop of the kind's own, calling its own numbers function: one loop shared by every
   * kind called `def.numbers` through a call site that saw all the kinds (megamorphic, so
   * never inlined), once per node and month, about half of a recompute's sizing time.
   */
  fillMonths(node: N, ctx: SizeContext, i: number, horizon: number, out: SizeScratch, store: MonthStore): void;
  /** One sizing with its detail, and with `withSteps` its explanation steps. */
  size(node: N, ctx: SizeContext, i: number, slot: number, withSteps: boolean): NodeSizing;
  /** The plan's [min, max] for its count. */
  bounds(node: N): Bounds;
  /** The name a new node of this kind gets on the canvas (made unique there). */
  defaultName: string;
  /**
   * The units an hourly price is paid for when the node runs `count` of its own units: the
   * count itself for most kinds, one more for a database's primary, the node group's
   * nodes for a Kubernetes workload's pods.
   */
  paidUnits(node: N, count: number, policy: HeadroomPolicy): number;
  /** Priced by use (requests, GB-seconds) rather than by the hour: its months' cost is its sizing's `monthlyCost`. */
  costFromUsage: boolean;
  /** Database connections each unit holds open when it calls a database; null = not a client. */
  dbPoolSize(node: N): number | null;
  /** Messages waiting in it when the event starts, for the workers it feeds (a queue's backlog). */
  backlogAtStart(node: N): number;
  /** Its load is queries (a database's): a cold cache in front of it would send "DB load", in qps. */
  loadIsQueries: boolean;
  /** Sized after every other kind, since its sizing reads its clients' counts (a database's connections). */
  readsClientCounts: boolean;
  /** Load enters the system here (a traffic source): its load counts in the plan's entry traffic. */
  entryPoint: boolean;
  /** For an entry point, the load it brings today and where that figure comes from; null for every other kind. */
  entryTraffic(node: N): EntryTraffic | null;
  /**
   * The share of its calls marked `mixed` that are reads, for a kind whose load is split into
   * reads and writes (a database: replicas take reads, the primary writes; an edge into it
   * chooses read, write or mixed); null = not split.
   */
  readRatio(node: N): number | null;
}

/** A definition with its node type erased: what `kindOf` answers. */
export type AnyKindDefinition = KindBehaviour<PlanNode>;

/** Writes one Assumptions row and answers its absolute cell reference. */
export type AddInput = (scope: string, input: string, value: number | { formula: string; result: number }, unit: string, source: string) => string;

/**
 * A sized kind's part of the XLSX report: its typed inputs on the Assumptions sheet, and
 * spreadsheet versions of its sizing formulas over those cells. Each formula mirrors the
 * kind's sizing code; the LibreOffice integration test recomputes them against the engine.
 */
export interface KindXlsx<N extends PlanNode> {
  /** Assumptions rows of its inputs: refs named for the formulas (`current`, `min`, `max`, `hourlyCost`, …). */
  inputs(node: N, name: string, add: AddInput): Record<string, string>;
  /** What the load row says ("Load at event", "Reads at event") and the number it shows. */
  loadLabel: string;
  loadOf(sizing: NodeSizing): number;
  /** The Projection sheet's label for its monthly load row. */
  projectionLoadLabel: string;
  /** The target utilization it is sized against (the Capacity sheet's target column), or null when it has none. */
  target(node: N, refs: XlsxNodeRefs, policy: HeadroomPolicy): { ref: string; value: number } | null;
  /** Per-unit capacity as a formula over the refs, with the cached value and its unit. */
  capacity(node: N, sizing: NodeSizing, refs: XlsxRefs, policy: HeadroomPolicy): { formula: string; value: number; unit: string };
  /** The count that carries the load, over `load` (a cell). */
  base(r: XlsxRefs, load: string): string;
  /** Redundancy on top of `n` (a cell). */
  redundancy(r: XlsxRefs, n: string): string;
  /** A month's cost over the required count's cell `required`. */
  cost(r: XlsxRefs, required: string, load: string): string;
}

/** The cells a kind's formulas read: the headroom policy, the per-unit capacity, and the kind's own inputs. */
export type XlsxRefs = XlsxNodeRefs & { capacity: string };

/** A node's Assumptions cells: its headroom policy and its kind's own inputs (`current`, `min`, …). */
export type XlsxNodeRefs = { buffer: string; target: string; nPlusK: string; zones: string; survive: string } & Record<string, string | undefined>;

/** A value in a tfvars object. */
export type TfScalar = string | number | boolean;

/**
 * A kind's Terraform variable object: the attributes holding its count at each stage
 * (`min` ≤ `desired` ≤ `max`, validated in variables.tf), and any attributes and
 * validations of its own (a workload's node group, a function's provisioned concurrency).
 */
export interface KindTfvars<N extends PlanNode> {
  /** The string attribute its instance type is written as; null = none. */
  typeAttr: string | null;
  typeDescription: string;
  min: string | null;
  desired: string;
  max: string | null;
  unitLabel: string;
  /** The ASG schedule (aws_autoscaling_schedule) covers it. */
  scheduled: boolean;
  /** Its own attributes beyond the type and the count. */
  attributes: { name: string; type: 'string' | 'number' | 'bool'; description: string }[];
  /**
   * A stage's row of its own: the count attributes' values (the shared rule's) can be
   * replaced, and its own attributes added. `size` is the stage's placed count.
   */
  values(node: N, projected: NodeProjection, stage: StageId, size: { min: number; desired: number }, policy: HeadroomPolicy): Record<string, TfScalar>;
  /** Extra validation blocks over `v` (the variable, e.g. `var.checkout`). */
  validations(v: string, variableName: string): { condition: string; message: string }[];
}
