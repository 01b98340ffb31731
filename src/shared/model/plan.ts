import { z } from 'zod';
import { BASE_SCENARIO, ScenarioSchema } from './scenario';
import { count, finite, GrowthSchema, nonNegative, positive, utilization } from './schema-parts';
// The params-only registry: the kinds' params schemas without their behaviour, which
// imports the model (importing ../kinds here would be a cycle).
import { kindParams, type KindParams } from '../kinds/params';

/**
 * The plan document: what an architect saves, shares as `*.headroom.json`, and what the
 * engine reads. One schema, used by main (validation at the seam and on disk), the
 * renderer (editing) and the CLI. Bump PLAN_SCHEMA_VERSION and add a step to
 * `migrate-plan.ts` for every breaking change.
 */
export const PLAN_SCHEMA_VERSION = 4;

/** Every node kind, in the params registry's order (the palette's, and the schema's). */
export const nodeKinds = Object.keys(kindParams) as readonly (keyof KindParams)[];
export const NodeKindSchema = z.enum(nodeKinds);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export const PositionSchema = z.object({ x: finite, y: finite });

export const SurgeSchema = z.object({
  /** "3× normal" is multiplier 3; "a 300 % increase" is percentIncrease 300 (= multiplier 4). */
  mode: z.enum(['multiplier', 'percentIncrease']).default('multiplier'),
  value: nonNegative.default(1),
});
export type Surge = z.infer<typeof SurgeSchema>;

/** The event's local start time when a plan does not say (every format-1 plan). */
export const DEFAULT_EVENT_START_TIME = '09:00';

export const EventSchema = z.object({
  name: z.string().max(200).default('Event'),
  /** Local date of the first event day, YYYY-MM-DD. */
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  /** Local wall-clock time the event starts, HH:MM (24 h) in `timeZone`. Format 2. */
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM (24 h), e.g. 09:00 or 18:30')
    .default(DEFAULT_EVENT_START_TIME),
  /** IANA time zone the event (and its countdown) runs in. */
  timeZone: z.string().min(1).max(64).default('UTC'),
  durationDays: z.number().int().min(1).max(366).default(1),
  surge: SurgeSchema.default({ mode: 'multiplier', value: 1 }),
});
export type PlanEvent = z.infer<typeof EventSchema>;

/** A latency objective: `percentile` of requests answered within `thresholdMs`, e.g. p99 < 150 ms. */
export const LatencyObjectiveSchema = z.object({
  percentile: finite.gt(0).lt(100),
  thresholdMs: positive.max(3_600_000),
});
export type LatencyObjective = z.infer<typeof LatencyObjectiveSchema>;

export const DEFAULT_SLO_AVAILABILITY = 0.999;
export const DEFAULT_SLO_WINDOW_DAYS = 30;

/** The service level objective the error budget and the load tests' pass criteria come from. Format 2. */
export const SloSchema = z.object({
  /** Share of requests (or minutes) that must succeed: 0.999 = 99.9 %. */
  availability: finite.gt(0, 'an availability target is above 0').lt(1, 'an availability target is below 100% (100% allows no failure at all)').default(DEFAULT_SLO_AVAILABILITY),
  /** The window the availability is measured over, in days. */
  windowDays: z.number().int().min(1).max(366).default(DEFAULT_SLO_WINDOW_DAYS),
  /** Latency objectives, quoted by the load tests' pass criteria. */
  latency: z.array(LatencyObjectiveSchema).max(10).default([]),
});
export type Slo = z.infer<typeof SloSchema>;

/** How the readiness checklist is scheduled. Format 2. */
export const ReadinessSettingsSchema = z.object({
  /** Tests (baseline, stress, chaos, dress rehearsal) may fall on a Saturday or Sunday. */
  testsOnWeekends: z.boolean().default(false),
  /**
   * How long before the start minute a pre-scaled fleet must be at its event size: the
   * time instances (or replicas) take to launch, pass health checks and warm up.
   */
  prescaleLeadMinutes: z.number().int().min(0).max(7 * 24 * 60).default(120),
});
export type ReadinessSettings = z.infer<typeof ReadinessSettingsSchema>;

export const HeadroomPolicySchema = z.object({
  /** Utilization each instance should run at, at peak (0.6 = 60 %). */
  targetUtilization: utilization.default(0.6),
  /** Extra capacity for the unexpected, on top of the peak (0.5 = 50 %). */
  buffer: finite.min(0).max(10).default(0.2),
  /** N+k redundancy: k spare units per tier. */
  nPlusK: count.max(100).default(1),
  zones: z.number().int().min(1).max(12).default(1),
  /** Size so that losing one zone still leaves the need. */
  surviveZoneLoss: z.boolean().default(false),
});
export type HeadroomPolicy = z.infer<typeof HeadroomPolicySchema>;

export { GrowthSchema, PricingSchema, type Growth, type Pricing } from './schema-parts';

export const TfvarsOverrideSchema = z.object({
  /**
   * The node's Terraform variable name (format 3): fixed when the node is created and kept
   * through renames, so the infra module's wiring never breaks; changed only in the Export
   * view. Sized kinds only. A document without one gets one derived from the node name
   * when it is opened (model/terraform-names.ts).
   */
  variableName: z.string().max(100).optional(),
  /** Extra attributes copied into the node's object (strings, numbers, booleans). */
  extra: z.record(z.string().max(100), z.union([z.string().max(10_000), finite, z.boolean()])).default({}),
});

const nodeBase = {
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, 'a node needs a name').max(200),
  position: PositionSchema.default({ x: 0, y: 0 }),
  notes: z.string().max(10_000).default(''),
  tfvars: TfvarsOverrideSchema.optional(),
  /** Headroom policy override for this node only. */
  headroom: HeadroomPolicySchema.partial().optional(),
};

function nodeOf<K extends NodeKind, P extends z.ZodObject>(kind: K, params: P) {
  // prefault: a missing params object is parsed as {}, so every field gets its default.
  return z.object({ ...nodeBase, kind: z.literal(kind), params: params.prefault({} as z.input<P>) });
}

/** One node schema per kind: its params schema (from its folder, through ./kinds/params.ts) under `params`. */
type NodeSchemaOf<K extends NodeKind> = ReturnType<typeof nodeOf<K, KindParams[K]>>;
type AnyNodeSchema = { [K in NodeKind]: NodeSchemaOf<K> }[NodeKind];

export const NodeSchema = z.discriminatedUnion(
  'kind',
  nodeKinds.map((kind) => nodeOf(kind, kindParams[kind])) as [AnyNodeSchema, ...AnyNodeSchema[]],
);
export type PlanNode = z.infer<typeof NodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<PlanNode, { kind: K }>;

export const EdgeSchema = z.object({
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(100),
  target: z.string().min(1).max(100),
  /** Each request served by source makes this many calls to target. */
  callsPerRequest: finite.min(0).max(10_000).default(1),
  /** For edges into a database: whether these calls are reads, writes, or the DB's readRatio mix. */
  access: z.enum(['mixed', 'read', 'write']).default('mixed'),
});
export type PlanEdge = z.infer<typeof EdgeSchema>;

/**
 * A record keyed by AWS instance family or type, lower case as AWS spells them. The keys are
 * checked here rather than by a key schema so a bad key gets a message that says what is
 * expected (zod's own is "Invalid key in record"); zod drops a `__proto__` key itself.
 */
function byAwsName<V extends z.ZodType>(value: V) {
  return z.record(z.string().max(64), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!/^[a-z0-9][a-z0-9.-]*$/.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not an AWS instance family or type in lower case, e.g. c6i or c6i.2xlarge` });
      }
    }
  });
}
const quotaCount = z.number().int().min(0).max(100_000_000);

/**
 * The account's service quotas the event must fit in (format 2, optional: absent = not
 * checked). vCPU quotas count EC2 instances (services and worker pools) at each stage of
 * the countdown, vCPUs per type from the instance catalog (model/instance-catalog.ts) or
 * `instanceVcpus` for a type it lacks.
 */
export const QuotasSchema = z.object({
  /** Running on-demand vCPUs the account allows in the region, over every EC2 tier. */
  accountVcpus: quotaCount.optional(),
  /** Running vCPUs per instance family (`c6i`, `m7g`), over every EC2 tier of the family. */
  familyVcpus: byAwsName(quotaCount).optional(),
  /** Read replicas one primary database may have (RDS: 15). */
  replicasPerPrimary: quotaCount.optional(),
  /** Nodes one cache cluster may have, shards × (1 + replicas) (ElastiCache: 500). */
  cacheNodesPerCluster: quotaCount.optional(),
  /** vCPUs of one instance of a type, for a type the catalog does not know (or to correct it). */
  instanceVcpus: byAwsName(z.number().int().min(1).max(100_000)).optional(),
});
export type Quotas = z.infer<typeof QuotasSchema>;

export const PlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  name: z.string().trim().min(1, 'a plan needs a name').max(200),
  description: z.string().max(10_000).default(''),
  /** First month of the projection, YYYY-MM (month 0 = today's traffic). */
  startMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM'),
  horizonMonths: z.number().int().min(1).max(120).default(24),
  currency: z.string().max(8).default('USD'),
  growth: GrowthSchema.default({ method: 'compound', monthlyRate: 0, source: 'typed' }),
  event: EventSchema,
  headroom: HeadroomPolicySchema.default({
    targetUtilization: 0.6,
    buffer: 0.2,
    nPlusK: 1,
    zones: 1,
    surviveZoneLoss: false,
  }),
  slo: SloSchema.default({ availability: DEFAULT_SLO_AVAILABILITY, windowDays: DEFAULT_SLO_WINDOW_DAYS, latency: [] }),
  readiness: ReadinessSettingsSchema.default({ testsOnWeekends: false, prescaleLeadMinutes: 120 }),
  /** Service quotas the event must fit in; absent = not checked. */
  quotas: QuotasSchema.optional(),
  nodes: z.array(NodeSchema).max(20_000),
  edges: z.array(EdgeSchema).max(50_000),
  /** Named sets of overrides on the assumptions above (format 4); see model/scenario.ts. */
  scenarios: z.array(ScenarioSchema).max(50).default([]),
  /** The scenario the app shows and exports: BASE_SCENARIO or one of `scenarios` by name. */
  activeScenario: z.string().trim().min(1).max(100).default(BASE_SCENARIO),
});
export type Plan = z.infer<typeof PlanSchema>;
/** What a caller may write: defaults filled in on parse. */
export type PlanInput = z.input<typeof PlanSchema>;
