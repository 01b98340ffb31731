import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanInput } from '../model';
import type { Finding, NodeProjection, NodeSizing, Projection, SizingDetail } from '../engine/types';

/**
 * Hand-made plans and projections for the readiness tests, so they pin the checklist's
 * behaviour and not the engine's arithmetic. Numbers follow the examples
 * (global-conference seed): orders-db 4 → 7 replicas, checkout-svc max 100 → 140,
 * redis-main with 18,900 ops/s, 85,000 rps at the event.
 */

export function makePlan(overrides: Partial<PlanInput> = {}, event: Partial<PlanInput['event']> = {}): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'Global conference',
    startMonth: '2027-01',
    event: { name: 'Keynote', startDate: '2027-03-02', timeZone: 'UTC', durationDays: 2, surge: { mode: 'multiplier', value: 3 }, ...event },
    nodes: [
      { id: 'web', kind: 'trafficSource', name: 'web', params: { baselineRps: 28_334 } },
      { id: 'checkout', kind: 'service', name: 'checkout-svc', params: { currentInstances: 40, maxInstances: 100 } },
      { id: 'redis', kind: 'cache', name: 'redis-main', params: { currentNodes: 3 } },
      { id: 'orders', kind: 'database', name: 'orders-db', params: { currentReplicas: 4 } },
    ],
    edges: [
      { id: 'e1', source: 'web', target: 'checkout' },
      { id: 'e2', source: 'checkout', target: 'redis' },
      { id: 'e3', source: 'redis', target: 'orders' },
    ],
    ...overrides,
  });
}

function sizing(loadRps: number, current: number, required: number, detail: SizingDetail, utilization = 0.5): NodeSizing {
  return {
    loadRps,
    base: required,
    required,
    requiredUnclamped: required,
    current,
    status: required > current ? 'short' : 'ok',
    utilization,
    monthlyCost: 0,
    detail,
    explanation: [],
  };
}

function node(nodeId: string, name: string, kind: NodeProjection['kind'], unit: NodeProjection['unit'], atEvent: NodeSizing): NodeProjection {
  return {
    nodeId,
    name,
    kind,
    unit,
    current: atEvent.current,
    todayMonthlyCost: 0,
    monthly: [atEvent],
    series: { loadRps: [atEvent.loadRps], required: [atEvent.required], planned: [atEvent.required], monthlyCost: [0], status: [atEvent.status] },
    atEvent,
    firstShortMonth: null,
    addBy: [],
    eventStep: { month: 2, normalNeed: atEvent.current, from: atEvent.current, to: atEvent.required, add: Math.max(0, atEvent.required - atEvent.current) },
    eventExtraCost: 0,
    onCycle: false,
  };
}

export const conferenceNodes = {
  web: () => node('web', 'web', 'trafficSource', null, sizing(85_000, 0, 0, { kind: 'trafficSource', growthFactor: 1 }, 0)),
  checkout: (required = 140, max = 100) =>
    node('checkout', 'checkout-svc', 'service', 'instances', {
      ...sizing(85_000, 40, required, { kind: 'service', capacityPerInstance: 750, minInstances: 2, maxInstances: max, aboveMax: required > max }, 2.4),
    }),
  redis: (load = 18_900) =>
    node('redis', 'redis-main', 'cache', 'nodes', sizing(load, 3, 3, { kind: 'cache', memoryNodes: 1, opsNodes: 1, shards: 1, replicasPerNode: 1, hitRatio: 0.9 }, 0.4)),
  orders: (replicasRequired = 7) =>
    node('orders', 'orders-db', 'database', 'replicas', sizing(60_000, 4, replicasRequired, {
      kind: 'database',
      readRps: 48_000,
      writeRps: 1_200,
      replicasRequired,
      maxReplicas: 15,
      aboveMax: false,
      primaryWriteUtilization: 0.3,
      clientConnections: 1_400,
      connections: 1_400,
      maxConnections: 5_000,
    }, 1.6)),
};

export function makeProjection(nodes: NodeProjection[], findings: Finding[] = [], entry = { today: 28_334, atEvent: 85_000 }): Projection {
  return {
    months: ['2027-01', '2027-02', '2027-03'],
    eventMonthIndex: 2,
    surgeMultiplier: 3,
    surgeLabel: '3× normal (a 200% increase)',
    nodes,
    byId: Object.fromEntries(nodes.map((n) => [n.nodeId, n])),
    findings,
    cycle: null,
    totals: {
      monthlyCost: [0, 0, 0],
      todayMonthlyCost: 0,
      toAddAtEvent: [],
      eventCost: 0,
      currency: 'USD',
      entryRps: [entry.today, entry.today, entry.today],
      entryRpsAtEvent: entry.atEvent,
      counts: {
        critical: findings.filter((f) => f.severity === 'critical').length,
        warning: findings.filter((f) => f.severity === 'warning').length,
        info: findings.filter((f) => f.severity === 'info').length,
      },
    },
  };
}

export function conferenceProjection(findings: Finding[] = []): Projection {
  return makeProjection([conferenceNodes.web(), conferenceNodes.checkout(), conferenceNodes.redis(), conferenceNodes.orders()], findings);
}

export const aboveMaxFinding: Finding = {
  id: 'above-max:checkout',
  severity: 'critical',
  nodeId: 'checkout',
  rule: 'above-max',
  message: 'checkout-svc needs 140 instances at the event; its autoscaling max is 100',
};
