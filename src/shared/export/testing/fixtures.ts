import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanInput } from '../../model';
import type { NodeProjection, NodeSizing, Projection, SizingUnit } from '../../engine/types';

/**
 * Hand-made plans and projections for the writers' tests: small enough to read, with the
 * hostile names the hand-off must survive. Tests of the real engine's numbers use
 * `projectPlan`; these pin the writers' formatting independently of it.
 */

export const hostileNames = [
  'say "hi"',
  'back\\slash\\',
  'multi\nline\r\nname',
  '${file("/etc/passwd")}',
  '%{ if true }x%{ endif }',
  '$${already} %%{escaped}',
  '1st-api',
  'checkout 🛒 svc',
  '=HYPERLINK("http://evil.example","click")',
  '+cmd|\' /C calc\'!A0',
  'count',
  'café (é\u0301)',
] as const;

export function makePlan(overrides: Partial<PlanInput> = {}): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'Spring sale',
    startMonth: '2026-01',
    horizonMonths: 6,
    event: { name: 'Spring sale', startDate: '2026-04-10', surge: { mode: 'multiplier', value: 3 } },
    nodes: [
      { id: 'web', kind: 'trafficSource', name: 'Web', params: { baselineRps: 1000 } },
      { id: 'api', kind: 'service', name: 'API', params: { instanceType: 'm6i.large', currentInstances: 4, minInstances: 2, maxInstances: 10 } },
      { id: 'db', kind: 'database', name: 'Orders DB', params: { instanceType: 'db.r6g.xlarge', currentReplicas: 1, maxReplicas: 5 } },
      { id: 'cache', kind: 'cache', name: 'Session cache', params: { instanceType: 'cache.r6g.large', currentNodes: 2 } },
      { id: 'workers', kind: 'workerPool', name: 'Mailer', params: { currentWorkers: 3, minWorkers: 1, maxWorkers: 8 } },
    ],
    edges: [],
    ...overrides,
  });
}

function sizing(required: number, current: number, loadRps = 100): NodeSizing {
  return {
    loadRps,
    base: required,
    required,
    requiredUnclamped: required,
    current,
    status: required > current ? 'short' : 'ok',
    utilization: 0.5,
    monthlyCost: 0,
    detail: { kind: 'trafficSource', growthFactor: 1 },
    explanation: [],
  };
}

const unitOf: Record<string, SizingUnit> = { service: 'instances', database: 'replicas', cache: 'nodes', workerPool: 'workers', loadBalancer: 'units' };

/**
 * A projection where node `id` needs `monthly[id]` per month and `event[id]` at the event
 * (defaults: today's count every month, 3× today at the event).
 */
export function makeProjection(
  plan: Plan,
  needs: { monthly?: Record<string, number[]>; event?: Record<string, number>; current?: Record<string, number> } = {},
  eventMonthIndex = 3,
): Projection {
  const months = Array.from({ length: plan.horizonMonths + 1 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);
  const nodes: NodeProjection[] = plan.nodes.map((n, i) => {
    const current = needs.current?.[n.id] ?? 2 + (i % 3);
    const monthly = months.map((_, m) => sizing(needs.monthly?.[n.id]?.[m] ?? current, current));
    const atEvent = sizing(needs.event?.[n.id] ?? current * 3, current, 300);
    return {
      nodeId: n.id, name: n.name, kind: n.kind, unit: unitOf[n.kind] ?? null, current, todayMonthlyCost: 0, monthly, atEvent,
      series: { loadRps: monthly.map((s) => s.loadRps), required: monthly.map((s) => s.required), planned: monthly.map((s) => s.required), monthlyCost: monthly.map(() => 0), status: monthly.map((s) => s.status) },
      firstShortMonth: null, addBy: [], eventStep: { month: eventMonthIndex, normalNeed: current, from: current, to: atEvent.required, add: atEvent.required - current },
      eventExtraCost: 0, onCycle: false,
    };
  });
  return {
    months, eventMonthIndex, surgeMultiplier: 3, surgeLabel: '3× normal', nodes,
    byId: Object.fromEntries(nodes.map((n) => [n.nodeId, n])), findings: [], cycle: null,
    totals: { monthlyCost: months.map(() => 0), todayMonthlyCost: 0, toAddAtEvent: [], eventCost: 0, currency: 'USD', entryRps: months.map(() => 1000), entryRpsAtEvent: 3000, counts: { critical: 0, warning: 0, info: 0 } },
  };
}
