import { Database } from 'lucide-react';
import { costFields, RATE_LIMIT, type RendererKind } from './kind';

export const database: RendererKind = {
  icon: Database,
  color: 'orange',
  shortUnit: 'repl',
  fields: [
    { key: 'readRatio', label: 'Reads', kind: 'percent', unit: '% of queries' },
    { key: 'primaryWriteCapacity', label: 'Primary write capacity', kind: 'number', unit: 'writes/s', warnAbove: RATE_LIMIT },
    { key: 'readCapacityPerReplica', label: 'Read capacity per replica', kind: 'number', unit: 'reads/s', warnAbove: RATE_LIMIT },
    { key: 'currentReplicas', label: 'Read replicas today', kind: 'integer' },
    { key: 'maxReplicas', label: 'Max read replicas', kind: 'integer' },
    { key: 'maxConnections', label: 'max_connections', kind: 'integer' },
    { key: 'poolerServerConnections', label: 'Pooler server connections', kind: 'integer', help: '0 = no pooler in front.' },
    ...costFields,
  ],
};
