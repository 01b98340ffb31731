import type { KindDefinition } from '../kind';
import { serviceNumbers, sizeService } from './sizing';

/** Stateless compute behind an autoscaling group. */
export const service: KindDefinition<'service'> = {
  kind: 'service',
  label: 'Service',
  unit: 'instances',
  loadUnit: 'rps',
  stagePace: 'autoscaled',
  fixedUnits: 0,
  passOn: () => 1,
  numbers: serviceNumbers,
  size: sizeService,
  bounds: (node) => ({ min: node.params.minInstances, max: node.params.maxInstances }),
  backlogAtStart: () => 0,
  readsClientCounts: false,
  entryPoint: false,
  dbPoolSize: (node) => node.params.dbPoolSize,
};
