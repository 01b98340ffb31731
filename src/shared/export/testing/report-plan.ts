import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from '../../model';

/**
 * A plan that exercises every sized kind, per-node policy overrides, zones with
 * survive-a-zone-loss, a need above max, and names that must stay text in a workbook.
 */
export function reportPlan(): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'Launch "2026"',
    startMonth: '2026-01',
    horizonMonths: 12,
    growth: { method: 'compound', monthlyRate: 0.07 },
    event: { name: 'Launch', startDate: '2026-09-15', durationDays: 2, surge: { mode: 'percentIncrease', value: 300 } },
    headroom: { targetUtilization: 0.6, buffer: 0.3, nPlusK: 1, zones: 2, surviveZoneLoss: false },
    nodes: [
      { id: 'web', kind: 'trafficSource', name: 'Web users', params: { baselineRps: 12_000 } },
      { id: 'cdn', kind: 'cdn', name: 'Edge', params: { hitRatio: 0.7 } },
      { id: 'lb', kind: 'loadBalancer', name: 'ALB', params: { rpsPerUnit: 20_000, currentUnits: 2, hourlyCost: 0.03 } },
      { id: 'api', kind: 'service', name: '=HYPERLINK("http://evil.example","x")', params: { measuredRps: 500, measuredUtilization: 0.4, currentInstances: 12, minInstances: 4, maxInstances: 30, hourlyCost: 0.192, instanceType: 'm6i.large' } },
      { id: 'search', kind: 'service', name: '+cmd|\' /C calc\'!A0', headroom: { zones: 3, surviveZoneLoss: true, buffer: 0.5 }, params: { measuredRps: 120, measuredUtilization: 0.5, currentInstances: 6, minInstances: 3, maxInstances: 60 } },
      { id: 'db', kind: 'database', name: 'orders "db" \\ primary', params: { readRatio: 0.8, readCapacityPerReplica: 3_000, currentReplicas: 2, maxReplicas: 5, hourlyCost: 1.2 } },
      { id: 'cache', kind: 'cache', name: 'sessions 🛒 _x0041_', params: { hitRatio: 0.85, workingSetGb: 40, nodeMemoryGb: 13, opsPerNode: 40_000, currentNodes: 4, replicasPerNode: 1 } },
      { id: 'q', kind: 'queue', name: 'mail queue', params: { initialBacklog: 5_000 } },
      { id: 'workers', kind: 'workerPool', name: 'mailer\nworkers', params: { secondsPerMessage: 0.35, currentWorkers: 10, minWorkers: 2, maxWorkers: 100, hourlyCost: 0.05 } },
    ],
    edges: [
      { id: 'e1', source: 'web', target: 'cdn' },
      { id: 'e2', source: 'cdn', target: 'lb' },
      { id: 'e3', source: 'lb', target: 'api' },
      { id: 'e4', source: 'api', target: 'search', callsPerRequest: 0.2 },
      { id: 'e5', source: 'api', target: 'cache', callsPerRequest: 3 },
      { id: 'e6', source: 'cache', target: 'db' },
      { id: 'e7', source: 'api', target: 'q', callsPerRequest: 0.1 },
      { id: 'e8', source: 'q', target: 'workers' },
    ],
  });
}
