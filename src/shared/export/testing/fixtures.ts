import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanInput } from '../../model';
import { projectPlan } from '../../engine/project';
import type { Projection } from '../../engine/types';

/**
 * Plans for the writers' tests, small enough to read, with the hostile names the hand-off
 * must survive. Their projections come from the engine itself, never by hand, so a writer
 * is only ever tested on a projection the engine can produce.
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

/**
 * A small plan whose engine numbers are easy to follow by hand: 1,000 rps growing
 * linearly by 25 % a month (factors 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5), an event in month 3
 * (2026-04) at 4× normal, so 1,000 × 1.75 × 4 = 7,000 rps; no buffer, no spares, one zone.
 * - API: 250 rps per instance → ceil(4 × factor): months 4, 5, 6, 7, 8, 9, 10; event 28
 *   (above its max of 10); today 4.
 * - Orders DB: 80 % reads at 1,000 per replica → months 1, 1, 2, 2, 2, 2, 2; event 6 (max 5).
 * - Session cache: 1,000 ops per node, one memory shard, no replicas → months 1, 2, 2, 2, 2,
 *   3, 3; event 7.
 * - Mailer: 1 ms per message at 50 % → ceil(2 × factor): months 2, 3, 3, 4, 4, 5, 5; event 14
 *   (max 8).
 */
export function makePlan(overrides: Partial<PlanInput> = {}): Plan {
  return PlanSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    name: 'Spring sale',
    startMonth: '2026-01',
    horizonMonths: 6,
    growth: { method: 'linear', monthlyRate: 0.25 },
    headroom: { targetUtilization: 0.5, buffer: 0, nPlusK: 0, zones: 1, surviveZoneLoss: false },
    event: { name: 'Spring sale', startDate: '2026-04-10', surge: { mode: 'multiplier', value: 4 } },
    nodes: [
      { id: 'web', kind: 'trafficSource', name: 'Web', params: { baselineRps: 1000 } },
      { id: 'api', kind: 'service', name: 'API', params: { instanceType: 'm6i.large', measuredRps: 250, measuredUtilization: 0.5, currentInstances: 4, minInstances: 2, maxInstances: 10 } },
      { id: 'db', kind: 'database', name: 'Orders DB', params: { instanceType: 'db.r6g.xlarge', readRatio: 0.8, readCapacityPerReplica: 1000, currentReplicas: 1, maxReplicas: 5 } },
      { id: 'cache', kind: 'cache', name: 'Session cache', params: { instanceType: 'cache.r6g.large', hitRatio: 0.9, workingSetGb: 1, nodeMemoryGb: 26, opsPerNode: 1000, replicasPerNode: 0, currentNodes: 2 } },
      { id: 'workers', kind: 'workerPool', name: 'Mailer', params: { secondsPerMessage: 0.001, currentWorkers: 3, minWorkers: 1, maxWorkers: 8 } },
    ],
    edges: [
      { id: 'e1', source: 'web', target: 'api' },
      { id: 'e2', source: 'api', target: 'db' },
      { id: 'e3', source: 'api', target: 'cache' },
      { id: 'e4', source: 'api', target: 'workers' },
    ],
    ...overrides,
  });
}

/** The engine's projection of a fixture plan: writers are tested on what the engine produces. */
export function makeProjection(plan: Plan): Projection {
  return projectPlan(plan);
}
