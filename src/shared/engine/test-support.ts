import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanInput } from '../model';

/**
 * Small plans for the engine's tests. Written as plan *input* and parsed, so the tests
 * go through the same defaults a saved document gets.
 */
export function plan(input: Omit<PlanInput, 'schemaVersion'>): Plan {
  return PlanSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, ...input });
}

/**
 * capacity-model.md "Worked reference" (seed 004): 10,000 rps today on 20 instances at
 * 40 % CPU (500 rps each), target 60 %, growth 10 %/month, an event at 3× in month 12.
 * No buffer, no spares, one zone: the seed's arithmetic has none.
 */
export function workedReferencePlan(overrides: { surge?: number } = {}): Plan {
  return plan({
    name: 'Worked reference',
    startMonth: '2026-12',
    horizonMonths: 24,
    growth: { method: 'compound', monthlyRate: 0.1 },
    event: { name: 'Black Friday', startDate: '2027-12-01', durationDays: 2, surge: { mode: 'multiplier', value: overrides.surge ?? 3 } },
    headroom: { targetUtilization: 0.6, buffer: 0, nPlusK: 0, zones: 1, surviveZoneLoss: false },
    nodes: [
      { id: 'users', kind: 'trafficSource', name: 'users', params: { baselineRps: 10_000 } },
      {
        id: 'api',
        kind: 'service',
        name: 'api-svc',
        params: { measuredRps: 500, measuredUtilization: 0.4, currentInstances: 20, minInstances: 2, maxInstances: 100 },
      },
    ],
    edges: [{ id: 'e1', source: 'users', target: 'api' }],
  });
}
