import { keepMonth } from '../../engine/month-row';
import type { LoadBalancerDefinition } from './types';
import { loadBalancerReadiness } from './readiness';
import { loadBalancerXlsx } from './xlsx';
import { loadBalancerNumbers, sizeLoadBalancer } from './sizing';

/** A load balancer or API gateway: units at a rated rate; a gateway's own cache answers some requests. */
export const loadBalancer: LoadBalancerDefinition = {
  kind: 'loadBalancer',
  label: 'Load balancer / API gateway',
  defaultName: 'lb',
  unit: 'units',
  loadUnit: 'rps',
  maxLabel: 'its max',
  addAheadReason: 'this tier does not autoscale',
  findings: () => [],
  findingRules: [],
  typeAttribute: 'instance_type',
  instanceServices: { services: ['managed', 'ec2'], what: 'a load-balancer unit or EC2 instance type' },
  quota: null,
  chaosDrill: null,
  rightSizes: true,
  asgScaling: () => null,
  autoscalingBounds: () => null,
  readiness: loadBalancerReadiness,
  readinessFixes: { 'short-at-event': ['prewarm-lb'] },
  standardChecklist: { gathers: {}, prescaled: false },
  tfvars: {
    typeAttr: 'instance_type',
    typeDescription: 'unit type',
    min: null,
    desired: 'unit_count',
    max: null,
    unitLabel: 'load-balancer units',
    scheduled: false,
    attributes: [],
    values: () => ({}),
    validations: () => [],
  },
  xlsx: loadBalancerXlsx,
  stagePace: 'early-at-t1w',
  paidUnits: (_node, count) => count,
  costFromUsage: false,
  passOn: (node) => 1 - node.params.cacheHitRatio,
  numbers: loadBalancerNumbers,
  fillMonths: (node, ctx, i, horizon, out, store) => {
    for (let s = 0; s <= horizon; s++) keepMonth(ctx, store, i, s, loadBalancerNumbers(node, ctx, i, s, out));
  },
  size: sizeLoadBalancer,
  bounds: () => ({ min: 0, max: null }),
  backlogAtStart: () => 0,
  loadIsQueries: false,
  readsClientCounts: false,
  entryPoint: false,
  entryTraffic: () => null,
  readRatio: () => null,
  dbPoolSize: () => null,
};
