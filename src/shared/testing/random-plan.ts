import fc from 'fast-check';
import { z } from 'zod';
import { EventSchema, GrowthSchema, HeadroomPolicySchema, NodeSchema, PLAN_SCHEMA_VERSION, PlanSchema, type NodeKind, type Plan } from '../model';
import { scenariosArb } from './random-scenarios';

/**
 * Random *valid* plans, as a user could save them: drawn from the plan schema's own shape
 * (its JSON Schema: every field, its type, its bounds, its enum), each optional field
 * sometimes left out so the defaults apply, every node kind, random graphs with cycles,
 * self-loops and parallel edges (a read and a write edge from one client). Shared by the
 * engine's reference equivalence and the whole-pipeline properties; any helper's test may use it.
 *
 * Numbers lean towards what plans hold (small counts, the defaults, the bounds) and stay
 * below `caps` where the schema has no upper bound, so a run of 500 plans stays fast while
 * still reaching 0, 1, 2 and the schema's extremes.
 */

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: readonly (string | number)[];
  const?: string | number;
  pattern?: string;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
};

export interface RandomPlanOptions {
  /** Most nodes in a plan (at least 1). */
  maxNodes?: number;
  /** Longest horizon, months (schema: 120). */
  maxHorizon?: number;
}

const names = ['api', 'checkout svc', 'orders-db', 'say "hi"', '${x}', 'count', 'café 🛒', '=SUM(A1)', 'multi\nline', 'a'];
const instanceTypes = ['', 'm6i.large', 'c5.2xlarge', 't3.medium', 'db.r6g.xlarge', 'cache.r6g.large', 'x9.mega', 'x"y'];

/**
 * Quotas (plan.quotas): small limits so the stages often cross them, family keys the
 * instance types above fall in (and one no tier uses), a vCPU override for the type the
 * catalog lacks and one for a type it knows.
 */
const quotasArb = fc.record(
  {
    accountVcpus: fc.integer({ min: 0, max: 3000 }),
    familyVcpus: fc.dictionary(fc.constantFrom('m6i', 'c5', 't3', 'x9', 'r7g'), fc.integer({ min: 0, max: 2000 }), { maxKeys: 3 }),
    replicasPerPrimary: fc.integer({ min: 0, max: 20 }),
    cacheNodesPerCluster: fc.integer({ min: 0, max: 40 }),
    instanceVcpus: fc.dictionary(fc.constantFrom('x9.mega', 'm6i.large'), fc.integer({ min: 1, max: 64 }), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);
const zones = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Kiritimati'];

/** Upper ends for fields the schema leaves open (rates, capacities, costs). */
const caps: Record<string, number> = { default: 100_000, hourlyCost: 50, baselineRps: 1_000_000, callsPerRequest: 20, initialBacklog: 1_000_000 };

function toJson(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

function numberArb(name: string, s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lowInclusive = s.minimum !== undefined;
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum : -caps.default!);
  const cap = caps[name] ?? caps.default!;
  const hi = Math.min(s.maximum ?? lo + cap, lo + cap);
  const options: fc.Arbitrary<number>[] = [];
  if (typeof s.default === 'number') options.push(fc.constant(s.default));
  if (integer) {
    const from = Math.ceil(lowInclusive ? lo : lo + 1);
    options.push(fc.integer({ min: from, max: Math.max(from, Math.min(Math.floor(hi), from + 5)) }));
    options.push(fc.integer({ min: from, max: Math.max(from, Math.floor(hi)) }));
    if (s.maximum !== undefined && s.maximum <= 1_000_000) options.push(fc.constant(s.maximum));
  } else {
    const from = lowInclusive ? lo : lo + Math.min(1e-3, (hi - lo) / 10);
    options.push(fc.double({ min: from, max: hi, noNaN: true, noDefaultInfinity: true }));
    options.push(fc.integer({ min: Math.ceil(from), max: Math.max(Math.ceil(from), Math.floor(Math.min(hi, from + 10))) }));
    if (lowInclusive) options.push(fc.constant(lo));
    if (s.maximum !== undefined) options.push(fc.constant(s.maximum));
  }
  return fc.oneof(...options).filter((v) => v >= lo && (lowInclusive || v > lo) && (s.maximum === undefined || v <= s.maximum));
}

export { objectArb, toJson, type JsonSchema };

/** One value for a schema node; `name` picks the few fields with a special meaning. */
function valueArb(name: string, s: JsonSchema): fc.Arbitrary<unknown> | null {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  switch (s.type) {
    case 'number':
      return numberArb(name, s, false);
    case 'integer':
      return numberArb(name, s, true);
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (name === 'instanceType') return fc.constantFrom(...instanceTypes);
      if (name === 'timeZone') return fc.constantFrom(...zones);
      // Plan format 2's event start time: HH:MM, including midnight and late evening (18:30 Los Angeles is 01:30 UTC the next day).
      if (name === 'startTime') return fc.constantFrom('09:00', '00:00', '18:30', '23:59', '02:30');
      if (name === 'currency') return fc.constantFrom('USD', 'EUR', '€', 'JPY');
      // A field with a format of its own (a date, a clock time) gets strings of that format.
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
      return fc.constantFrom(...names);
    case 'object':
      return objectArb(s, new Set());
    default:
      return null;
  }
}

/** An object of the schema's properties: each required one present, each optional one sometimes left out. */
function objectArb(s: JsonSchema, skip: ReadonlySet<string>): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(s.required ?? []);
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  const optional: string[] = [];
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    if (skip.has(key)) continue;
    const arb = valueArb(key, prop);
    if (!arb) continue;
    parts[key] = arb;
    if (!required.has(key)) optional.push(key);
  }
  return fc.record(parts, { requiredKeys: [...required].filter((k) => k in parts) });
}

const paramSchemas: Record<NodeKind, JsonSchema> = (() => {
  const out = {} as Record<NodeKind, JsonSchema>;
  for (const option of NodeSchema.options) {
    const kind = option.shape.kind.value;
    // params is `prefault({})`: its JSON Schema is the params object itself.
    out[kind] = toJson(option.shape.params);
  }
  return out;
})();

const headroomPartial = toJson(HeadroomPolicySchema.partial());
const growthJson = toJson(GrowthSchema);
const eventJson = toJson(EventSchema);
const edgeJson = toJson(PlanSchema.shape.edges.element);

function kindArb(): fc.Arbitrary<NodeKind> {
  return fc.constantFrom(...(Object.keys(paramSchemas) as NodeKind[]));
}

/** A kind's params with each field sometimes left out: a node's own, or a scenario's override of them. */
function paramsArb(kind: NodeKind): fc.Arbitrary<Record<string, unknown>> {
  return objectArb(paramSchemas[kind], new Set(['historySummary', 'baselineStatistic', 'baselineWindowDays']));
}

function nodeArb(id: string, kind: NodeKind): fc.Arbitrary<Record<string, unknown>> {
  const params = paramsArb(kind);
  return fc.record(
    {
      id: fc.constant(id),
      kind: fc.constant(kind),
      name: fc.constantFrom(...names).map((n) => `${n} ${id}`),
      params,
      headroom: objectArb(headroomPartial, new Set()),
      growth: kind === 'trafficSource' ? objectArb(growthJson, new Set(['source'])) : fc.constant(undefined),
      // Stored variable names (format 3): usable ones, one Terraform reserves, and repeats
      // across nodes (a hand-edited file); absent ones are derived when the plan is opened.
      tfvars: fc.option(fc.record({ variableName: fc.constantFrom('count', 'my_api', 'svc-1', 'orders_pg', '_Edge-2', `n_${id}`) }, { requiredKeys: [] }), { nil: undefined }),
    },
    { requiredKeys: ['id', 'kind', 'name'] },
  ).map(({ growth, params, ...rest }) => ({ ...rest, ...(params ? { params: growth ? { ...params, growth } : params } : {}) }));
}

function dateArb(startMonth: string, horizon: number): fc.Arbitrary<string> {
  const [y, m] = startMonth.split('-').map(Number) as [number, number];
  // From 2 months before the start to 2 months past the horizon: both findings included.
  return fc.tuple(fc.integer({ min: -2, max: horizon + 2 }), fc.integer({ min: 1, max: 28 })).map(([dm, day]) => {
    const total = y * 12 + (m - 1) + dm;
    const yy = Math.floor(total / 12);
    const mm = (total % 12) + 1;
    return `${yy}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

/** Plan input (defaults left out); parse it with PlanSchema to get the Plan the app holds. */
export function planInputArb(options: RandomPlanOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const maxNodes = Math.max(1, options.maxNodes ?? 8);
  const maxHorizon = Math.min(120, options.maxHorizon ?? 36);
  return fc
    .record({
      kinds: fc.array(kindArb(), { minLength: 1, maxLength: maxNodes }),
      sources: fc.integer({ min: 0, max: 2 }),
      startMonth: fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      horizon: fc.option(fc.integer({ min: 1, max: maxHorizon }), { nil: undefined }),
    })
    .chain(({ kinds, sources, startMonth, horizon }) => {
      const allKinds: NodeKind[] = [...Array.from({ length: sources }, () => 'trafficSource' as const), ...kinds];
      const ids = allKinds.map((_, k) => `n${k}`);
      const edgeCount = allKinds.length * 2;
      return fc.record(
        {
          name: fc.constantFrom(...names),
          startMonth: fc.constant(startMonth),
          horizonMonths: fc.constant(horizon),
          currency: fc.constantFrom('USD', 'EUR'),
          growth: objectArb(growthJson, new Set(['source'])),
          headroom: objectArb(headroomPartial, new Set()),
          event: objectArb(eventJson, new Set(['startDate'])).chain((e) => dateArb(startMonth, horizon ?? 24).map((startDate) => ({ ...e, startDate }))),
          nodes: fc.tuple(...allKinds.map((kind, k) => nodeArb(ids[k]!, kind))),
          edges: fc.array(
            fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), objectArb(edgeJson, new Set(['id', 'source', 'target']))),
            { maxLength: edgeCount },
          ),
          quotas: quotasArb,
          scenarios: scenariosArb(ids.map((id, k) => ({ id, params: paramsArb(allKinds[k]!) }))),
        },
        { requiredKeys: ['name', 'startMonth', 'event', 'nodes', 'edges'] },
      );
    })
    .map((r) => {
      const { horizonMonths, edges, nodes, scenarios, ...rest } = r;
      return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        ...rest,
        ...(scenarios ?? {}),
        ...(horizonMonths !== undefined ? { horizonMonths } : {}),
        nodes,
        edges: edges.map(([source, target, e], k) => ({ ...e, id: `e${k}`, source, target })),
      };
    });
}

/** Random valid plans, parsed (defaults filled in) exactly as the app would load them. */
export function planArb(options: RandomPlanOptions = {}): fc.Arbitrary<Plan> {
  return planInputArb(options).map((input) => PlanSchema.parse(input));
}
