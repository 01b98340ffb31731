import type { KindDefinition } from '../kind';
import { databaseNumbers, sizeDatabase } from './sizing';

/** A primary and its read replicas; the count is the replicas (the primary is always one). */
export const database: KindDefinition<'database'> = {
  kind: 'database',
  label: 'Database',
  unit: 'replicas',
  loadUnit: 'rps',
  stagePace: 'early',
  // The primary, which `required` does not count, is paid for too.
  fixedUnits: 1,
  passOn: () => 1,
  numbers: databaseNumbers,
  size: sizeDatabase,
  bounds: (node) => ({ min: 0, max: node.params.maxReplicas }),
  backlogAtStart: () => 0,
  readsClientCounts: true,
  entryPoint: false,
  dbPoolSize: () => null,
};
