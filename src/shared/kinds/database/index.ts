import { keepMonth } from '../../engine/month-row';
import type { DatabaseDefinition } from './types';
import { databaseFindings } from './findings';
import { databaseReadiness } from './readiness';
import { databaseXlsx } from './xlsx';
import { databaseNumbers, sizeDatabase } from './sizing';

/** A primary and its read replicas; the count is the replicas (the primary is always one). */
export const database: DatabaseDefinition = {
  kind: 'database',
  label: 'Database',
  defaultName: 'db',
  unit: 'replicas',
  loadUnit: 'rps',
  maxLabel: 'its max replicas',
  addAheadReason: 'databases cannot scale out during a surge',
  findings: databaseFindings,
  findingRules: [],
  typeAttribute: 'instance_class',
  instanceServices: { services: ['rds'], what: 'an RDS instance class (db.…)' },
  quota: { key: 'replicasPerPrimary', kind: 'replicas-per-primary', idPrefix: 'replicas', label: 'the quota of read replicas per primary', unit: 'replicas' },
  chaosDrill: 'primary',
  rightSizes: true,
  asgScaling: () => null,
  autoscalingBounds: () => null,
  readiness: databaseReadiness,
  readinessFixes: { 'above-max': ['add-replicas'], 'short-at-event': ['add-replicas', 'scale-primary'], 'db-connections': ['connection-pooler'], 'db-primary-writes': ['scale-primary'] },
  standardChecklist: { gathers: { 'add-read-replicas': 'add-replicas' }, prescaled: true },
  tfvars: {
    typeAttr: 'instance_class',
    typeDescription: 'instance class',
    min: null,
    desired: 'read_replica_count',
    max: 'max_read_replicas',
    unitLabel: 'read replicas',
    scheduled: false,
    attributes: [],
    values: () => ({}),
    validations: () => [],
  },
  xlsx: databaseXlsx,
  stagePace: 'early',
  // The primary, which `required` does not count, is paid for too.
  paidUnits: (_node, count) => count + 1,
  costFromUsage: false,
  passOn: () => 1,
  numbers: databaseNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, databaseNumbers(node, ctx, i, s, out));
  },
  size: sizeDatabase,
  bounds: (node) => ({ min: 0, max: node.params.maxReplicas }),
  backlogAtStart: () => 0,
  loadIsQueries: true,
  readsClientCounts: true,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: (node) => node.params.readRatio,
  dbPoolSize: () => null,
};
