import type { NodeKind } from '../../../shared/model/plan';

/**
 * How each parameter of a node kind is shown and typed. `percent` fields are stored as
 * ratios (0.6) and shown as percentages (60); the schema in src/shared/model validates.
 */
export interface ParamField {
  key: string;
  label: string;
  kind: 'number' | 'integer' | 'percent' | 'text';
  unit?: string;
  help?: string;
  /** A value above this (in the shown unit) is saved but flagged as a likely typo. */
  warnAbove?: number;
}

/** No real system carries a billion requests (or messages, or operations) a second. */
const RATE_LIMIT = 1e9;

const cost: ParamField[] = [
  { key: 'instanceType', label: 'Instance type', kind: 'text', help: 'As the infra team names it (m7g.large, db.r6g.xlarge…); goes into the tfvars.' },
  { key: 'hourlyCost', label: 'Price per unit', kind: 'number', unit: '/ hour', help: 'Leave 0 to skip cost.', warnAbove: 10_000 },
];

export const paramFields: Record<NodeKind, ParamField[]> = {
  trafficSource: [
    { key: 'baselineRps', label: 'Peak load today', kind: 'number', unit: 'req/s', help: 'Typed, or derived from imported history.', warnAbove: RATE_LIMIT },
  ],
  cdn: [
    { key: 'hitRatio', label: 'Hit ratio', kind: 'percent', unit: '%', help: 'Only misses are passed on to the origin.' },
    { key: 'maxRps', label: 'Provider limit', kind: 'number', unit: 'req/s', help: '0 = no known limit.', warnAbove: RATE_LIMIT },
  ],
  loadBalancer: [
    { key: 'rpsPerUnit', label: 'Capacity per unit', kind: 'number', unit: 'req/s', warnAbove: RATE_LIMIT },
    { key: 'currentUnits', label: 'Units today', kind: 'integer' },
    { key: 'cacheHitRatio', label: 'Gateway cache hit ratio', kind: 'percent', unit: '%' },
    ...cost,
  ],
  service: [
    { key: 'measuredRps', label: 'Measured throughput', kind: 'number', unit: 'req/s per instance', warnAbove: RATE_LIMIT },
    { key: 'measuredUtilization', label: '…at CPU', kind: 'percent', unit: '%', help: 'Capacity at the target scales linearly from this measurement.' },
    { key: 'currentInstances', label: 'Instances today', kind: 'integer' },
    { key: 'minInstances', label: 'Autoscaling min', kind: 'integer' },
    { key: 'maxInstances', label: 'Autoscaling max', kind: 'integer' },
    { key: 'dbPoolSize', label: 'DB connections per instance', kind: 'integer' },
    ...cost,
  ],
  database: [
    { key: 'readRatio', label: 'Reads', kind: 'percent', unit: '% of queries' },
    { key: 'primaryWriteCapacity', label: 'Primary write capacity', kind: 'number', unit: 'writes/s', warnAbove: RATE_LIMIT },
    { key: 'readCapacityPerReplica', label: 'Read capacity per replica', kind: 'number', unit: 'reads/s', warnAbove: RATE_LIMIT },
    { key: 'currentReplicas', label: 'Read replicas today', kind: 'integer' },
    { key: 'maxReplicas', label: 'Max read replicas', kind: 'integer' },
    { key: 'maxConnections', label: 'max_connections', kind: 'integer' },
    { key: 'poolerServerConnections', label: 'Pooler server connections', kind: 'integer', help: '0 = no pooler in front.' },
    ...cost,
  ],
  cache: [
    { key: 'hitRatio', label: 'Hit ratio', kind: 'percent', unit: '%' },
    { key: 'workingSetGb', label: 'Working set', kind: 'number', unit: 'GB', warnAbove: 1e6 },
    { key: 'memoryOverhead', label: 'Memory overhead', kind: 'percent', unit: '%' },
    { key: 'nodeMemoryGb', label: 'Memory per node', kind: 'number', unit: 'GB', warnAbove: 100_000 },
    { key: 'opsPerNode', label: 'Operations per node', kind: 'number', unit: 'ops/s', warnAbove: RATE_LIMIT },
    { key: 'currentNodes', label: 'Shards today', kind: 'integer' },
    { key: 'replicasPerNode', label: 'Replicas per shard', kind: 'integer' },
    ...cost,
  ],
  queue: [
    { key: 'maxMessagesPerSecond', label: 'Queue limit', kind: 'number', unit: 'msg/s', help: '0 = unlimited (managed queue).', warnAbove: RATE_LIMIT },
    { key: 'initialBacklog', label: 'Backlog at the start', kind: 'number', unit: 'messages', warnAbove: 1e12 },
  ],
  workerPool: [
    { key: 'secondsPerMessage', label: 'Time per message', kind: 'number', unit: 's', warnAbove: 3600 },
    { key: 'currentWorkers', label: 'Workers today', kind: 'integer' },
    { key: 'minWorkers', label: 'Min workers', kind: 'integer' },
    { key: 'maxWorkers', label: 'Max workers', kind: 'integer' },
    { key: 'dbPoolSize', label: 'DB connections per worker', kind: 'integer' },
    ...cost,
  ],
  external: [{ key: 'rateLimitRps', label: 'Rate limit', kind: 'number', unit: 'req/s', help: '0 = none known.', warnAbove: RATE_LIMIT }],
};
