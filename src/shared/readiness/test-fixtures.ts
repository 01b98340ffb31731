import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanInput } from '../model';
import { projectPlan } from '../engine/project';
import type { Finding, Projection } from '../engine/types';

/**
 * Plans for the readiness tests whose *engine* numbers are the examples
 * (global-conference seed), with the default headroom policy (buffer 20 %, N+1):
 * - web: 85,000 / 3 rps today, 3× at the event = 85,000 rps (stress target 102,000);
 * - checkout-svc: 735 rps per instance (490 at 40 %, target 60 %): ceil(102,000 / 735) + 1 =
 *   140 at the event, max 100, 40 today; 140 × 10 = 1,400 connections to orders-db;
 * - redis-main: 18,900 ops/s at the event, 2 nodes needed, 3 today;
 * - orders-db: 60,000 qps (48,000 reads) at the event: ceil(48,000 × 1.2 / 10,000) + 1 =
 *   7 replicas, 4 today; writes well within the primary.
 * Variants change the plan, never the projection: the engine computes every figure.
 */

export type ConferenceOptions = {
  /** Read capacity per replica of orders-db: 10,000 → 7 replicas, 7,500 → 9, 20,000 → 4, 30,000 → 3. */
  ordersReadCapacity?: number;
  /** measuredRps of checkout-svc: 490 → 140 instances at the event, 1,750 → 40 (no scale-up). */
  checkoutMeasuredRps?: number;
  /** Leave redis-main out (checkout calls orders-db directly). */
  withoutRedis?: boolean;
  /** Leave every node but web out. */
  onlyWeb?: boolean;
  /** checkout-svc's pool size (default 10: 1,400 connections; 100 → 14,000, above max_connections 5,000). */
  checkoutPoolSize?: number;
  /** orders-db's primary write capacity (default 50,000; 11,077 puts its 14,400 buffered writes at 130 %). */
  ordersWriteCapacity?: number;
};

const EVENT_RPS = 85_000;

export function conferenceInput(options: ConferenceOptions = {}): Pick<PlanInput, 'nodes' | 'edges'> {
  const nodes: PlanInput['nodes'] = [
    { id: 'web', kind: 'trafficSource', name: 'web', params: { baselineRps: EVENT_RPS / 3 } },
    { id: 'checkout', kind: 'service', name: 'checkout-svc', params: { instanceType: 'c7g.xlarge', measuredRps: options.checkoutMeasuredRps ?? 490, currentInstances: 40, maxInstances: 100, dbPoolSize: options.checkoutPoolSize ?? 10 } },
    { id: 'redis', kind: 'cache', name: 'redis-main', params: { instanceType: 'cache.r7g.large', currentNodes: 3 } },
    { id: 'orders', kind: 'database', name: 'orders-db', params: { instanceType: 'db.r7g.2xlarge', currentReplicas: 4, readCapacityPerReplica: options.ordersReadCapacity ?? 10_000, primaryWriteCapacity: options.ordersWriteCapacity ?? 50_000 } },
  ];
  // redis-main receives 18,900 ops/s and passes its 10 % misses on; checkout-svc sends the
  // rest of orders-db's 60,000 qps directly.
  const toRedis = 18_900 / EVENT_RPS;
  const direct = (60_000 - (options.withoutRedis ? 0 : 1_890)) / EVENT_RPS;
  const edges: PlanInput['edges'] = [
    { id: 'e1', source: 'web', target: 'checkout' },
    ...(options.withoutRedis ? [] : [{ id: 'e2', source: 'checkout', target: 'redis', callsPerRequest: toRedis }, { id: 'e3', source: 'redis', target: 'orders' }]),
    { id: 'e4', source: 'checkout', target: 'orders', callsPerRequest: direct },
  ];
  if (options.onlyWeb) return { nodes: nodes.slice(0, 1), edges: [] };
  return { nodes: options.withoutRedis ? nodes.filter((n) => n.id !== 'redis') : nodes, edges };
}

export function makePlan(overrides: Partial<PlanInput> = {}, event: Partial<PlanInput['event']> = {}, options: ConferenceOptions = {}): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'Global conference',
    startMonth: '2027-01',
    horizonMonths: 2,
    event: { name: 'Keynote', startDate: '2027-03-02', timeZone: 'UTC', durationDays: 2, surge: { mode: 'multiplier', value: 3 }, ...event },
    ...conferenceInput(options),
    ...overrides,
  });
}

/** The engine's projection of the conference plan (or a variant), with `extra` findings added (see withFindings). */
export function conferenceProjection(extra: readonly Finding[] = [], options: ConferenceOptions = {}): Projection {
  const projection = projectPlan(makePlan({}, {}, options));
  return extra.length > 0 ? withFindings(projection, extra) : projection;
}

/**
 * The engine's projection with extra findings the checklist must react to (a cycle, a
 * drain warning): every number is the engine's, only the findings list is added to.
 */
export function withFindings(projection: Projection, findings: readonly Finding[]): Projection {
  const all = [...projection.findings, ...findings];
  return {
    ...projection,
    findings: all,
    totals: {
      ...projection.totals,
      counts: {
        critical: all.filter((f) => f.severity === 'critical').length,
        warning: all.filter((f) => f.severity === 'warning').length,
        info: all.filter((f) => f.severity === 'info').length,
      },
    },
  };
}

/** The above-max finding the engine raises for checkout-svc (140 needed, max 100). */
export const aboveMaxFinding: Finding = {
  id: 'above-max:checkout',
  severity: 'critical',
  nodeId: 'checkout',
  rule: 'above-max',
  message: 'checkout-svc needs 140 instances at the event; its autoscaling max is 100',
};
