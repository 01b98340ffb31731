import { Zap } from 'lucide-react';
import { costFields, RATE_LIMIT, type RendererKind } from './kind';

export const cache: RendererKind = {
  icon: Zap,
  color: 'red',
  shortUnit: 'nodes',
  fields: [
    { key: 'hitRatio', label: 'Hit ratio', kind: 'percent', unit: '%' },
    { key: 'workingSetGb', label: 'Working set', kind: 'number', unit: 'GB', warnAbove: 1e6 },
    { key: 'memoryOverhead', label: 'Memory overhead', kind: 'percent', unit: '%' },
    { key: 'nodeMemoryGb', label: 'Memory per node', kind: 'number', unit: 'GB', warnAbove: 100_000 },
    { key: 'opsPerNode', label: 'Operations per node', kind: 'number', unit: 'ops/s', warnAbove: RATE_LIMIT },
    { key: 'currentNodes', label: 'Shards today', kind: 'integer' },
    { key: 'replicasPerNode', label: 'Replicas per shard', kind: 'integer' },
    ...costFields,
  ],
};
