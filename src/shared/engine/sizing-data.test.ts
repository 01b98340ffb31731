import { describe, expect, it } from 'vitest';
import { projectPlan } from './project';
import { plan } from './test-support';
import type { CacheDetail } from '../kinds/cache/types';
import type { DatabaseDetail } from '../kinds/database/types';
import type { WorkerPoolDetail } from '../kinds/worker-pool/types';

const base = { name: 't', startMonth: '2026-12', horizonMonths: 2, event: { startDate: '2027-01-15' } } as const;
const noRedundancy = { targetUtilization: 0.6, buffer: 0, nPlusK: 0, zones: 1, surviveZoneLoss: false };

describe('database sizing', () => {
  function db(dbParams: Record<string, unknown>, appParams: Record<string, unknown> = {}) {
    return projectPlan(plan({
      ...base,
      headroom: noRedundancy,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 75_000 } },
        { id: 'app', kind: 'service', name: 'app', params: { measuredRps: 500, measuredUtilization: 0.6, minInstances: 1, maxInstances: 1000, dbPoolSize: 100, ...appParams } },
        { id: 'db', kind: 'database', name: 'orders-db', params: { readRatio: 0.8, readCapacityPerReplica: 10_000, primaryWriteCapacity: 20_000, ...dbParams } },
      ],
      edges: [{ id: 'a', source: 'u', target: 'app' }, { id: 'b', source: 'app', target: 'db' }],
    }));
  }

  it('sizes replicas from reads: ceil(60,000 / 10,000) = 6', () => {
    const p = db({});
    expect(p.byId.db!.monthly[0]!.required).toBe(6);
    expect((p.byId.db!.monthly[0]!.detail as DatabaseDetail).replicasRequired).toBe(6);
  });

  it('counts connections as app instances × pool size and recommends a pooler above max_connections', () => {
    // 75,000 rps / 500 per instance = 150 instances × 100 = 15,000 connections
    const p = db({ maxConnections: 5_000 });
    const d = p.byId.db!.atEvent.detail as DatabaseDetail;
    expect(d.connections).toBe(15_000);
    const f = p.findings.find((x) => x.id === 'db-connections:db');
    expect(f?.message).toBe('orders-db: 15,000 connections at peak vs max_connections 5,000: put a pooler in front');
    expect(p.byId.db!.atEvent.status).toBe('short');
  });

  it('a pooler caps what the database sees at its server connections', () => {
    const p = db({ maxConnections: 5_000, poolerServerConnections: 2_000 });
    expect((p.byId.db!.atEvent.detail as DatabaseDetail).connections).toBe(2_000);
    expect(p.findings.some((x) => x.rule === 'db-connections')).toBe(false);
  });

  it('flags writes above the primary capacity', () => {
    const p = db({ primaryWriteCapacity: 10_000 });
    expect((p.byId.db!.atEvent.detail as DatabaseDetail).primaryWriteUtilization).toBeCloseTo(1.5, 9);
    expect(p.findings.find((x) => x.id === 'db-primary-writes:db')?.severity).toBe('critical');
  });
});

describe('cache sizing', () => {
  it('takes the larger of memory and ops needs, then adds replicas per shard', () => {
    const p = projectPlan(plan({
      ...base,
      headroom: noRedundancy,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 250_000 } },
        { id: 'c', kind: 'cache', name: 'sessions', params: { workingSetGb: 100, memoryOverhead: 0.25, nodeMemoryGb: 25, opsPerNode: 100_000, replicasPerNode: 1 } },
      ],
      edges: [{ id: 'a', source: 'u', target: 'c' }],
    }));
    const s = p.byId.c!.monthly[0]!;
    const d = s.detail as CacheDetail;
    expect(d.memoryNodes).toBe(5);
    expect(d.opsNodes).toBe(3);
    expect(s.required).toBe(10);
  });
});

describe("worker pools (Little's law)", () => {
  function pool(backlog: number, workerParams: Record<string, unknown> = {}) {
    return projectPlan(plan({
      ...base,
      headroom: noRedundancy,
      nodes: [
        { id: 'u', kind: 'trafficSource', name: 'u', params: { baselineRps: 300 } },
        { id: 'q', kind: 'queue', name: 'emails', params: { initialBacklog: backlog } },
        { id: 'w', kind: 'workerPool', name: 'mailers', params: { secondsPerMessage: 0.2, minWorkers: 1, maxWorkers: 500, currentWorkers: 50, ...workerParams } },
      ],
      edges: [{ id: 'a', source: 'u', target: 'q' }, { id: 'b', source: 'q', target: 'w' }],
    }));
  }

  it('needs ceil(300 msg/s × 0.2 s / 0.6) = 100 workers', () => {
    expect(pool(0).byId.w!.monthly[0]!.required).toBe(100);
  });

  it('says how long the event backlog takes to drain: 100 workers clear 500 msg/s, 200 net, 720,000 messages → 3,600 s', () => {
    const d = pool(720_000).byId.w!.atEvent.detail as WorkerPoolDetail;
    expect(d.drainSeconds).toBeCloseTo(3_600, 6);
    expect(d.drainSecondsAtCurrent).toBeNull();
  });
});
