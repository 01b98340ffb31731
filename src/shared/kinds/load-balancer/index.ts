import type { KindDefinition } from '../kind';
import { loadBalancerNumbers, sizeLoadBalancer } from './sizing';

/** A load balancer or API gateway: units at a rated rate; a gateway's own cache answers some requests. */
export const loadBalancer: KindDefinition<'loadBalancer'> = {
  kind: 'loadBalancer',
  label: 'Load balancer / API gateway',
  unit: 'units',
  loadUnit: 'rps',
  stagePace: 'early-at-t1w',
  fixedUnits: 0,
  passOn: (node) => 1 - node.params.cacheHitRatio,
  numbers: loadBalancerNumbers,
  size: sizeLoadBalancer,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  readsClientCounts: false,
  entryPoint: false,
  dbPoolSize: () => null,
};
