import type { KindDefinition } from '../kind';
import { sizeWorkerPool, workerPoolNumbers } from './sizing';

/** Workers taking messages off a queue, sized by Little's law. */
export const workerPool: KindDefinition<'workerPool'> = {
  kind: 'workerPool',
  label: 'Worker pool',
  unit: 'workers',
  loadUnit: 'msg/s',
  stagePace: 'autoscaled',
  fixedUnits: 0,
  passOn: () => 1,
  numbers: workerPoolNumbers,
  size: sizeWorkerPool,
  bounds: (node) => ({ min: node.params.minWorkers, max: node.params.maxWorkers }),
  backlogAtStart: () => 0,
  readsClientCounts: false,
  entryPoint: false,
  dbPoolSize: (node) => node.params.dbPoolSize,
};
